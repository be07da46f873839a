package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every module the host knows, by name, with the problems found in the plugins that provide them.
 *
 * <p>Discovery only asks each plugin for its factories and their names, which is cheap; a module is created
 * on first use, so a command-line call pays only for the module it calls. The server calls
 * {@link #loadAll()} at startup to create and check every module at once. Safe for concurrent use.
 */
public final class ModuleRegistry {

    private final List<DiscoveredPlugin> plugins;
    private final Map<String, ModuleSlot> slots;
    private final List<StartupProblem> discoveryProblems;

    private ModuleRegistry(List<DiscoveredPlugin> plugins, Map<String, ModuleSlot> slots,
            List<StartupProblem> discoveryProblems) {
        this.plugins = List.copyOf(plugins);
        this.slots = slots;
        this.discoveryProblems = List.copyOf(discoveryProblems);
    }

    /**
     * Registers the modules of the given plugins. When two plugins provide a module of the same name, the
     * first keeps it and the second is reported: give the class path's plugins first, then the plugin
     * directories in name order.
     *
     * @param plugins the plugins found, each with the name to report it by (its class name or directory)
     * @param contexts makes each module's context when the module is created
     */
    public static ModuleRegistry of(List<DiscoveredPlugin> plugins, ModuleContexts contexts) {
        requireNonNull(contexts, "contexts is null");
        Map<String, ModuleSlot> slots = new TreeMap<>();
        List<StartupProblem> problems = new ArrayList<>();
        for (DiscoveredPlugin discovered : plugins) {
            problems.addAll(discovered.problems());
            if (discovered.plugin() != null) {
                register(discovered, contexts, slots, problems);
            }
        }
        return new ModuleRegistry(plugins, Map.copyOf(slots), problems);
    }

    private static void register(DiscoveredPlugin discovered, ModuleContexts contexts,
            Map<String, ModuleSlot> slots, List<StartupProblem> problems) {
        String pluginName = discovered.name();
        UapiPlugin plugin = discovered.plugin();
        ClassLoader loader = plugin.getClass().getClassLoader();
        List<ModuleFactory> factories;
        try {
            // copied here: a plugin's own list may fail while it is read, and is read once
            factories = ThreadContextClassLoader.call(loader, () -> {
                List<ModuleFactory> listed = plugin.moduleFactories();
                return listed == null ? null : new ArrayList<>(listed);
            });
        } catch (Throwable e) { // any failure of the plugin's code fails this plugin only
            problems.add(new StartupProblem(pluginName, null, null,
                    "moduleFactories() failed: " + PluginFailures.describe(e, discovered.source())));
            return;
        }
        if (factories == null || factories.isEmpty()) {
            problems.add(new StartupProblem(pluginName, null, null, "the plugin provides no module factory"));
            return;
        }
        for (ModuleFactory factory : factories) {
            String name;
            try {
                name = factory == null ? null : ThreadContextClassLoader.call(loader, factory::moduleName);
            } catch (Throwable e) { // as above: this factory fails, the plugin's others go on
                problems.add(new StartupProblem(pluginName, null, null,
                        "moduleName() failed: " + PluginFailures.describe(e, discovered.source())));
                continue;
            }
            if (name == null || !Names.isModuleName(name)) {
                problems.add(new StartupProblem(pluginName, name, null,
                        "illegal module name: use a letter, then letters, digits or _"));
                continue;
            }
            ModuleSlot taken = slots.get(name);
            if (taken == null) {
                slots.put(name, new ModuleSlot(pluginName, discovered.source(), name, factory, contexts));
            } else if (taken.plugin().equals(pluginName)) {
                problems.add(new StartupProblem(pluginName, name, null,
                        "the plugin has more than one factory for the module; only the first is used"));
            } else {
                problems.add(new StartupProblem(pluginName, name, null,
                        "the module is already provided by plugin " + taken.plugin() + "; this one is ignored"));
            }
        }
    }

    /** The slot of a module, or null when no plugin provides that name. */
    public ModuleSlot slot(String moduleName) {
        return slots.get(moduleName);
    }

    /** Every slot, by module name. */
    public Collection<ModuleSlot> slots() {
        return slots.values();
    }

    /**
     * Creates every module not created yet and returns every problem found since discovery.
     *
     * @return the problems, plugin by plugin; empty when all is well
     */
    public List<StartupProblem> loadAll() {
        List<StartupProblem> all = new ArrayList<>(discoveryProblems);
        for (ModuleSlot slot : slots.values()) {
            all.addAll(slot.problems());
        }
        return all;
    }

    /**
     * Each plugin with the modules it registered and its problems, in discovery order: the lines the
     * server logs at startup. Call it after {@link #loadAll()} to see which modules failed.
     */
    public List<PluginReport> plugins() {
        Map<String, String> sources = new LinkedHashMap<>();
        plugins.forEach(plugin -> sources.putIfAbsent(plugin.name(), plugin.source()));
        List<PluginReport> reports = new ArrayList<>();
        sources.forEach((plugin, source) -> {
            List<ModuleSlot> modules = slots.values().stream().filter(slot -> slot.plugin().equals(plugin)).toList();
            List<StartupProblem> problems = new ArrayList<>();
            discoveryProblems.stream().filter(problem -> problem.plugin().equals(plugin)).forEach(problems::add);
            modules.forEach(slot -> problems.addAll(slot.problemsSoFar()));
            reports.add(new PluginReport(plugin, source, modules, problems));
        });
        return reports;
    }

    /** The problems found while discovering plugins, before any module was created. */
    public List<StartupProblem> discoveryProblems() {
        return discoveryProblems;
    }
}
