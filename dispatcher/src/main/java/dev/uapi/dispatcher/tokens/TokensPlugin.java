package dev.uapi.dispatcher.tokens;

import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/**
 * The built-in plugin that provides the {@code Tokens} module. The host finds it through
 * {@code META-INF/services/dev.uapi.spi.UapiPlugin} like any other plugin, so API tokens go through the same
 * contract, validation and dispatch as every module.
 */
public final class TokensPlugin implements UapiPlugin {

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new TokensModuleFactory());
    }
}
