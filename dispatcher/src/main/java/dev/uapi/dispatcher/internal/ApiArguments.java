package dev.uapi.dispatcher.internal;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.transform.ListTransforms;
import dev.uapi.dispatcher.transform.TransformOutcome;
import dev.uapi.spi.Arguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The dispatcher's own {@code api.*} arguments: taken out of a call before the function sees it, and applied
 * to a successful list result.
 */
public final class ApiArguments {

    private static final String PREFIX = "api.";

    /** Stateless; one per host. */
    @jakarta.inject.Inject
    public ApiArguments() {
    }

    /**
     * A call's arguments, split.
     *
     * @param functionArguments what the function sees
     * @param apiArguments the {@code api.*} keys with their text values
     */
    public record Split(Arguments functionArguments, Map<String, String> apiArguments) {
    }

    /** Takes the {@code api.*} keys out; allocates nothing when there are none. */
    public Split split(Arguments arguments) {
        boolean any = false;
        for (String key : arguments.keys()) {
            if (key.startsWith(PREFIX)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return new Split(arguments, Map.of());
        }
        Map<String, Object> rest = new LinkedHashMap<>();
        Map<String, String> api = new LinkedHashMap<>();
        arguments.asMap().forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                api.put(key, value instanceof String text ? text : String.valueOf(value));
            } else {
                rest.put(key, value);
            }
        });
        return new Split(Arguments.of(rest), api);
    }

    /**
     * Applies columns, filters, sorts and pagination to a successful call's list data; to any other data, adds
     * only the notes about invalid filter and sort arguments, as cPanel does.
     *
     * @param envelope the successful envelope
     * @param api the call's {@code api.*} arguments
     */
    public Envelope transform(Envelope envelope, Map<String, String> api) {
        return transform(envelope, api, item -> { });
    }

    /**
     * Applies the {@code api.*} arguments as {@link #transform(Envelope, Map)} does, and shows every item of a
     * list to {@code eachItem} when the transforms run ({@link ListTransforms#apply(List, Map, Consumer)}).
     *
     * @param envelope the successful envelope
     * @param api the call's {@code api.*} arguments
     * @param eachItem gets every item of the list when there are {@code api.*} arguments; what it throws
     *     propagates
     */
    public Envelope transform(Envelope envelope, Map<String, String> api, Consumer<Object> eachItem) {
        if (!(envelope.data() instanceof List<?> data)) {
            List<String> invalid = api.isEmpty() ? List.of() : ListTransforms.invalidArguments(api);
            return invalid.isEmpty() ? envelope : new Envelope(envelope.status(), envelope.errors(),
                    concat(envelope.messages(), invalid), envelope.warnings(), envelope.metadata(), envelope.data());
        }
        if (api.isEmpty()) {
            // What the transforms answer for a list without api.* arguments (cPanel marks it transformed all the
            // same), without walking or copying the list: a call that asks for nothing pays nothing.
            Map<String, Object> metadata = new LinkedHashMap<>(envelope.metadata());
            metadata.put(TransformOutcome.TRANSFORMED, 1);
            return new Envelope(1, null, envelope.messages(), envelope.warnings(), metadata, data);
        }
        TransformOutcome outcome = ListTransforms.apply(data, api, eachItem);
        Map<String, Object> metadata = new LinkedHashMap<>(envelope.metadata());
        // the dispatcher's keys win over a function's own metadata of the same name
        metadata.putAll(outcome.metadata());
        List<String> messages = concat(envelope.messages(), outcome.messages());
        if (!outcome.errors().isEmpty()) {
            return new Envelope(0, outcome.errors(), messages, envelope.warnings(), metadata, outcome.data());
        }
        return new Envelope(1, null, messages, envelope.warnings(), metadata, outcome.data());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        if (first == null || first.isEmpty()) {
            return second;
        }
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
