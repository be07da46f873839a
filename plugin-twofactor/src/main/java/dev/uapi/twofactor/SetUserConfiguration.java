package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.Call;
import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code TwoFactorAuth::set_user_configuration}: turns two-factor authentication on for the caller, with a
 * secret and a code made from it, replacing any earlier configuration.
 *
 * <p>The secret is checked first, then the code (see {@link SecurityCodeVerifier}); the configuration is
 * stored only when both are good. Writes even when it fails: a wrong code is counted against the account.
 */
final class SetUserConfiguration implements FunctionHandler {

    static final String NAME = "set_user_configuration";
    static final String SECRET = "secret";
    static final String TOKEN = "tfa_token";

    static final String INVALID_SECRET = "Failed to set user configuration: Missing or Invalid: “secret”";
    static final String INVALID_CODE = "Failed to set user configuration: The security code is invalid.";

    /** The lock message, before the instant; it must not say whether the code was right. */
    static final String LOCKED_PREFIX = "Failed to set user configuration: Too many invalid security codes."
            + " Try again after ";

    static final DateTimeFormatter LOCK_END =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final TotpSecrets secrets;
    private final SecurityCodeVerifier verifier;
    private final ConfigurationStore store;
    private final TwoFactorAuthConfig config;
    private final System.Logger logger;

    @Inject
    SetUserConfiguration(
            TotpSecrets secrets,
            SecurityCodeVerifier verifier,
            ConfigurationStore store,
            TwoFactorAuthConfig config,
            System.Logger logger) {
        this.secrets = requireNonNull(secrets, "secrets is null");
        this.verifier = requireNonNull(verifier, "verifier is null");
        this.store = requireNonNull(store, "store is null");
        this.config = requireNonNull(config, "config is null");
        this.logger = requireNonNull(logger, "logger is null");
    }

    /** The function's declaration: two required parameters; writes. */
    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder(NAME)
                .description("Turns two-factor authentication on for the account, with a secret from"
                        + " generate_user_configuration and a current code from the authenticator app. Replaces"
                        + " an earlier configuration. Too many wrong codes lock code checks for a while.")
                .parameter(Parameter.required(SECRET, ParameterType.STRING,
                        "The base32 secret, at least 16 characters; case, spaces and “=” padding are ignored.",
                        "JBSWY3DPEHPK3PXP"))
                .parameter(Parameter.required(TOKEN, ParameterType.STRING,
                        "The current code that the authenticator app shows for this secret, with its leading zeros.",
                        "005924"))
                .writes()
                .returns(Returns.object(
                        Field.of("tfa_configured", FieldType.BOOLEAN, "1: two-factor authentication is on.")))
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        String secret = secrets.normalise(call.arguments().optional(SECRET))
                .orElseThrow(() -> new ApiException(INVALID_SECRET));
        String account = call.account().name();
        byte[] key = secrets.decode(secret);
        CodeCheck check;
        try {
            check = verifier.check(account, key, config.parameters(), call.arguments().optional(TOKEN));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        return switch (check.outcome()) {
            case REFUSED -> throw new ApiException(INVALID_CODE);
            case LOCKED -> throw new ApiException(lockedMessage(check.lockedUntil()));
            case ACCEPTED -> enable(account, secret);
        };
    }

    private Result enable(String account, String secret) {
        store.save(account, new Enrollment(config.issuer(), config.parameters()), secret);
        logger.log(System.Logger.Level.INFO, "Account {0} turned two-factor authentication on.", account);
        return Result.of(Map.of("tfa_configured", 1));
    }

    static String lockedMessage(Instant until) {
        return LOCKED_PREFIX + LOCK_END.format(until) + ".";
    }
}
