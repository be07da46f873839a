package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.modules.ModuleSlot;
import dev.uapi.dispatcher.modules.PluginReport;
import dev.uapi.dispatcher.reference.DeclaredModules;
import dev.uapi.spi.ApiModule;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How {@code uapid} creates its modules at start: those whose section the settings file has before it serves
 * (a mistake there stops the start, as the rest of the file's), every other one on a background thread once it
 * serves ({@link #createRest}, on {@code uapid}'s background thread), so that a plugin of hundreds of modules
 * does not hold the first answer back.
 *
 * <p>Nothing waits on the deferral by mistake: a call creates its own module if the background has not yet
 * (a module is created once, whoever asks first: {@link ModuleSlot#module()}), and what needs every module (the
 * sign-in's second steps, the pages, {@code /openapi.json}) waits for {@link #whenAll}. The background reports
 * each plugin exactly as a synchronous start did, lines and metrics, only later.
 */
final class ModulesAtStart {

    private static final System.Logger LOG = System.getLogger("uapi.startup");

    private final Host host;
    // the modules every derived value is made from: the start's, then each reload's (see reloaded())
    private volatile CompletableFuture<List<ApiModule>> loaded = new CompletableFuture<>();

    /** A value derived from one generation of the modules. */
    private record Derived<T>(CompletableFuture<List<ApiModule>> from, CompletableFuture<T> value) {
    }

    ModulesAtStart(Host host) {
        this.host = requireNonNull(host, "host is null");
    }

    /** Creates, now, each module whose section the settings file has: its settings are checked before serving. */
    void createConfigured() {
        for (ModuleSlot slot : host.registry().slots()) {
            if (!host.settings().module(slot.name()).isEmpty()) {
                slot.module();
            }
        }
    }

    /**
     * Creates every other module, on the calling thread ({@code uapid}'s background thread), then hands each
     * plugin's report to {@code report} (the startup lines and metrics) and completes {@link #whenAll}.
     */
    void createRest(Consumer<List<PluginReport>> report) {
        requireNonNull(report, "report is null");
        try {
            host.loadAll();
            report.accept(host.plugins());
            loaded.complete(DeclaredModules.loaded(host.registry()));
        } catch (Throwable e) { // a bug of the host's: what waits for the modules must not wait for ever
            LOG.log(System.Logger.Level.ERROR, "creating the modules failed", e);
            loaded.completeExceptionally(e);
        }
    }

    /**
     * What {@code derive} makes of the loaded modules (sorted by name), once every module is created; made once
     * per generation of the modules (on the background thread for the start's, by the first to ask after a
     * {@linkplain #reloaded reload}), and waited for by whoever asks before.
     */
    <T> Supplier<T> whenAll(Function<List<ApiModule>, T> derive) {
        requireNonNull(derive, "derive is null");
        CompletableFuture<List<ApiModule>> start = loaded;
        AtomicReference<Derived<T>> current = new AtomicReference<>(new Derived<>(start, start.thenApply(derive)));
        return () -> {
            CompletableFuture<List<ApiModule>> modules = loaded;
            Derived<T> derived = current.get();
            if (derived.from() != modules) {
                Derived<T> fresh = new Derived<>(modules, modules.thenApply(derive));
                derived = current.compareAndSet(derived, fresh) ? fresh : current.get();
            }
            return derived.value().join();
        };
    }

    /**
     * After a plugin reload: what {@link #whenAll} derives is made again from the modules loaded now, so that a
     * replaced plugin's second step, pages and operations are the new version's, and a removed one's are gone.
     */
    void reloaded() {
        loaded = CompletableFuture.completedFuture(DeclaredModules.loaded(host.registry()));
    }

    /**
     * Waits until every module is created, at most {@code limit}.
     *
     * @return whether they are
     */
    boolean await(Duration limit) throws InterruptedException {
        try {
            loaded.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true; // logged by the background thread; there is nothing more to wait for
        }
    }
}
