package dev.uapi.dispatcher.internal;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.observe.HostObserver;
import dev.uapi.dispatcher.settings.UapiSettings;
import dev.uapi.dispatcher.storage.StorageEngine;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The store, being opened on a thread of its own while the host is wired on the caller's.
 *
 * <p>Opening SQLite (loading the driver and its native library, the pragmas, the schema check) and building
 * the host's injector are each a large part of a command-line call, and neither needs the other until a
 * service is handed the store: on two cores they overlap. Whoever starts an opening must {@link #await} it,
 * also when the wiring failed, and close what it returns: the store is then exactly as if it had been opened
 * on the caller's thread, and so are its failures.
 *
 * <pre>{@code
 * StoreOpening store = StoreOpening.start(settings, observer);
 * // ... wire the host, whose services ask store.await() for the engine ...
 * StorageEngine engine = store.await();
 * }</pre>
 */
public final class StoreOpening {

    private final FutureTask<StorageEngine> opening;

    private StoreOpening(FutureTask<StorageEngine> opening) {
        this.opening = opening;
    }

    /**
     * Starts opening the store the settings name ({@link HostModule#openStorage}), telling {@code observer} of
     * every failed store operation from then on.
     */
    public static StoreOpening start(UapiSettings settings, HostObserver observer) {
        requireNonNull(settings, "settings is null");
        requireNonNull(observer, "observer is null");
        return start(() -> {
            StorageEngine storage = HostModule.openStorage(settings);
            storage.onError(observer::storeError);
            return storage;
        }, "uapi-store-opening");
    }

    /** Starts {@code open} on a new daemon thread of that name: for {@link #start(UapiSettings, HostObserver)} and tests. */
    static StoreOpening start(Supplier<StorageEngine> open, String threadName) {
        requireNonNull(open, "open is null");
        FutureTask<StorageEngine> task = new FutureTask<>(open::get);
        Thread thread = new Thread(task, threadName);
        // a process that fails meanwhile must not be kept alive by a store it will never use
        thread.setDaemon(true);
        thread.start();
        return new StoreOpening(task);
    }

    /**
     * Waits until the store is open and returns it; the same engine on every call.
     *
     * @throws RuntimeException what opening threw ({@code StorageException} when the store cannot be opened),
     *     itself, on every call
     */
    public StorageEngine await() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return opening.get();
                } catch (InterruptedException e) {
                    // opening is bounded by the store's own timeouts: finish waiting, then keep the interrupt
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        // Supplier.get cannot throw a checked exception
        return new IllegalStateException(failure);
    }
}
