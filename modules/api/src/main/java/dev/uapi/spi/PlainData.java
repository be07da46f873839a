package dev.uapi.spi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The values a {@link Result} may carry as data or metadata: plain JSON values, which every output format
 * (JSON, YAML, XML) can write.
 *
 * <ul>
 *   <li>{@code null}, {@link Boolean}, {@link String};
 *   <li>numbers: {@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger},
 *       {@link BigDecimal}, and {@link Double} or {@link Float} when finite (JSON has no NaN or infinity);
 *   <li>{@link List}s of plain values;
 *   <li>{@link Map}s with {@link String} keys and plain values, written in the map's iteration order;
 *   <li>records whose components are plain, written as objects with one member per component, in
 *       declaration order.
 * </ul>
 *
 * <p>Nothing else is plain: not {@code java.time} values (return epoch seconds or an ISO-8601 string), not
 * {@link Optional} (return the value or null), not sets, arrays or enums, not a map with non-string keys,
 * not a structure that contains itself, and nothing nested deeper than {@value #MAX_DEPTH} levels. The host
 * checks a handler's data with {@link #copy} before it renders it: data that is not plain fails the call
 * with the contract's generic error and an incident id, and the contract kit fails the function with
 * {@link #problem}'s text, which names the path of the offending value.
 */
public final class PlainData {

    /** How deep data may nest: the top value is level 0, an item of a top-level list level 1. */
    public static final int MAX_DEPTH = 100;

    private PlainData() {
    }

    /**
     * What makes a value not plain, or empty when it is plain.
     *
     * @param data a handler's data
     * @return one problem, naming the path of the value from {@code data}, such as
     *     {@code data[3].recorded_at is a java.time.Instant; return epoch seconds or an ISO-8601 string}
     */
    public static Optional<String> problem(Object data) {
        return problem(data, "data");
    }

    /**
     * What makes a value not plain, naming the value's path from {@code name}.
     *
     * @param value a value: a handler's data, its metadata
     * @param name how to name the value ({@code data}, {@code metadata})
     * @return one problem, or empty when the value is plain
     */
    public static Optional<String> problem(Object value, String name) {
        try {
            check(value, name);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The check {@link #problem} makes of each item of a list, made one item at a time: for a caller that reads
     * every item anyway and would rather read each once (the host checks the records of a long list while its
     * {@code api.*} filter reads them). An item passes exactly when {@code problem(list)} finds nothing wrong in
     * it, as an item of {@code list}: one level deep, and not plain if it contains {@code list}. The test says
     * only whether an item is plain; {@link #problem} or {@link #copy} says what is wrong. Not thread-safe: one
     * per walk over the list, on one thread.
     *
     * <pre>{@code
     * Predicate<Object> plain = PlainData.itemCheck(list);
     * for (Object item : list) {
     *     if (!plain.test(item)) {
     *         return PlainData.copy(list, "data"); // throws, naming the value that is not plain
     *     }
     * }
     * }</pre>
     *
     * @param list the list whose items are checked; not read
     * @return a test that is true for an item that is plain; it runs the item's code as {@link #problem} does
     *     (a map's iteration, a record's accessors), and what that code throws, other than a record's accessor,
     *     propagates
     */
    public static Predicate<Object> itemCheck(List<?> list) {
        FastPlainWalk walk = new FastPlainWalk(false);
        // the list is the walk's level 0, as it is for problem(list)
        walk.startInside(list);
        return item -> {
            try {
                walk.copy(item, 1);
                return true;
            } catch (FastPlainWalk.NotPlain e) {
                // the careful walk decides, as it does for problem(list)
                return new Walk().plainItem(list, item);
            }
        };
    }

    /**
     * A copy of plain data made of maps, lists, strings, numbers, booleans and nulls only: records become
     * maps. Rendering the copy runs no code of the module's.
     *
     * @param data a handler's data
     * @param name how to name the value in a problem ({@code data}, {@code metadata.total})
     * @return the copy; unmodifiable
     * @throws IllegalArgumentException naming the first value that is not plain, by its path from
     *     {@code name}; a record's accessor that throws is reported the same way
     */
    public static Object copy(Object data, String name) {
        if (data == null || data instanceof String || data instanceof Boolean) {
            return data;
        }
        try {
            return new FastPlainWalk(true).copy(data, 0);
        } catch (FastPlainWalk.NotPlain e) {
            // the same walk again, naming the path of what is not plain (a record's accessors run twice then)
            return new Walk().copy(data, name, 0);
        }
    }

    // The walk of copy without the copy: the same rule, the same walk (a record's accessors run) and the same
    // texts, for problem(), which the kit calls on every answer of every function.
    private static void check(Object data, String name) {
        if (data == null || data instanceof String || data instanceof Boolean) {
            return;
        }
        try {
            new FastPlainWalk(false).copy(data, 0);
        } catch (FastPlainWalk.NotPlain e) {
            new Walk().copy(data, name, 0);
        }
    }

    /** One walk over a value, remembering the containers on the current path to find a value that contains itself. */
    private static final class Walk {

        private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

        // whether the item is plain as an item of the list: at level 1, with the list open
        boolean plainItem(List<?> list, Object item) {
            open.add(list);
            try {
                copy(item, "data[]", 1);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        Object copy(Object value, String path, int depth) {
            if (value == null || value instanceof String || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Number number) {
                return number(number, path);
            }
            boolean container = value instanceof Map || value instanceof List || value instanceof Record;
            if (!container) {
                throw new IllegalArgumentException(path + " is " + describe(value) + "; " + hint(value));
            }
            if (depth >= MAX_DEPTH) {
                throw new IllegalArgumentException(path + " nests deeper than " + MAX_DEPTH
                        + " levels; return flatter data");
            }
            if (!open.add(value)) {
                throw new IllegalArgumentException(path + " contains itself; return data without cycles");
            }
            try {
                if (value instanceof Map<?, ?> map) {
                    return map(map, path, depth);
                }
                if (value instanceof List<?> list) {
                    List<Object> copy = new ArrayList<>(list.size());
                    int index = 0;
                    for (Object item : list) {
                        copy.add(copy(item, path + "[" + index++ + "]", depth + 1));
                    }
                    return Collections.unmodifiableList(copy);
                }
                return record((Record) value, path, depth);
            } finally {
                open.remove(value);
            }
        }

        private Object map(Map<?, ?> map, String path, int depth) {
            Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(path + " has the key " + entry.getKey() + ", which is "
                            + describe(entry.getKey()) + "; map keys must be strings");
                }
                copy.put(key, copy(entry.getValue(), member(path, key), depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }

        private Object record(Record value, String path, int depth) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String where = member(path, component.getName());
                copy.put(component.getName(), copy(read(value, component, where), where, depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }

        private static Object read(Record value, RecordComponent component, String where) {
            Method accessor = component.getAccessor();
            try {
                // a record declared in a plugin need not be public; its components are its data all the same
                accessor.setAccessible(true);
                return accessor.invoke(value);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(where + " cannot be read: its accessor threw "
                        + e.getCause().getClass().getName(), e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException(where + " cannot be read: " + e.getClass().getName(), e);
            }
        }
    }

    private static Number number(Number number, String path) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger || number instanceof BigDecimal) {
            return number;
        }
        if (number instanceof Double || number instanceof Float) {
            if (Double.isFinite(number.doubleValue())) {
                return number;
            }
            throw new IllegalArgumentException(path + " is " + number + "; JSON has no NaN or infinity");
        }
        throw new IllegalArgumentException(path + " is " + describe(number)
                + "; return an Integer, Long, Double, BigInteger or BigDecimal");
    }

    private static String member(String path, String key) {
        return isIdentifier(key) ? path + "." + key : path + "[\"" + key.replace("\"", "\\\"") + "\"]";
    }

    private static boolean isIdentifier(String key) {
        if (key.isEmpty() || key.length() > 64 || !Character.isLetter(key.charAt(0)) && key.charAt(0) != '_') {
            return false;
        }
        return key.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }

    private static String describe(Object value) {
        Class<?> type = value.getClass();
        if (type.isArray()) {
            return "an array of " + type.getComponentType().getName();
        }
        return "a " + type.getName();
    }

    private static String hint(Object value) {
        if (value instanceof TemporalAccessor) {
            return "return epoch seconds or an ISO-8601 string";
        }
        if (value instanceof Optional) {
            return "return the value, or null when there is none";
        }
        if (value instanceof Enum) {
            return "return its name as a string";
        }
        if (value instanceof Character || value instanceof CharSequence) {
            return "return a String";
        }
        if (value instanceof Collection || value.getClass().isArray()) {
            return "return a List";
        }
        return "return a map, list, string, number, boolean or null instead";
    }
}
