package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleEvents;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link ModuleEvents} that keeps its counts for a test to read.
 *
 * <pre>{@code
 * assertThat(context.events().count("lockout")).isEqualTo(1);
 * }</pre>
 *
 * <p>Safe for use from many threads.
 */
public final class RecordingEvents implements ModuleEvents {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public void count(String event) {
        counts.computeIfAbsent(requireNonNull(event, "event is null"), name -> new AtomicLong()).incrementAndGet();
    }

    /** How many times an event was counted; 0 when never. */
    public long countOf(String event) {
        AtomicLong count = counts.get(event);
        return count == null ? 0 : count.get();
    }

    /** Every event counted, by name. */
    public Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((event, count) -> copy.put(event, count.get()));
        return copy;
    }
}
