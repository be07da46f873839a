package dev.uapi.dispatcher;

import java.util.List;
import java.util.Map;

/**
 * The result of one call, as every front end returns it: exactly the six fields of the UAPI contract.
 *
 * <p>HTTP renders it bare; the command line wraps it in {@code {"apiversion":3,"func":...,"module":...,
 * "result":{...}}}.
 *
 * @param status 1 when the function succeeded, 0 otherwise
 * @param errors null until the first error, then the error lines
 * @param messages null or informational notes (the dispatcher's notes on bad {@code api.*} arguments too)
 * @param warnings null or warnings
 * @param metadata never null; {@code {}} by default
 * @param data the function's return, possibly null
 */
public record Envelope(
        int status,
        List<String> errors,
        List<String> messages,
        List<String> warnings,
        Map<String, Object> metadata,
        Object data) {

    /** Copies the lists and the metadata; an empty list becomes null, as the contract renders it. */
    public Envelope {
        errors = orNull(errors);
        messages = orNull(messages);
        warnings = orNull(warnings);
        metadata = metadata == null || metadata.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /**
     * A failed call with one error line and nothing else, for failures before a function runs (and for the
     * bodies of HTTP 4xx/5xx answers).
     */
    public static Envelope failure(String error) {
        return new Envelope(0, List.of(error), null, null, Map.of(), null);
    }

    private static List<String> orNull(List<String> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }
}
