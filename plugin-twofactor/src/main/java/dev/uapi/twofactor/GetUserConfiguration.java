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
import java.util.Optional;

/**
 * {@code TwoFactorAuth::get_user_configuration}: whether the caller has two-factor authentication on, and
 * under which issuer. Never the secret, which it does not even open. Read-only.
 */
final class GetUserConfiguration implements FunctionHandler {

    static final String NAME = "get_user_configuration";

    /** What this function and {@code get_team_user_configuration} answer. */
    static final Returns RETURNS = Returns.object(
            Field.of("is_enabled", FieldType.BOOLEAN, "1 when two-factor authentication is on, 0 when it is off."),
            Field.optional("issuer", FieldType.STRING, "The issuer the authenticator app shows; only when on."));

    private final ConfigurationStore store;

    @Inject
    GetUserConfiguration(ConfigurationStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    /** The function's declaration: no parameters, read-only. */
    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder(NAME)
                .description("Shows whether two-factor authentication is on for the account, and its issuer."
                        + " Never shows the secret.")
                .returns(RETURNS)
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        return Result.of(configurationOf(call.account().name()));
    }

    /** {@code {"is_enabled":1,"issuer":"..."}} or {@code {"is_enabled":0}} for an account. */
    Map<String, Object> configurationOf(String account) {
        Optional<Enrollment> enrollment = store.find(account);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("is_enabled", enrollment.isPresent() ? 1 : 0);
        enrollment.ifPresent(found -> data.put("issuer", found.issuer()));
        return data;
    }
}
