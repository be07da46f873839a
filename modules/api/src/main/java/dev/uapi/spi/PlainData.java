package dev.uapi.spi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
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
        FastWalk walk = new FastWalk(false);
        // the list is the walk's level 0, as it is for problem(list)
        walk.path[0] = list;
        return item -> {
            try {
                walk.copy(item, 1);
                return true;
            } catch (NotPlain e) {
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
            return new FastWalk(true).copy(data, 0);
        } catch (NotPlain e) {
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
            new FastWalk(false).copy(data, 0);
        } catch (NotPlain e) {
            new Walk().copy(data, name, 0);
        }
    }

    /**
     * The walk of {@link Walk} without its paths: every call copies a handler's data, and the path of each
     * value, built as text for the error that almost never comes, cost more than the copy. The containers on
     * the current path are an array rather than a set, since data is rarely more than a few levels deep.
     */
    private static final class FastWalk {

        // false for check(): the same walk, returning each container itself instead of a copy
        private final boolean copying;
        // grown as the data nests deeper: most data is a few levels deep, and a walk is made per call
        private Object[] path = new Object[8];
        // what copies the small maps of each depth, made when the walk first gets there
        private SmallMapReader[] readers = new SmallMapReader[8];

        FastWalk(boolean copying) {
            this.copying = copying;
        }

        Object copy(Object value, int depth) {
            if (value == null || value instanceof String || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Number number) {
                return plainNumber(number);
            }
            if (!(value instanceof Map || value instanceof List || value instanceof Record) || depth >= MAX_DEPTH) {
                throw NotPlain.INSTANCE;
            }
            for (int i = 0; i < depth; i++) {
                if (path[i] == value) {
                    throw NotPlain.INSTANCE;
                }
            }
            if (depth == path.length) {
                path = Arrays.copyOf(path, Math.min(MAX_DEPTH, 2 * path.length));
            }
            path[depth] = value;
            if (value instanceof Map<?, ?> map) {
                if (!copying) {
                    checkMap(map, depth);
                    return map;
                }
                return map.size() <= SmallPlainMap.MAX_SIZE ? smallMap(map, depth) : largeMap(map, depth);
            }
            if (value instanceof List<?> list) {
                if (!copying) {
                    for (Object item : list) {
                        copy(item, depth + 1);
                    }
                    return list;
                }
                List<Object> copy = new ArrayList<>(list.size());
                for (Object item : list) {
                    copy.add(copy(item, depth + 1));
                }
                return Collections.unmodifiableList(copy);
            }
            Method[] accessors = ACCESSORS.get(value.getClass());
            if (accessors == null) {
                throw NotPlain.INSTANCE;
            }
            String[] names = copying ? new String[accessors.length] : null;
            Object[] components = copying ? new Object[accessors.length] : null;
            for (int i = 0; i < accessors.length; i++) {
                Object component;
                try {
                    component = accessors[i].invoke(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw NotPlain.INSTANCE;
                }
                Object plain = copy(component, depth + 1);
                if (copying) {
                    names[i] = accessors[i].getName();
                    components[i] = plain;
                }
            }
            if (!copying) {
                return value;
            }
            return accessors.length <= SmallPlainMap.MAX_SIZE ? new SmallPlainMap(names, components)
                    : Collections.unmodifiableMap(ordered(names, components));
        }

        private void checkMap(Map<?, ?> map, int depth) {
            map.forEach((key, item) -> {
                if (!(key instanceof String)) {
                    throw NotPlain.INSTANCE;
                }
                copy(item, depth + 1);
            });
        }

        // forEach rather than entrySet: an unmodifiable view then wraps no entry. One reader per depth, reused
        // for every map there, so that copying a record allocates its values and its map only.
        private Map<String, Object> smallMap(Map<?, ?> map, int depth) {
            if (depth >= readers.length) {
                readers = Arrays.copyOf(readers, Math.min(MAX_DEPTH, Math.max(depth + 1, 2 * readers.length)));
            }
            if (readers[depth] == null) {
                readers[depth] = new SmallMapReader(this, depth);
            }
            return readers[depth].copy(map);
        }

        private Map<String, Object> largeMap(Map<?, ?> map, int depth) {
            Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
            map.forEach((key, item) -> {
                if (!(key instanceof String text)) {
                    throw NotPlain.INSTANCE;
                }
                copy.put(text, copy(item, depth + 1));
            });
            return Collections.unmodifiableMap(copy);
        }

        private static Map<String, Object> ordered(String[] keys, Object[] values) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) {
                map.put(keys[i], values[i]);
            }
            return map;
        }

        private static Number plainNumber(Number number) {
            if (number instanceof Integer || number instanceof Long || number instanceof Short
                    || number instanceof Byte || number instanceof BigInteger || number instanceof BigDecimal) {
                return number;
            }
            if ((number instanceof Double || number instanceof Float) && Double.isFinite(number.doubleValue())) {
                return number;
            }
            throw NotPlain.INSTANCE;
        }
    }

    /**
     * Copies the small maps at one depth of a {@link FastWalk} into {@link SmallPlainMap}s. The records of a list
     * mostly have the same keys in the same order: each copy then shares the key array of the map copied before
     * it at the same depth, and a new array is made only from the first key that differs (a shared array is never
     * written). Not reentrant: the values of a map are copied by the reader of the next depth.
     */
    private static final class SmallMapReader implements BiConsumer<Object, Object> {

        private final FastWalk walk;
        private final int depth;
        private String[] lastKeys = new String[0];
        private String[] keys;
        private Object[] values;
        private boolean shared;
        private int count;

        SmallMapReader(FastWalk walk, int depth) {
            this.walk = walk;
            this.depth = depth;
        }

        Map<String, Object> copy(Map<?, ?> map) {
            int size = map.size();
            shared = lastKeys.length == size;
            keys = shared ? lastKeys : new String[size];
            values = new Object[size];
            count = 0;
            map.forEach(this);
            if (count != size) {
                // a map whose size() and contents disagree: the careful walk copies what it holds
                throw NotPlain.INSTANCE;
            }
            lastKeys = keys;
            return new SmallPlainMap(keys, values);
        }

        @Override
        public void accept(Object key, Object item) {
            if (!(key instanceof String text) || count == keys.length) {
                throw NotPlain.INSTANCE;
            }
            if (shared && !text.equals(keys[count])) {
                keys = Arrays.copyOf(keys, keys.length);
                shared = false;
            }
            if (!shared) {
                keys[count] = text;
            }
            // copied before count moves on: a nested map of this depth's values is read by the next reader
            values[count] = walk.copy(item, depth + 1);
            count++;
        }
    }

    /** Each record class's accessors, made accessible once; a class whose accessors cannot be has none. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = components[i].getAccessor();
                    accessors[i].setAccessible(true);
                }
            } catch (RuntimeException e) {
                return null;
            }
            return accessors;
        }
    };

    /** Thrown by {@link FastWalk} at the first value that is not plain; {@link Walk} then says which. */
    private static final class NotPlain extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
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
