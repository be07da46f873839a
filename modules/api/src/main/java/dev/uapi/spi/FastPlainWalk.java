package dev.uapi.spi;

import static dev.uapi.spi.PlainData.MAX_DEPTH;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The walk of {@link PlainData}'s careful walk without its paths: every call copies a handler's data, and the path of each
 * value, built as text for the error that almost never comes, cost more than the copy. The containers on
 * the current path are an array rather than a set, since data is rarely more than a few levels deep.
 */
final class FastPlainWalk {

    // false for check(): the same walk, returning each container itself instead of a copy
    private final boolean copying;
    // grown as the data nests deeper: most data is a few levels deep, and a walk is made per call
    private Object[] path = new Object[8];
    // what copies the small maps of each depth, made when the walk first gets there
    private SmallMapReader[] readers = new SmallMapReader[8];

    FastPlainWalk(boolean copying) {
        this.copying = copying;
    }

    /** Makes {@code container} the walk's level 0, for a walk of its items from level 1. */
    void startInside(Object container) {
        path[0] = container;
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

    /**
     * Copies the small maps at one depth of a {@link FastPlainWalk} into {@link SmallPlainMap}s. The records of a list
     * mostly have the same keys in the same order: each copy then shares the key array of the map copied before
     * it at the same depth, and a new array is made only from the first key that differs (a shared array is never
     * written). Not reentrant: the values of a map are copied by the reader of the next depth.
     */
    private static final class SmallMapReader implements BiConsumer<Object, Object> {

        private final FastPlainWalk walk;
        private final int depth;
        private String[] lastKeys = new String[0];
        private String[] keys;
        private Object[] values;
        private boolean shared;
        private int count;

        SmallMapReader(FastPlainWalk walk, int depth) {
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

    /** Thrown by {@link FastPlainWalk} at the first value that is not plain; the careful walk then says which. */
    static final class NotPlain extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }
}
