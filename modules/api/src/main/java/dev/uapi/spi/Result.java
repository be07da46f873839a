package dev.uapi.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handler returns: its data, with any messages, warnings, errors and metadata it adds.
 *
 * <p>Data and metadata values are {@linkplain PlainData plain JSON values}: {@code null}, {@link String},
 * numbers, {@link Boolean}, {@link Map} with string keys, {@link List}, or records of those; the dispatcher
 * checks them and renders them as JSON, YAML or XML. Any other value fails the call with an incident. A list
 * result gets the dispatcher's {@code api.*} columns, filters, sorts and pagination for free when its items
 * are maps.
 *
 * <p>A result is built by one handler on one thread and handed to the dispatcher once.
 *
 * <pre>{@code
 * return Result.of(Map.of("tfa_configured", 1)).message("Two-factor authentication is on.");
 * }</pre>
 */
public final class Result {

    private final Object data;
    private List<String> errors;
    private List<String> messages;
    private List<String> warnings;
    private Map<String, Object> metadata;

    private Result(Object data) {
        this.data = data;
    }

    /**
     * A successful result.
     *
     * @param data the function's return; may be null
     */
    public static Result of(Object data) {
        return new Result(data);
    }

    /** A successful result with {@code data} null. */
    public static Result empty() {
        return new Result(null);
    }

    /** Adds an informational message. */
    public Result message(String message) {
        messages = append(messages, message);
        return this;
    }

    /** Adds a warning. */
    public Result warning(String warning) {
        warnings = append(warnings, warning);
        return this;
    }

    /**
     * Adds an error: the call then has {@code status} 0, and the data (if any) is still returned. Prefer
     * throwing {@link ApiException} for a single failure.
     */
    public Result error(String error) {
        errors = append(errors, error);
        return this;
    }

    /** Adds a metadata entry. Keys the dispatcher owns ({@code transformed}, {@code paginate}, ...) are overwritten. */
    public Result metadata(String key, Object value) {
        if (metadata == null) {
            metadata = new LinkedHashMap<>();
        }
        metadata.put(key, value);
        return this;
    }

    /** The data, possibly null. */
    public Object data() {
        return data;
    }

    /** Whether the function succeeded (no error was added). */
    public boolean succeeded() {
        return errors == null;
    }

    /** The errors added, never null. */
    public List<String> errors() {
        return view(errors);
    }

    /** The messages added, never null. */
    public List<String> messages() {
        return view(messages);
    }

    /** The warnings added, never null. */
    public List<String> warnings() {
        return view(warnings);
    }

    /** The metadata added, never null. */
    public Map<String, Object> metadata() {
        return metadata == null ? Map.of() : Collections.unmodifiableMap(metadata);
    }

    private static List<String> append(List<String> list, String text) {
        List<String> target = list == null ? new ArrayList<>(2) : list;
        target.add(java.util.Objects.requireNonNull(text, "text is null"));
        return target;
    }

    private static List<String> view(List<String> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }
}
