package dev.uapi.dispatcher.passwords;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import dev.uapi.spi.Returns;
import java.util.Arrays;

/**
 * {@code UserManager::change_password}, as cPanel 11.120's: the current password, then the new one, which
 * must differ from it and pass {@link PasswordPolicy}. Ends every session of the account, the caller's too.
 */
final class ChangePassword implements FunctionHandler {

    static final String WRONG_OLD = "The current password is not correct.";
    static final String SAME = "The new password must differ from the current password.";

    private final PasswordStore store;
    private final System.Logger logger;

    ChangePassword(PasswordStore store, System.Logger logger) {
        this.store = requireNonNull(store, "store is null");
        this.logger = requireNonNull(logger, "logger is null");
    }

    FunctionDeclaration declaration() {
        return FunctionDeclaration.builder("change_password")
                .description("Changes the account's password. The new one needs at least "
                        + PasswordPolicy.MIN_LENGTH + " characters, must differ from the current one and must not"
                        + " contain the account name. Every session of the account ends, this one included.")
                .parameter(Parameter.required("oldpass", ParameterType.STRING, "The current password.",
                        "correct horse battery"))
                .parameter(Parameter.required("newpass", ParameterType.STRING, "The new password.",
                        "staple gun orange sky"))
                .returns(Returns.nothing())
                .writes()
                .handler(this)
                .build();
    }

    @Override
    public Result handle(Call call) {
        String account = call.account().name();
        char[] oldPassword = call.arguments().required("oldpass").toCharArray();
        char[] newPassword = call.arguments().required("newpass").toCharArray();
        try {
            if (!store.matches(account, oldPassword)) {
                throw new ApiException(WRONG_OLD);
            }
            if (Arrays.equals(oldPassword, newPassword)) {
                throw new ApiException(SAME);
            }
            int ended;
            try {
                ended = store.set(account, newPassword);
            } catch (IllegalArgumentException e) {
                throw new ApiException(e.getMessage());
            }
            logger.log(System.Logger.Level.INFO, "Account {0} changed its password; {1} session(s) ended.",
                    account, ended);
            return Result.empty();
        } finally {
            Arrays.fill(oldPassword, '\0');
            Arrays.fill(newPassword, '\0');
        }
    }
}
