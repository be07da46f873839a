package dev.uapi.dispatcher.passwords;

import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/** The built-in plugin that provides the {@code UserManager} module, found like any other plugin. */
public final class UserManagerPlugin implements UapiPlugin {

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new UserManagerModuleFactory());
    }
}
