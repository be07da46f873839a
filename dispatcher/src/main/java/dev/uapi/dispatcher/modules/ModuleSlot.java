package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.ModuleFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * One module name and the factory that provides it, created on first use (or at startup by
 * {@link ModuleRegistry#loadAll()}) and then kept, working or failed, for the life of the process.
 */
public final class ModuleSlot {

    private final String plugin;
    private final String source;
    private final String name;
    private final ModuleFactory factory;
    private final ModuleContexts contexts;
    private volatile LoadedModule loaded;
    private volatile String failure;
    private List<StartupProblem> problems = List.of();

    ModuleSlot(String plugin, String source, String name, ModuleFactory factory, ModuleContexts contexts) {
        this.plugin = requireNonNull(plugin, "plugin is null");
        this.source = requireNonNull(source, "source is null");
        this.name = requireNonNull(name, "name is null");
        this.factory = requireNonNull(factory, "factory is null");
        this.contexts = requireNonNull(contexts, "contexts is null");
    }

    /** The module's name. */
    public String name() {
        return name;
    }

    /** The plugin that provides it. */
    public String plugin() {
        return plugin;
    }

    /** Where the plugin was found: {@value PluginDiscovery#CLASS_PATH} or {@code plugins/<name>}. */
    public String source() {
        return source;
    }

    /**
     * The created module, creating it on first use.
     *
     * @return the module, or null when it failed to load: see {@link #failure()}
     */
    public LoadedModule module() {
        LoadedModule current = loaded;
        if (current != null || failure != null) {
            return current;
        }
        return create();
    }

    /** Why the module failed to load, or null when it loaded or was not tried yet. */
    public String failure() {
        return failure;
    }

    /** The problems found when the module was created; empty when it loaded. */
    synchronized List<StartupProblem> problems() {
        module();
        return problems;
    }

    /** The problems found so far, without creating the module. */
    synchronized List<StartupProblem> problemsSoFar() {
        return problems;
    }

    private synchronized LoadedModule create() {
        if (loaded != null || failure != null) {
            return loaded;
        }
        try {
            loaded = ThreadContextClassLoader.call(factory.getClass().getClassLoader(), this::createValidated);
        } catch (ModuleLoadException e) {
            problems = e.problems();
            failure = e.getMessage();
        } catch (RuntimeException | LinkageError e) {
            // a factory's own failure: its message is the reason callers see; the log gets the trace
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems = List.of(new StartupProblem(plugin, name, null, reason));
            failure = reason;
            System.getLogger(ModuleSlot.class.getName())
                    .log(System.Logger.Level.ERROR, "Module " + name + " of plugin " + plugin + " failed to load", e);
        }
        return loaded;
    }

    private LoadedModule createValidated() {
        HostModuleContext context = contexts.forModule(name);
        ApiModule module = factory.create(context);
        if (module == null) {
            throw new ModuleLoadException(List.of(new StartupProblem(plugin, name, null, "the factory returned no module")));
        }
        List<StartupProblem> found = new ArrayList<>(ModuleValidator.problems(plugin, name, module));
        for (String problem : context.settings().unknownKeyProblems()) {
            found.add(new StartupProblem(plugin, name, null, problem));
        }
        if (!found.isEmpty()) {
            throw new ModuleLoadException(found);
        }
        return new LoadedModule(plugin, module, factory.getClass().getClassLoader());
    }
}
