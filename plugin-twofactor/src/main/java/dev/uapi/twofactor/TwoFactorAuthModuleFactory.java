package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleFactory;
import java.util.function.Supplier;

/**
 * Builds the {@code TwoFactorAuth} module: reads and checks the settings, then builds the plugin's own
 * injector ({@link com.google.inject.Stage#PRODUCTION}, explicit bindings) from what the host lends.
 *
 * <p>Holds no state but how to learn the host name, which it asks only when the {@code issuer} setting is
 * absent.
 */
final class TwoFactorAuthModuleFactory implements ModuleFactory {

    static final String MODULE_NAME = "TwoFactorAuth";

    private final Supplier<String> hostName;

    /**
     * @param hostName gives the host name for the default issuer, or null when unknown; asked at most once
     *     per {@link #create}
     */
    TwoFactorAuthModuleFactory(Supplier<String> hostName) {
        this.hostName = requireNonNull(hostName, "hostName is null");
    }

    @Override
    public String moduleName() {
        return MODULE_NAME;
    }

    @Override
    public ApiModule create(ModuleContext context) {
        requireNonNull(context, "context is null");
        // settings first, so that a bad setting is reported as itself rather than wrapped in a Guice error
        TwoFactorAuthConfig config = TwoFactorAuthConfig.from(context.settings(), hostName);
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new TwoFactorAuthGuiceModule(context, config));
        context.logger().log(System.Logger.Level.DEBUG, "TwoFactorAuth: issuer “{0}”, {1}, window ±{2} steps.",
                config.issuer(), config.parameters(), config.window());
        return injector.getInstance(TwoFactorAuthFunctions.class).module();
    }
}
