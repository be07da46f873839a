package dev.uapi.dispatcher.render;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes plain values (see {@link PlainValues}) as YAML the way cPanel's {@code uapi} prints it: a {@code ---}
 * first line, the keys of every map in sorted order, {@code ~} for null, strings without quotes unless a YAML
 * reader would take them for something else, lists indented under their key.
 *
 * <pre>
 * ---
 * apiversion: 3
 * result:
 *   data:
 *     - name: laptop
 *       expires_at: ~
 *   errors: ~
 *   metadata: {}
 * </pre>
 *
 * <p>Why not Jackson's YAML generator: it writes null as {@code null} and keeps the maps' order.
 */
final class CpanelYaml {

    private static final String INDENT = "  ";

    /** Words a YAML 1.1 reader takes for a boolean or null, in any case. */
    private static final Set<String> RESERVED =
            Set.of("~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "=", "<<");

    /** Text a YAML reader takes for a number, an infinity, NaN, a base-60 number or a date. */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9_]+)(?:[eE][-+]?[0-9]+)?"
                    + "|[-+]?0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+"
                    + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
                    + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?");

    private CpanelYaml() {
    }

    /** The value as a YAML document, ending with a line break. */
    static String document(Object value) {
        StringBuilder out = new StringBuilder(512).append("---");
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            mapEntries(out, map, 0);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            listItems(out, list, 0);
        } else {
            out.append(' ');
            scalar(out, value);
            out.append('\n');
        }
        return out.toString();
    }

    private static void mapEntries(StringBuilder out, Map<?, ?> map, int depth) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            keys.add((String) key);
        }
        keys.sort(null);
        boolean first = true;
        for (String key : keys) {
            if (!first) {
                indent(out, depth);
            }
            first = false;
            text(out, key);
            out.append(':');
            value(out, map.get(key), depth + 1);
        }
    }

    private static void listItems(StringBuilder out, List<?> list, int depth) {
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                indent(out, depth);
            }
            first = false;
            out.append('-');
            value(out, item, depth + 1);
        }
    }

    // Writes what follows a "key:" or "-": a nested map or list continues on the same line for a list item
    // (the "- key: value" form) and on the next line for a map entry; a scalar follows after one space.
    private static void value(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            boolean inline = out.charAt(out.length() - 1) == '-';
            if (inline) {
                out.append(' ');
            } else {
                out.append('\n');
                indent(out, depth);
            }
            mapEntries(out, map, depth);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            indent(out, depth);
            listItems(out, list, depth);
        } else {
            out.append(' ');
            scalar(out, value);
            out.append('\n');
        }
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private static void scalar(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof String text) {
            text(out, text);
        } else if (value instanceof Map) {
            out.append("{}");
        } else if (value instanceof List) {
            out.append("[]");
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toString());
        } else {
            out.append(value); // Boolean or another number: its JSON text
        }
    }

    private static void text(StringBuilder out, String text) {
        if (needsQuotes(text)) {
            out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
        } else {
            out.append(text);
        }
    }

    /** Whether a plain scalar would not read back as this text. */
    static boolean needsQuotes(String text) {
        if (text.isEmpty() || RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return true;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        if ("[]{},#&*!|>'\"%@`".indexOf(first) >= 0 || Character.isWhitespace(first) || Character.isWhitespace(last)
                || last == ':') {
            return true;
        }
        if ("-?:".indexOf(first) >= 0 && (text.length() == 1 || text.charAt(1) == ' ')) {
            return true;
        }
        if (text.startsWith("---") || text.startsWith("...") || text.contains(": ") || text.contains(" #")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
                    || Character.isSurrogate(c) && !validSurrogate(text, i)) {
                return true;
            }
        }
        return NOT_TEXT.matcher(text).matches();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
