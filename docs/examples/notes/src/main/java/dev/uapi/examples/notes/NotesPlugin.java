package dev.uapi.examples.notes;

import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.util.List;

/**
 * The Notes plugin, found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/dev.uapi.spi.UapiPlugin}. It provides one module, {@code Notes}.
 */
public final class NotesPlugin implements UapiPlugin {

    /** Does no work, as the contract asks: the host instantiates every plugin before it checks any. */
    public NotesPlugin() {
    }

    @Override
    public List<ModuleFactory> moduleFactories() {
        return List.of(new NotesModuleFactory());
    }
}
