package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import java.util.HashMap;
import java.util.Map;

/**
 * A created, validated module with its functions indexed by name for the call path.
 */
public final class LoadedModule {

    private final String plugin;
    private final ApiModule module;
    private final Map<String, FunctionDeclaration> functions;
    private final ClassLoader classLoader;

    LoadedModule(String plugin, ApiModule module, ClassLoader classLoader) {
        this.plugin = requireNonNull(plugin, "plugin is null");
        this.module = requireNonNull(module, "module is null");
        this.classLoader = classLoader;
        Map<String, FunctionDeclaration> byName = new HashMap<>();
        for (FunctionDeclaration function : module.functions()) {
            byName.put(function.name(), function);
        }
        this.functions = Map.copyOf(byName);
    }

    /** The plugin that provides the module. */
    public String plugin() {
        return plugin;
    }

    /** The module's declarations. */
    public ApiModule module() {
        return module;
    }

    /**
     * The plugin's class loader, which the dispatcher makes the thread's context class loader while a
     * handler runs.
     */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The function of that exact name, or null. */
    public FunctionDeclaration function(String name) {
        return functions.get(name);
    }
}
