package dev.uapi.spi;

import java.util.List;

/**
 * The entry point of a plugin, found by {@link java.util.ServiceLoader}.
 *
 * <p>A plugin jar lists its implementation in {@code META-INF/services/dev.uapi.spi.UapiPlugin}. The class
 * needs a public no-argument constructor that does no work: the host instantiates every plugin it finds
 * before it validates any of them, and a constructor that fails takes the whole plugin down.
 *
 * <pre>{@code
 * public final class TwoFactorAuthPlugin implements UapiPlugin {
 *     public List<ModuleFactory> moduleFactories() {
 *         return List.of(new TwoFactorAuthModuleFactory());
 *     }
 * }
 * }</pre>
 *
 * <p>Called once, at host startup, on the startup thread.
 *
 * <p>A plugin of many modules may also name them in {@link #moduleNames()} and hand out one factory at a time
 * in {@link #moduleFactory(String)}: then a host that needs one module (a {@code uapi} command-line call)
 * loads that module's factory only, not all of them.
 */
public interface UapiPlugin {

    /**
     * The factories of the modules this plugin provides, usually one.
     *
     * @return a non-null, non-empty list; the host copies it
     */
    List<ModuleFactory> moduleFactories();

    /**
     * Optional: the names of the modules this plugin provides, known without making any factory.
     *
     * <p>When this gives a list, the host registers these names and asks {@link #moduleFactory(String)} for a
     * module's factory only when it creates that module; it still compares the list with
     * {@link #moduleFactories()} whenever it checks every module (server start, {@code uapi --list},
     * {@code uapid --check}), and reports each difference as a problem of the plugin. The list must hold
     * exactly the {@link ModuleFactory#moduleName()} of each factory of {@link #moduleFactories()}.
     *
     * @return the names, each {@code [A-Za-z][A-Za-z0-9_]*}; or null, the default, when the host is to ask
     *     {@link #moduleFactories()} as plugins always did
     * @since 0.2
     */
    default List<String> moduleNames() {
        return null;
    }

    /**
     * The factory of one module named by {@link #moduleNames()}; the host calls it once per module it
     * creates. Override it together with {@link #moduleNames()} so that it makes only the factory asked for
     * (a {@code switch} on the name): the default looks through {@link #moduleFactories()}, which makes them
     * all.
     *
     * @param moduleName one of {@link #moduleNames()}
     * @return the factory whose {@link ModuleFactory#moduleName()} is {@code moduleName}, or null when there is
     *     none
     * @since 0.2
     */
    default ModuleFactory moduleFactory(String moduleName) {
        for (ModuleFactory factory : moduleFactories()) {
            if (factory != null && factory.moduleName().equals(moduleName)) {
                return factory;
            }
        }
        return null;
    }
}
