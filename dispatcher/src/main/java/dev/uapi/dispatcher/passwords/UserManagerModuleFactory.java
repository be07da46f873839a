package dev.uapi.dispatcher.passwords;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.sessions.SessionStore;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;

/**
 * Builds the {@code UserManager} module: {@code change_password}, refused for demo accounts. Its storage is
 * where passwords and sessions live ({@link PasswordStore#NAMESPACE}); its settings set the Argon2id cost
 * ({@link Argon2Parameters#from}).
 */
public final class UserManagerModuleFactory implements ModuleFactory {

    @Override
    public String moduleName() {
        return PasswordStore.NAMESPACE;
    }

    @Override
    public ApiModule create(ModuleContext context) {
        requireNonNull(context, "context is null");
        PasswordHasher hasher = new PasswordHasher(Argon2Parameters.from(context.settings()), context.random());
        PasswordStore store = new PasswordStore(context.storage(), hasher,
                new SessionStore(context.storage(), context.random(), context.clock()));
        return ApiModule.builder(PasswordStore.NAMESPACE)
                .description("The account itself: its password.")
                .demo(DemoRule.REFUSED)
                .function(new ChangePassword(store, context.logger()).declaration())
                .build();
    }
}
