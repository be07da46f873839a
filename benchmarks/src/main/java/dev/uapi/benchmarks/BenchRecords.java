package dev.uapi.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lists of records shaped like a hosting listing ({@code name}, {@code size}, {@code domain}), the same for
 * every run: the sizes come from a fixed seed. Each list is made once per size and shared; the transforms
 * never modify records.
 */
public final class BenchRecords {

    private static final Map<Integer, List<Map<String, Object>>> MADE = new ConcurrentHashMap<>();

    private BenchRecords() {
    }

    /** {@code count} records; the same unmodifiable list on every call with the same count. */
    public static List<Map<String, Object>> of(int count) {
        if (count < 0 || count > 10_000_000) {
            throw new IllegalArgumentException("count must be from 0 to 10000000, not " + count);
        }
        return MADE.computeIfAbsent(count, BenchRecords::make);
    }

    private static List<Map<String, Object>> make(int count) {
        SplittableRandom random = new SplittableRandom(14);
        List<Map<String, Object>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> record = new LinkedHashMap<>(4);
            record.put("name", "user" + i);
            // sizes as text, as many cPanel listings give numbers: the numeric filter and sort read them
            record.put("size", Integer.toString(random.nextInt(1_000_000)));
            record.put("domain", "site" + (i % 997) + ".example");
            records.add(Collections.unmodifiableMap(record));
        }
        return Collections.unmodifiableList(records);
    }
}
