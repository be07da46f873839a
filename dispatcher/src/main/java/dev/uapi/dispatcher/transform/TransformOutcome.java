package dev.uapi.dispatcher.transform;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code api.*} transforms made of a list result, for the dispatcher to put into the envelope.
 *
 * @param data the records to return: selected, filtered, sorted and paged (not paged when the start is past the
 *     end); may hold null items
 * @param messages dispatcher notes about {@code api.*} arguments that were ignored, in the order they arose
 * @param errors at most the pagination error; when not empty the call's {@code status} becomes 0
 * @param metadata the dispatcher's metadata keys: {@code transformed} always, and {@code invalid_columns},
 *     {@code records_before_filter} and {@code paginate} when they apply
 */
public record TransformOutcome(
        List<Object> data, List<String> messages, List<String> errors, Map<String, Object> metadata) {

    /** The metadata key every transformed list gets, with the value 1. */
    public static final String TRANSFORMED = "transformed";

    /** Copies every collection; {@code data} keeps its null items, which {@link List#copyOf} would refuse. */
    public TransformOutcome {
        data = Collections.unmodifiableList(new ArrayList<>(requireNonNull(data, "data is null")));
        messages = List.copyOf(messages);
        errors = List.copyOf(errors);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(metadata, "metadata is null")));
    }
}
