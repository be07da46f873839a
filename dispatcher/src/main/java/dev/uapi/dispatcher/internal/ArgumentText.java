package dev.uapi.dispatcher.internal;

import dev.uapi.spi.Arguments;
import java.util.List;
import java.util.Map;

/**
 * Refuses argument names and values with characters no store can keep and no module should have to think
 * about: NUL and UTF-16 surrogates that are not part of a pair (a JSON {@code "\ud800"}). Checked once, in the
 * dispatcher, for every front end, so that such text is the caller's error and never reaches a module's
 * storage as an incident. Nested values are checked too, names and values.
 */
final class ArgumentText {

    private ArgumentText() {
    }

    /** The failure text for the first bad argument, or null when all are clean. Never quotes a value. */
    static String problem(Arguments arguments) {
        for (Map.Entry<String, Object> argument : arguments.asMap().entrySet()) {
            if (!clean(argument.getKey())) {
                return "An argument name contains a NUL character or an unpaired surrogate, which no argument"
                        + " may contain.";
            }
            if (!cleanValue(argument.getValue())) {
                return "The argument “" + argument.getKey() + "” contains a NUL character or an unpaired"
                        + " surrogate, which no argument may contain.";
            }
        }
        return null;
    }

    private static boolean cleanValue(Object value) {
        if (value instanceof String text) {
            return clean(text);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!cleanValue(entry.getKey()) || !cleanValue(entry.getValue())) {
                    return false;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!cleanValue(element)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a text has neither NUL nor an unpaired surrogate. */
    static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
