package dev.uapi.dispatcher.observe;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.modules.LoadedModule;
import dev.uapi.dispatcher.modules.ModuleRegistry;
import dev.uapi.dispatcher.modules.ModuleSlot;
import dev.uapi.spi.Arguments;

/**
 * Reports every call to a {@link HostObserver}: module, function, outcome and duration. Names no plugin
 * provides or no module declares are reported as {@code unknown}, so that what callers type never becomes a
 * metric's label (one series per typo would grow without bound).
 */
public final class ObservedDispatcher implements Dispatcher {

    static final String UNKNOWN = "unknown";

    private final Dispatcher dispatcher;
    private final ModuleRegistry registry;
    private final HostObserver observer;

    /**
     * @param dispatcher the dispatcher that does the work
     * @param registry the modules, to tell declared names from anything else
     * @param observer where calls are reported
     */
    public ObservedDispatcher(Dispatcher dispatcher, ModuleRegistry registry, HostObserver observer) {
        this.dispatcher = requireNonNull(dispatcher, "dispatcher is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.observer = requireNonNull(observer, "observer is null");
    }

    @Override
    public Envelope call(String account, String module, String function, Arguments arguments) {
        long start = System.nanoTime();
        Envelope envelope = dispatcher.call(account, module, function, arguments);
        long nanos = System.nanoTime() - start;
        ModuleSlot slot = module == null ? null : registry.slot(module);
        String moduleLabel = slot == null ? UNKNOWN : module;
        String functionLabel = UNKNOWN;
        if (slot != null && slot.failure() == null) {
            LoadedModule loaded = slot.module();
            if (loaded != null && function != null && loaded.function(function) != null) {
                functionLabel = function;
            }
        }
        observer.call(moduleLabel, functionLabel, envelope.status() == 1 ? "success" : "failure", nanos);
        return envelope;
    }
}
