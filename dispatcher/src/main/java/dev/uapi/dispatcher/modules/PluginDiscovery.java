package dev.uapi.dispatcher.modules;

import dev.uapi.spi.UapiPlugin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds plugins with {@link ServiceLoader}, reporting a broken entry without losing the others. */
public final class PluginDiscovery {

    /** The origin of the plugins on the host's own class path. */
    public static final String CLASS_PATH = "class path";

    private PluginDiscovery() {
    }

    /**
     * The plugins visible to a class loader. Each is named by its class name; a plugin from anywhere but the
     * {@linkplain #CLASS_PATH class path} is named by its class name followed by its origin in parentheses,
     * so that two directories holding the same plugin can be told apart in a report.
     *
     * @param loader where to look: the application class loader, or a plugin directory's own loader
     * @param origin where the loader's jars are ({@value #CLASS_PATH} or {@code plugins/<name>}); also how
     *     to name a plugin that could not even be instantiated
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
                found.add(new DiscoveredPlugin(origin, origin, null,
                        List.of(new StartupProblem(origin, null, null, "cannot load a plugin: " + reason(e, origin)))));
                continue;
            } catch (Throwable e) { // the iterator runs plugin code too (a provider's static initialiser)
                found.add(new DiscoveredPlugin(origin, origin, null, List.of(new StartupProblem(origin, null, null,
                        "cannot load a plugin: " + PluginFailures.describe(e, origin)))));
                return found;
            }
            found.add(instantiate(provider, origin));
        }
    }

    private static DiscoveredPlugin instantiate(ServiceLoader.Provider<UapiPlugin> provider, String origin) {
        String type = provider.type().getName();
        String name = origin.equals(CLASS_PATH) ? type : type + " (" + origin + ")";
        try {
            UapiPlugin plugin = ThreadContextClassLoader.call(provider.type().getClassLoader(), provider::get);
            return new DiscoveredPlugin(name, origin, plugin, List.of());
        } catch (ServiceConfigurationError e) {
            return new DiscoveredPlugin(name, origin, null,
                    List.of(new StartupProblem(name, null, null, "cannot instantiate the plugin: " + reason(e, origin))));
        } catch (Throwable e) { // a constructor's failure of any kind fails this plugin only
            return new DiscoveredPlugin(name, origin, null, List.of(new StartupProblem(name, null, null,
                    "cannot instantiate the plugin: " + PluginFailures.describe(e, origin))));
        }
    }

    /**
     * The error's message, with its cause's: a failed constructor is wrapped in a ServiceConfigurationError. A
     * missing class is named as such.
     */
    private static String reason(ServiceConfigurationError failure, String origin) {
        Throwable cause = failure.getCause();
        return cause == null ? failure.getMessage() : failure.getMessage() + ": " + PluginFailures.describe(cause, origin);
    }
}
