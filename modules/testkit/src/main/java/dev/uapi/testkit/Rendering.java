package dev.uapi.testkit;

import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A canonical text of a handler's data, so that two runs can be compared: map keys sorted, byte arrays in
 * base64, strings quoted. Records and other values show through their {@code toString}.
 */
final class Rendering {

    private static final int SHOWN = 300;

    private Rendering() {
    }

    /** The canonical text of a value. */
    static String of(Object value) {
        StringBuilder text = new StringBuilder();
        append(text, value);
        return text.toString();
    }

    /** A text cut to a length that fits in a failure message. */
    static String abbreviate(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
    }

    private static void append(StringBuilder text, Object value) {
        if (value instanceof String string) {
            text.append('"').append(string).append('"');
        } else if (value instanceof Map<?, ?> map) {
            appendMap(text, map);
        } else if (value instanceof Collection<?> collection) {
            text.append('[');
            String separator = "";
            for (Object item : collection) {
                text.append(separator);
                append(text, item);
                separator = ", ";
            }
            text.append(']');
        } else if (value instanceof byte[] bytes) {
            text.append("bytes:").append(Base64.getEncoder().encodeToString(bytes));
        } else {
            text.append(value);
        }
    }

    private static void appendMap(StringBuilder text, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
        text.append('{');
        String separator = "";
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            text.append(separator).append(entry.getKey()).append('=');
            append(text, entry.getValue());
            separator = ", ";
        }
        text.append('}');
    }
}
