package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleEvents;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.SecretCipher;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The plugin's own bindings: what the host lends (storage, clock, randomness, logger, cipher, event counts), the checked
 * settings, and every class of the plugin, each bound explicitly so that a missing binding fails at startup
 * rather than being made up just in time.
 */
final class TwoFactorAuthGuiceModule extends AbstractModule {

    private final ModuleContext context;
    private final TwoFactorAuthConfig config;

    TwoFactorAuthGuiceModule(ModuleContext context, TwoFactorAuthConfig config) {
        this.context = requireNonNull(context, "context is null");
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        binder().disableCircularProxies();

        bind(ModuleStorage.class).toInstance(context.storage());
        bind(Clock.class).toInstance(context.clock());
        bind(SecureRandom.class).toInstance(context.random());
        bind(System.Logger.class).toInstance(context.logger());
        bind(SecretCipher.class).toInstance(context.secretCipher());
        bind(ModuleEvents.class).toInstance(context.events());
        bind(TwoFactorAuthConfig.class).toInstance(config);

        bind(TotpEngine.class).in(Scopes.SINGLETON);
        bind(TotpSecrets.class).in(Scopes.SINGLETON);
        bind(QrCodeRenderer.class).in(Scopes.SINGLETON);
        bind(ConfigurationStore.class).in(Scopes.SINGLETON);
        bind(ReplayGuard.class).in(Scopes.SINGLETON);
        bind(FailureCounter.class).in(Scopes.SINGLETON);
        bind(SecurityCodeVerifier.class).in(Scopes.SINGLETON);
        bind(TotpSignInFactor.class).in(Scopes.SINGLETON);

        bind(GenerateUserConfiguration.class).in(Scopes.SINGLETON);
        bind(SetUserConfiguration.class).in(Scopes.SINGLETON);
        bind(GetUserConfiguration.class).in(Scopes.SINGLETON);
        bind(RemoveUserConfiguration.class).in(Scopes.SINGLETON);
        bind(GetTeamUserConfiguration.class).in(Scopes.SINGLETON);
        bind(TwoFactorAuthFunctions.class).in(Scopes.SINGLETON);
    }
}
