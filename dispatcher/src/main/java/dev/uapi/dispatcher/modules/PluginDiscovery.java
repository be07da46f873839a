package dev.uapi.dispatcher.modules;

import dev.uapi.spi.UapiPlugin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds plugins with {@link ServiceLoader}, reporting a broken entry without losing the others. */
public final class PluginDiscovery {

    private PluginDiscovery() {
    }

    /**
     * The plugins visible to a class loader.
     *
     * @param loader where to look: the application class loader, or a plugin directory's own loader
     * @param origin how to name a plugin that could not even be instantiated (for example its directory)
     */
    public static List<DiscoveredPlugin> discover(ClassLoader loader, String origin) {
        List<DiscoveredPlugin> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<UapiPlugin>> providers =
                ServiceLoader.load(UapiPlugin.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<UapiPlugin> provider;
            try {
                if (!providers.hasNext()) {
                    return found;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                found.add(new DiscoveredPlugin(origin, null,
                        List.of(new StartupProblem(origin, null, null, "cannot load a plugin: " + e.getMessage()))));
                continue;
            }
            found.add(instantiate(provider));
        }
    }

    private static DiscoveredPlugin instantiate(ServiceLoader.Provider<UapiPlugin> provider) {
        String name = provider.type().getName();
        try {
            return new DiscoveredPlugin(name, provider.get(), List.of());
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            return new DiscoveredPlugin(name, null,
                    List.of(new StartupProblem(name, null, null, "cannot instantiate the plugin: " + e.getMessage())));
        }
    }
}
