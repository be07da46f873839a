package dev.uapi.testkit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A canonical text of a handler's data, so that two runs can be compared: map keys sorted, byte arrays in
 * base64, strings quoted, records by their components. Other values show through their {@code toString}. A
 * value that contains itself is shown once, with {@code <cycle>} where it recurs.
 */
final class Rendering {

    private static final int SHOWN = 300;

    private Rendering() {
    }

    /** The canonical text of a value; a value that contains itself shows {@code <cycle>} where it recurs. */
    static String of(Object value) {
        StringBuilder text = new StringBuilder();
        new Walk().append(text, value, 0);
        return text.toString();
    }

    /** A text cut to a length that fits in a failure message. */
    static String abbreviate(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
    }

    /** One rendering, remembering the containers on the current path so that a cycle ends it. */
    private static final class Walk {

        private static final int DEEPEST = 100;

        private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

        void append(StringBuilder text, Object value, int depth) {
            boolean container = value instanceof Map || value instanceof Collection || value instanceof Record;
            if (!container) {
                appendLeaf(text, value);
                return;
            }
            if (depth >= DEEPEST) {
                text.append("<deeper than ").append(DEEPEST).append(" levels>");
                return;
            }
            if (!open.add(value)) {
                text.append("<cycle>");
                return;
            }
            try {
                if (value instanceof Map<?, ?> map) {
                    appendMap(text, map, depth);
                } else if (value instanceof Collection<?> collection) {
                    text.append('[');
                    String separator = "";
                    for (Object item : collection) {
                        text.append(separator);
                        append(text, item, depth + 1);
                        separator = ", ";
                    }
                    text.append(']');
                } else {
                    appendRecord(text, (Record) value, depth);
                }
            } finally {
                open.remove(value);
            }
        }

        private void appendMap(StringBuilder text, Map<?, ?> map, int depth) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
            text.append('{');
            String separator = "";
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                text.append(separator).append(entry.getKey()).append('=');
                append(text, entry.getValue(), depth + 1);
                separator = ", ";
            }
            text.append('}');
        }

        /** A record by its components, as its own toString would show it, but safe on cycles. */
        private void appendRecord(StringBuilder text, Record value, int depth) {
            text.append(value.getClass().getSimpleName()).append('[');
            String separator = "";
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                text.append(separator).append(component.getName()).append('=');
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    append(text, accessor.invoke(value), depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    text.append("<unreadable>");
                }
                separator = ", ";
            }
            text.append(']');
        }

        private static void appendLeaf(StringBuilder text, Object value) {
            if (value instanceof String string) {
                text.append('"').append(string).append('"');
            } else if (value instanceof byte[] bytes) {
                text.append("bytes:").append(Base64.getEncoder().encodeToString(bytes));
            } else {
                try {
                    text.append(value);
                } catch (RuntimeException | StackOverflowError e) { // a module's own toString is no reason to fail
                    text.append("<").append(value.getClass().getName()).append(" whose toString() threw ")
                            .append(e.getClass().getName()).append('>');
                }
            }
        }
    }
}
