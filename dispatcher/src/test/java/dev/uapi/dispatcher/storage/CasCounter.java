package dev.uapi.dispatcher.storage;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.util.Optional;

/** A counter kept the way a module keeps one: read, add one, compare-and-set, retry when refused. */
final class CasCounter {

    static final String ACCOUNT = "alice";

    private CasCounter() {}

    /**
     * Adds one to the counter under {@code key}.
     *
     * @return how many attempts were refused before one succeeded
     */
    static int increment(ModuleStorage storage, String key) {
        int refused = 0;
        while (true) {
            Optional<Versioned> current = storage.get(ACCOUNT, key);
            long version = current.map(Versioned::version).orElse(Versioned.ABSENT);
            long count = current.map(value -> Long.parseLong(value.text())).orElse(0L);
            if (storage.compareAndSet(ACCOUNT, key, version, Long.toString(count + 1))) {
                return refused;
            }
            refused++;
        }
    }

    /** The counter's value, 0 when it was never incremented. */
    static long read(ModuleStorage storage, String key) {
        return storage.get(ACCOUNT, key).map(value -> Long.parseLong(value.text())).orElse(0L);
    }
}
