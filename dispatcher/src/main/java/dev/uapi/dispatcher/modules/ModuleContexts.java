package dev.uapi.dispatcher.modules;

/**
 * Makes the context the host lends one module. Implemented by the host's wiring, so that the registry knows
 * nothing of storage engines or keys.
 */
@FunctionalInterface
public interface ModuleContexts {

    /**
     * @param moduleName the module the context is for
     * @return a fresh context whose settings track which keys the module read
     */
    HostModuleContext forModule(String moduleName);
}
