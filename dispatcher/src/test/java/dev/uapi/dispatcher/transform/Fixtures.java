package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for the records and arguments of the transform tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** An unmodifiable record from key, value pairs, in that order; values may be null. */
    static Map<String, Object> record(Object... keysAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            record.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(record);
    }

    /** {@code api.*} arguments from key, value pairs, in that order. */
    static Map<String, String> args(String... keysAndValues) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            arguments.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return arguments;
    }

    /** The values of one field of every item of the outcome's data, null where an item lacks it. */
    static List<Object> column(TransformOutcome outcome, String field) {
        List<Object> values = new ArrayList<>();
        for (Object item : outcome.data()) {
            values.add(item instanceof Map<?, ?> record ? record.get(field) : null);
        }
        return values;
    }

    /** The keys of a record (or of a metadata map), in their order. */
    static List<Object> keys(Object map) {
        return new ArrayList<>(((Map<?, ?>) map).keySet());
    }

    /** The outcome's {@code metadata.paginate}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> paginate(TransformOutcome outcome) {
        return (Map<String, Object>) outcome.metadata().get("paginate");
    }

    /** Records with only a name, in the given order. */
    static List<Map<String, Object>> named(String... names) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String name : names) {
            records.add(record("name", name));
        }
        return records;
    }
}
