package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.SettingsException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One module name and the factory that provides it, created on first use (or at startup by
 * {@link ModuleRegistry#loadAll()}) and then kept, working or failed, for the life of the process.
 */
public final class ModuleSlot {

    private static final System.Logger LOG = System.getLogger(ModuleSlot.class.getName());

    private final String plugin;
    private final String source;
    private final String name;
    private final ClassLoader loader;
    private final Supplier<ModuleFactory> factory;
    private final ModuleContexts contexts;
    private volatile LoadedModule loaded;
    private volatile String failure;
    private List<StartupProblem> problems = List.of();

    ModuleSlot(String plugin, String source, String name, ModuleFactory factory, ModuleContexts contexts) {
        this(plugin, source, name, requireNonNull(factory, "factory is null").getClass().getClassLoader(),
                () -> factory, contexts);
    }

    /**
     * A slot whose factory is asked for when the module is created ({@link NamedModules}).
     *
     * @param loader the plugin's class loader, the thread's context loader while the module is created
     * @param factory gives the factory, or throws a {@link ModuleLoadException} that says why it cannot
     */
    ModuleSlot(String plugin, String source, String name, ClassLoader loader, Supplier<ModuleFactory> factory,
            ModuleContexts contexts) {
        this.plugin = requireNonNull(plugin, "plugin is null");
        this.source = requireNonNull(source, "source is null");
        this.name = requireNonNull(name, "name is null");
        this.loader = loader;
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
            loaded = ThreadContextClassLoader.call(loader, this::createValidated);
        } catch (ModuleLoadException e) {
            problems = e.problems();
            failure = e.getMessage();
        } catch (SettingsException | ApiException e) {
            // texts the module chose for its callers: a wrong setting, a refusal
            String reason = e.getMessage() == null ? "the module refused to start" : e.getMessage();
            problems = List.of(new StartupProblem(plugin, name, null, reason));
            failure = reason;
        } catch (Throwable e) { // any other failure of the plugin's code is contained: the host goes on
            // callers get an incident id to quote; the operator gets the cause, the log its trace
            String incident = PluginFailures.newIncident();
            String detail = PluginFailures.describe(e, source);
            problems = List.of(new StartupProblem(plugin, name, null,
                    "create() failed: " + detail + " (incident " + incident + ")"));
            failure = "an unexpected error occurred (incident " + incident + "). The server log has the details.";
            // the one record of the cause with its trace; the server's startup line quotes the same id
            LOG.log(System.Logger.Level.ERROR, "Incident " + incident + ": module " + name + " of plugin " + plugin
                    + " failed to load: " + detail, e);
        }
        return loaded;
    }

    private LoadedModule createValidated() {
        ModuleFactory factory = this.factory.get();
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
