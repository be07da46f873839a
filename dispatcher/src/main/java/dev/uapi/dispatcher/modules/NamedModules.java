package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A plugin that names its modules ({@link UapiPlugin#moduleNames()}): its factories are asked for one at a
 * time, when a module is created, and compared with {@link UapiPlugin#moduleFactories()} only when every module
 * is checked ({@link ModuleRegistry#loadAll()}), so that a call of one module loads no other module's factory.
 */
final class NamedModules {

    private final DiscoveredPlugin discovered;
    private final List<String> names;
    private List<StartupProblem> problems;

    /**
     * @param discovered the plugin, instantiated
     * @param names the names it gave, as registered
     */
    NamedModules(DiscoveredPlugin discovered, List<String> names) {
        this.discovered = requireNonNull(discovered, "discovered is null");
        this.names = List.copyOf(names);
        requireNonNull(discovered.plugin(), "the plugin is null");
    }

    /** The plugin. */
    DiscoveredPlugin discovered() {
        return discovered;
    }

    /**
     * The factory of one named module, asked of the plugin when the supplier is called; a plugin that gives
     * none or the wrong one fails that module with a {@link ModuleLoadException} that says why, and one that
     * throws fails it with what it threw.
     */
    Supplier<ModuleFactory> factory(String name) {
        return () -> {
            // what the plugin's code throws here fails this module as create() would: callers get an
            // incident id, the operator the cause (ModuleSlot)
            ModuleFactory factory = discovered.plugin().moduleFactory(name);
            String given = factory == null ? null : factory.moduleName();
            if (factory == null) {
                throw failed(name, "the plugin names the module in moduleNames() but moduleFactory() gives no factory for it");
            }
            if (!name.equals(given)) {
                throw failed(name, "moduleFactory(\"" + name + "\") gave the factory of module “" + given + "”");
            }
            return factory;
        };
    }

    private ModuleLoadException failed(String name, String message) {
        return new ModuleLoadException(List.of(new StartupProblem(discovered.name(), name, null, message)));
    }

    /**
     * Compares the names with the factories of {@link UapiPlugin#moduleFactories()}, once: every difference is
     * a problem of the plugin, since a call could not reach a module its names leave out.
     */
    synchronized List<StartupProblem> problems() {
        if (problems == null) {
            problems = List.copyOf(ThreadContextClassLoader.call(discovered.plugin().getClass().getClassLoader(),
                    this::compare));
        }
        return problems;
    }

    /** The problems found so far; empty when {@link #problems()} was not called yet. */
    synchronized List<StartupProblem> problemsSoFar() {
        return problems == null ? List.of() : problems;
    }

    private List<StartupProblem> compare() {
        String plugin = discovered.name();
        Set<String> listed = new LinkedHashSet<>();
        try {
            for (ModuleFactory factory : discovered.plugin().moduleFactories()) {
                listed.add(factory == null ? null : factory.moduleName());
            }
        } catch (Throwable e) { // as above: the plugin's code fails the plugin, the host goes on
            return List.of(new StartupProblem(plugin, null, null,
                    "moduleFactories() failed: " + PluginFailures.describe(e, discovered.source())));
        }
        List<StartupProblem> found = new ArrayList<>();
        for (String name : listed) {
            if (name == null || !names.contains(name)) {
                found.add(new StartupProblem(plugin, name, null, "moduleFactories() has a factory for the module but"
                        + " moduleNames() does not name it, so it cannot be called"));
            }
        }
        for (String name : names) {
            if (!listed.contains(name)) {
                found.add(new StartupProblem(plugin, name, null,
                        "moduleNames() names the module but moduleFactories() has no factory for it"));
            }
        }
        return found;
    }
}
