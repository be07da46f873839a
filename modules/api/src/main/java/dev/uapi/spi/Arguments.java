package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The arguments of one call, with the typed reads of the UAPI contract and their exact error texts.
 *
 * <p>Values are URI-decoded strings, or, for functions that accept nested data, JSON objects and arrays as
 * {@link Map}s and {@link List}s. Repeated keys arrive already spread out as {@code k}, {@code k-0},
 * {@code k-1}, ... (see {@link Builder#add}); a {@linkplain #multiple multiple read} gathers them back.
 * Immutable and safe to share.
 *
 * <p>The typed reads ({@link #integer}, {@link #longValue}, {@link #bool}, {@link #unixTime} and their optional
 * forms) parse a value and refuse it with one text for all modules, the same text the dispatcher answers when
 * a value does not fit a parameter's declared {@link ParameterType}:
 *
 * <pre>{@code
 * int limit = arguments.optionalInteger("limit", 1, 100).orElse(20); // The “limit” argument must be a whole number from 1 to 100.
 * boolean pinned = arguments.bool("pinned", false);                   // The “pinned” argument must be 1 or 0.
 * Optional<Instant> until = arguments.optionalUnixTime("until");
 * }</pre>
 */
public final class Arguments {

    private static final Arguments EMPTY = new Arguments(Map.of());

    private final Map<String, Object> values;

    private Arguments(Map<String, Object> values) {
        this.values = values;
    }

    /** No arguments. */
    public static Arguments empty() {
        return EMPTY;
    }

    /**
     * Arguments from a map, taken as they are (no spreading of repeated keys).
     *
     * @param values keys to strings, or to nested maps and lists; copied
     */
    public static Arguments of(Map<String, ?> values) {
        return new Arguments(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** Starts building arguments in the order a request gives them. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the call gives {@code key}, even empty. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * The value of an optional argument.
     *
     * @return the value, or null when the call does not give it
     * @throws ApiException when the value is nested data, not text
     */
    public String optional(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ApiException("The “" + key + "” argument must be a string.");
    }

    /**
     * The value of a required argument, which may be empty.
     *
     * @throws ApiException {@code Provide the “k” argument.}
     */
    public String required(String key) {
        String value = optional(key);
        if (value == null) {
            throw new ApiException(missingText(List.of(key)));
        }
        return value;
    }

    /**
     * The value of a required argument that must not be empty.
     *
     * @throws ApiException {@code Provide the “k” argument.} or {@code The “k” argument cannot be empty.}
     */
    public String requiredNonEmpty(String key) {
        String value = required(key);
        if (value.isEmpty()) {
            throw new ApiException("The “" + key + "” argument cannot be empty.");
        }
        return value;
    }

    /**
     * Checks that every one of several required arguments is given, reporting all that are missing at once.
     *
     * @throws ApiException {@code Provide the “a” argument.}, {@code Provide the “a” and “b” arguments.} or
     *     {@code Provide the “a”, “b”, and “c” arguments.}
     */
    public void requireAll(String... keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!values.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(missingText(missing));
        }
    }

    /**
     * Every value of a repeatable argument: {@code k} first, then {@code k-N} in numeric order of N.
     *
     * @return the values, possibly none
     */
    public List<String> multiple(String key) {
        List<String> found = new ArrayList<>();
        String first = optional(key);
        if (first != null) {
            found.add(first);
        }
        String prefix = key + "-";
        Map<Long, String> numbered = new TreeMap<>();
        for (String candidate : values.keySet()) {
            if (candidate.startsWith(prefix)) {
                Long index = index(candidate.substring(prefix.length()));
                if (index != null) {
                    numbered.put(index, optional(candidate));
                }
            }
        }
        found.addAll(numbered.values());
        return List.copyOf(found);
    }

    /**
     * Every value of a repeatable argument, at least one.
     *
     * @throws ApiException {@code Provide at least one “k” argument.}
     */
    public List<String> requiredMultiple(String key) {
        List<String> found = multiple(key);
        if (found.isEmpty()) {
            throw new ApiException("Provide at least one “" + key + "” argument.");
        }
        return found;
    }

    /**
     * Every value of a repeatable argument, at least one, none of them empty.
     *
     * @throws ApiException {@code Provide at least one “k” argument.} or
     *     {@code The “k” arguments cannot be empty.}
     */
    public List<String> requiredMultipleNonEmpty(String key) {
        List<String> found = requiredMultiple(key);
        for (String value : found) {
            if (value.isEmpty()) {
                throw new ApiException("The “" + key + "” arguments cannot be empty.");
            }
        }
        return found;
    }

    /**
     * A required whole number that fits an {@code int}.
     *
     * @throws ApiException {@code Provide the “k” argument.}, {@code The “k” argument cannot be empty.} or
     *     {@code The “k” argument must be a whole number.}
     */
    public int integer(String key) {
        return integer(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * A required whole number from {@code min} to {@code max}, both included.
     *
     * @throws ApiException as {@link #integer(String)}, and {@code The “k” argument must be a whole number from
     *     <min> to <max>.}
     */
    public int integer(String key, int min, int max) {
        return (int) longValue(key, min, max);
    }

    /**
     * An optional whole number that fits an {@code int}; an empty value counts as not given.
     *
     * @throws ApiException {@code The “k” argument must be a whole number.}
     */
    public OptionalInt optionalInteger(String key) {
        return optionalInteger(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * An optional whole number from {@code min} to {@code max}; an empty value counts as not given.
     *
     * @throws ApiException as {@link #integer(String, int, int)}
     */
    public OptionalInt optionalInteger(String key, int min, int max) {
        OptionalLong value = optionalLong(key, min, max);
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    /**
     * A required whole number that fits a {@code long}.
     *
     * @throws ApiException as {@link #integer(String)}
     */
    public long longValue(String key) {
        return longValue(key, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * A required whole number from {@code min} to {@code max}, both included.
     *
     * @throws ApiException as {@link #integer(String, int, int)}
     */
    public long longValue(String key, long min, long max) {
        requireText(key);
        return optionalLong(key, min, max).getAsLong();
    }

    /**
     * An optional whole number that fits a {@code long}; an empty value counts as not given.
     *
     * @throws ApiException {@code The “k” argument must be a whole number.}
     */
    public OptionalLong optionalLong(String key) {
        return optionalLong(key, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * An optional whole number from {@code min} to {@code max}; an empty value counts as not given.
     *
     * @throws ApiException as {@link #integer(String, int, int)}
     */
    public OptionalLong optionalLong(String key, long min, long max) {
        String text = typedText(key, ParameterType.INTEGER);
        if (text == null) {
            return OptionalLong.empty();
        }
        Long value = TypedValues.wholeNumber(text);
        if (value == null) {
            throw bounded(key, min, max, TypedValues.notA(ParameterType.INTEGER, key));
        }
        if (value < min || value > max) {
            throw TypedValues.outOfRange(key, min, max);
        }
        return OptionalLong.of(value);
    }

    /**
     * A required boolean in cPanel's sense: {@code 1} is true and {@code 0} is false ({@code true} and
     * {@code false}, as a JSON body sends them, are read the same way).
     *
     * @throws ApiException {@code Provide the “k” argument.}, {@code The “k” argument cannot be empty.} or
     *     {@code The “k” argument must be 1 or 0.}
     */
    public boolean bool(String key) {
        requireText(key);
        return bool(key, false);
    }

    /**
     * An optional boolean, as {@link #bool(String)}; an empty value counts as not given.
     *
     * @param defaultValue the answer when the call does not give it
     * @throws ApiException {@code The “k” argument must be 1 or 0.}
     */
    public boolean bool(String key, boolean defaultValue) {
        String text = typedText(key, ParameterType.BOOLEAN);
        if (text == null) {
            return defaultValue;
        }
        Boolean value = TypedValues.bool(text);
        if (value == null) {
            throw TypedValues.notA(ParameterType.BOOLEAN, key);
        }
        return value;
    }

    /**
     * A required Unix time: whole seconds since 1970-01-01 UTC, {@code 0} or more.
     *
     * @throws ApiException {@code Provide the “k” argument.}, {@code The “k” argument cannot be empty.} or
     *     {@code The “k” argument must be a Unix time: a whole number of seconds since 1970-01-01 UTC.}
     */
    public Instant unixTime(String key) {
        requireText(key);
        return optionalUnixTime(key).orElseThrow();
    }

    /**
     * An optional Unix time, as {@link #unixTime(String)}; an empty value counts as not given.
     *
     * @throws ApiException {@code The “k” argument must be a Unix time: ...}
     */
    public Optional<Instant> optionalUnixTime(String key) {
        String text = typedText(key, ParameterType.UNIX_TIME);
        if (text == null) {
            return Optional.empty();
        }
        Instant value = TypedValues.unixTime(text);
        if (value == null) {
            throw TypedValues.notA(ParameterType.UNIX_TIME, key);
        }
        return Optional.of(value);
    }

    /**
     * Checks the call's value of a declared parameter against the parameter's type, with the texts of the
     * typed reads. The dispatcher calls it for every declared parameter before the handler runs; a value that
     * is absent or empty passes (whether it is required is the handler's read to decide).
     *
     * @throws ApiException the typed read's text, when the value is not of the parameter's type
     */
    public void checkType(Parameter parameter) {
        ParameterType type = parameter.type();
        if (type == ParameterType.STRING || type == ParameterType.NESTED) {
            return;
        }
        String text = typedText(parameter.name(), type);
        if (text != null && !TypedValues.fits(type, text)) {
            throw TypedValues.notA(type, parameter.name());
        }
    }

    /**
     * A nested value (object or array) from a JSON body, or a plain string.
     *
     * @return a {@code Map<String, Object>}, a {@code List<Object>}, a {@code String}, or null when absent
     */
    public Object nested(String key) {
        return values.get(key);
    }

    /** The keys, in request order. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** The arguments as an unmodifiable map, in request order. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** Shows the keys only: values may be secrets. */
    @Override
    public String toString() {
        return "Arguments" + values.keySet();
    }

    // null when absent or empty; nested data is not a value of any typed parameter
    private String typedText(String key, ParameterType type) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw TypedValues.notA(type, key);
        }
        return text.isEmpty() ? null : text;
    }

    // the texts of required and requiredNonEmpty; a value that is not text is the typed read's to refuse
    private void requireText(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new ApiException(missingText(List.of(key)));
        }
        if ("".equals(value)) {
            throw new ApiException("The “" + key + "” argument cannot be empty.");
        }
    }

    private static ApiException bounded(String key, long min, long max, ApiException unbounded) {
        boolean anyLong = min == Long.MIN_VALUE && max == Long.MAX_VALUE;
        boolean anyInt = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE;
        return anyLong || anyInt ? unbounded : TypedValues.outOfRange(key, min, max);
    }

    private static Long index(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(digits);
    }

    private static String missingText(List<String> keys) {
        if (keys.size() == 1) {
            return "Provide the “" + keys.get(0) + "” argument.";
        }
        if (keys.size() == 2) {
            return "Provide the “" + keys.get(0) + "” and “" + keys.get(1) + "” arguments.";
        }
        StringBuilder text = new StringBuilder("Provide the ");
        for (int i = 0; i < keys.size() - 1; i++) {
            text.append('“').append(keys.get(i)).append("”, ");
        }
        return text.append("and “").append(keys.get(keys.size() - 1)).append("” arguments.").toString();
    }

    /**
     * Collects arguments in request order, spreading repeated keys as the contract asks: {@code k=a&k=b&k=c}
     * becomes {@code k=a}, {@code k-0=b}, {@code k-1=c}. Not thread-safe; one per request.
     */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final Map<String, Integer> nextIndex = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds one value; a key seen before is stored under the next free {@code k-N}.
         *
         * @param key the key, never null
         * @param value a string, or a nested map or list from a JSON body
         */
        public Builder add(String key, Object value) {
            requireNonNull(key, "key is null");
            requireNonNull(value, "value of " + key + " is null");
            if (!values.containsKey(key)) {
                values.put(key, value);
                return this;
            }
            int index = nextIndex.getOrDefault(key, 0);
            while (values.containsKey(key + "-" + index)) {
                index++;
            }
            values.put(key + "-" + index, value);
            nextIndex.put(key, index + 1);
            return this;
        }

        /** Builds the arguments. */
        public Arguments build() {
            return new Arguments(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }
}
