package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every module the host knows, by name, with the problems found in the plugins that provide them.
 *
 * <p>Discovery only asks each plugin for its factories and their names, which is cheap; a module is created
 * on first use, so a command-line call pays only for the module it calls. A plugin that names its modules
 * ({@link UapiPlugin#moduleNames()}) is not even asked for its factories until one of its modules is created
 * ({@link NamedModules}). The server calls
 * {@link #loadAll()} at startup to create and check every module at once. Safe for concurrent use.
 *
 * <p>A plugin reload ({@link PluginReloader}) builds a new set of slots beside the one in use with
 * {@link #reloaded}, then swaps it in whole with {@link #adopt}: a call looks its slot up once, so it runs on
 * the version it found even when a reload swaps the set meanwhile.
 */
public final class ModuleRegistry {

    /** One immutable set of plugins and slots; a reload replaces it whole. */
    private record Contents(List<DiscoveredPlugin> plugins, Map<String, ModuleSlot> slots,
            List<StartupProblem> discoveryProblems, List<NamedModules> named) {
    }

    private volatile Contents contents;

    private ModuleRegistry(List<DiscoveredPlugin> plugins, Map<String, ModuleSlot> slots,
            List<StartupProblem> discoveryProblems, List<NamedModules> named) {
        this.contents = new Contents(List.copyOf(plugins), slots, List.copyOf(discoveryProblems), List.copyOf(named));
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
        return of(plugins, requireNonNull(contexts, "contexts is null"), List.of());
    }

    /**
     * A new registry, not in use yet, for these plugins: a plugin instance this registry or one of
     * {@code earlier} already holds keeps its slots (and so its created modules), any other is registered
     * afresh. Nothing is created here; {@link #loadAll()} on the result does that.
     *
     * @param contexts makes the context of each module created afresh (the settings as read for the reload)
     * @param plugins the plugins, in the order of {@link #of}
     * @param earlier other registries built by this method whose slots may be kept too
     */
    public ModuleRegistry reloaded(ModuleContexts contexts, List<DiscoveredPlugin> plugins, ModuleRegistry... earlier) {
        List<ModuleRegistry> sources = new ArrayList<>(List.of(earlier));
        sources.add(0, this);
        return of(plugins, requireNonNull(contexts, "contexts is null"), sources);
    }

    /** Puts the plugins and slots of {@code next} in use in this registry, in one step. */
    public void adopt(ModuleRegistry next) {
        contents = next.contents;
    }

    /** The plugins as discovery found them, in registration order. */
    public List<DiscoveredPlugin> discovered() {
        return contents.plugins();
    }

    private static ModuleRegistry of(List<DiscoveredPlugin> plugins, ModuleContexts contexts,
            List<ModuleRegistry> sources) {
        Map<String, ModuleSlot> slots = new TreeMap<>();
        List<StartupProblem> problems = new ArrayList<>();
        List<NamedModules> named = new ArrayList<>();
        for (DiscoveredPlugin discovered : plugins) {
            ModuleRegistry holder = sources.stream().filter(source -> source.holds(discovered)).findFirst().orElse(null);
            if (holder != null) {
                keep(discovered, holder.contents, slots, problems);
                holder.contents.named().stream().filter(entry -> entry.discovered() == discovered).forEach(named::add);
                continue;
            }
            problems.addAll(discovered.problems());
            if (discovered.plugin() != null) {
                register(discovered, contexts, slots, problems, named);
            }
        }
        // in name order, as the TreeMap has them: Map.copyOf's order changes from one JVM to the next, and
        // uapi --list and the startup lines list the slots as they come
        return new ModuleRegistry(plugins, Collections.unmodifiableMap(new LinkedHashMap<>(slots)), problems, named);
    }

    /** Whether this very plugin instance is one of this registry's (not merely one of the same name). */
    private boolean holds(DiscoveredPlugin discovered) {
        return contents.plugins().stream().anyMatch(plugin -> plugin == discovered);
    }

    private static void keep(DiscoveredPlugin discovered, Contents holder, Map<String, ModuleSlot> slots,
            List<StartupProblem> problems) {
        String pluginName = discovered.name();
        holder.discoveryProblems().stream().filter(problem -> problem.plugin().equals(pluginName)).forEach(problems::add);
        for (ModuleSlot slot : holder.slots().values()) {
            if (!slot.plugin().equals(pluginName)) {
                continue;
            }
            ModuleSlot taken = slots.get(slot.name());
            if (taken == null) {
                slots.put(slot.name(), slot);
            } else {
                problems.add(alreadyProvided(pluginName, slot.name(), taken));
            }
        }
    }

    private static void register(DiscoveredPlugin discovered, ModuleContexts contexts,
            Map<String, ModuleSlot> slots, List<StartupProblem> problems, List<NamedModules> named) {
        String pluginName = discovered.name();
        UapiPlugin plugin = discovered.plugin();
        ClassLoader loader = plugin.getClass().getClassLoader();
        List<String> names;
        try {
            names = ThreadContextClassLoader.call(loader, () -> {
                List<String> given = plugin.moduleNames();
                return given == null ? null : new ArrayList<>(given);
            });
        } catch (Throwable e) { // any failure of the plugin's code fails this plugin only
            problems.add(new StartupProblem(pluginName, null, null,
                    "moduleNames() failed: " + PluginFailures.describe(e, discovered.source())));
            return;
        }
        if (names != null) {
            registerNamed(discovered, names, contexts, slots, problems, named);
            return;
        }
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
                problems.add(alreadyProvided(pluginName, name, taken));
            }
        }
    }

    /**
     * Registers the modules a plugin names, without asking for any factory: each is asked of the plugin when
     * its module is created.
     */
    private static void registerNamed(DiscoveredPlugin discovered, List<String> names, ModuleContexts contexts,
            Map<String, ModuleSlot> slots, List<StartupProblem> problems, List<NamedModules> named) {
        String pluginName = discovered.name();
        if (names.isEmpty()) {
            problems.add(new StartupProblem(pluginName, null, null, "moduleNames() names no module"));
            return;
        }
        NamedModules plugin = new NamedModules(discovered, names.stream().filter(name -> name != null).toList());
        named.add(plugin);
        ClassLoader loader = discovered.plugin().getClass().getClassLoader();
        for (String name : names) {
            if (name == null || !Names.isModuleName(name)) {
                problems.add(new StartupProblem(pluginName, name, null,
                        "illegal module name: use a letter, then letters, digits or _"));
                continue;
            }
            ModuleSlot taken = slots.get(name);
            if (taken == null) {
                slots.put(name, new ModuleSlot(pluginName, discovered.source(), name, loader, plugin.factory(name), contexts));
            } else if (taken.plugin().equals(pluginName)) {
                problems.add(new StartupProblem(pluginName, name, null,
                        "moduleNames() names the module more than once; only the first is used"));
            } else {
                problems.add(alreadyProvided(pluginName, name, taken));
            }
        }
    }

    private static StartupProblem alreadyProvided(String pluginName, String module, ModuleSlot taken) {
        return new StartupProblem(pluginName, module, null,
                "the module is already provided by plugin " + taken.plugin() + "; this one is ignored");
    }

    /** The slot of a module, or null when no plugin provides that name. */
    public ModuleSlot slot(String moduleName) {
        return contents.slots().get(moduleName);
    }

    /** Every slot, by module name. */
    public Collection<ModuleSlot> slots() {
        return contents.slots().values();
    }

    /**
     * Creates every module not created yet and returns every problem found since discovery.
     *
     * @return the problems, plugin by plugin; empty when all is well
     */
    public List<StartupProblem> loadAll() {
        Contents current = contents;
        List<StartupProblem> all = new ArrayList<>(current.discoveryProblems());
        for (NamedModules named : current.named()) {
            all.addAll(named.problems());
        }
        for (ModuleSlot slot : current.slots().values()) {
            all.addAll(slot.problems());
        }
        return all;
    }

    /**
     * Each plugin with the modules it registered and its problems, in discovery order: the lines the
     * server logs at startup. Call it after {@link #loadAll()} to see which modules failed.
     */
    public List<PluginReport> plugins() {
        Contents current = contents;
        Map<String, ModuleSlot> slots = current.slots();
        List<StartupProblem> discoveryProblems = current.discoveryProblems();
        Map<String, String> sources = new LinkedHashMap<>();
        current.plugins().forEach(plugin -> sources.putIfAbsent(plugin.name(), plugin.source()));
        List<PluginReport> reports = new ArrayList<>();
        sources.forEach((plugin, source) -> {
            List<ModuleSlot> modules = slots.values().stream().filter(slot -> slot.plugin().equals(plugin)).toList();
            List<StartupProblem> problems = new ArrayList<>();
            discoveryProblems.stream().filter(problem -> problem.plugin().equals(plugin)).forEach(problems::add);
            current.named().stream().filter(named -> named.discovered().name().equals(plugin))
                    .forEach(named -> problems.addAll(named.problemsSoFar()));
            modules.forEach(slot -> problems.addAll(slot.problemsSoFar()));
            reports.add(new PluginReport(plugin, source, modules, problems));
        });
        return reports;
    }

    /** The problems found while discovering plugins, before any module was created. */
    public List<StartupProblem> discoveryProblems() {
        return contents.discoveryProblems();
    }
}
