package dev.uapi.twofactor;

import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/**
 * The TwoFactorAuth plugin, found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/dev.uapi.spi.UapiPlugin}. It provides one module, {@code TwoFactorAuth}.
 */
public final class TwoFactorAuthPlugin implements UapiPlugin {

    /** Does no work, as the SPI asks. */
    public TwoFactorAuthPlugin() {
    }

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new TwoFactorAuthModuleFactory(new LocalHostName()));
    }
}
