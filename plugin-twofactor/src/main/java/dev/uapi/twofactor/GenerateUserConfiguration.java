package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Call;
import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code TwoFactorAuth::generate_user_configuration}: a new secret with its otpauth URI and QR code, for the
 * caller to load into an authenticator app. Stores nothing: the secret only counts once
 * {@code set_user_configuration} has seen a code made from it.
 */
final class GenerateUserConfiguration implements FunctionHandler {

    static final String NAME = "generate_user_configuration";

    private final TotpSecrets secrets;
    private final QrCodeRenderer qrCodes;
    private final TwoFactorAuthConfig config;

    @Inject
    GenerateUserConfiguration(TotpSecrets secrets, QrCodeRenderer qrCodes, TwoFactorAuthConfig config) {
        this.secrets = requireNonNull(secrets, "secrets is null");
        this.qrCodes = requireNonNull(qrCodes, "qrCodes is null");
        this.config = requireNonNull(config, "config is null");
    }

    /** The function's declaration: no parameters, read-only. */
    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder(NAME)
                .description("Generates a new two-factor authentication secret, with its otpauth URI and a QR code"
                        + " to scan with an authenticator app. Stores nothing; pass the secret and a code to"
                        + " set_user_configuration to turn two-factor authentication on.")
                .returns(Returns.object(
                        Field.of("secret", FieldType.STRING, "The new secret, in base32 without padding."),
                        Field.of("otpauth_str", FieldType.STRING, "The otpauth:// URI that carries the secret,"
                                + " issuer, account and TOTP parameters."),
                        Field.of("qr_code", FieldType.STRING, "The URI as a QR code: a data:image/png;base64 URI.")))
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        String secret = secrets.generate();
        String uri = new OtpauthUri(config.issuer(), call.account().name(), secret, config.parameters()).text();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("secret", secret);
        data.put("otpauth_str", uri);
        data.put("qr_code", qrCodes.pngDataUri(uri));
        return Result.of(data);
    }
}
