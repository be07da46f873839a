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
import java.util.Map;

/**
 * {@code TwoFactorAuth::remove_user_configuration}: turns two-factor authentication off for the caller,
 * answering {@code tfa_removed: 1} also when it was off. The used-step and wrong-code records stay, so that
 * removing and re-enrolling neither revives a used code nor lifts a lock.
 */
final class RemoveUserConfiguration implements FunctionHandler {

    static final String NAME = "remove_user_configuration";

    private final ConfigurationStore store;
    private final System.Logger logger;

    @Inject
    RemoveUserConfiguration(ConfigurationStore store, System.Logger logger) {
        this.store = requireNonNull(store, "store is null");
        this.logger = requireNonNull(logger, "logger is null");
    }

    /** The function's declaration: no parameters; writes. */
    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder(NAME)
                .description("Turns two-factor authentication off for the account and forgets its secret."
                        + " Succeeds also when it was off.")
                .writes()
                .returns(Returns.object(
                        Field.of("tfa_removed", FieldType.BOOLEAN, "1: two-factor authentication is off.")))
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        String account = call.account().name();
        if (store.remove(account)) {
            logger.log(System.Logger.Level.INFO, "Account {0} turned two-factor authentication off.", account);
        }
        return Result.of(Map.of("tfa_removed", 1));
    }
}
