package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the messages, errors and metadata that the stages of one call produce. One per call, one thread. */
final class TransformReport {

    private final List<String> messages = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private boolean filterNotApplied;

    TransformReport() {
        metadata.put(TransformOutcome.TRANSFORMED, 1);
    }

    void message(String text) {
        messages.add(text);
    }

    /**
     * cPanel's note about an unusable {@code api.*} argument set.
     *
     * @param kind {@code filter}, {@code sort} or {@code pagination}
     * @param arguments the set as JSON
     * @param reason what is wrong with it
     */
    void invalid(String kind, String arguments, String reason) {
        messages.add("The following “" + kind + "” arguments are invalid: " + arguments + " (" + reason + ")");
    }

    /** Notes that a valid filter was not applied, which stops every sort. */
    void filterNotApplied() {
        filterNotApplied = true;
    }

    boolean anyFilterNotApplied() {
        return filterNotApplied;
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    void error(String text) {
        errors.add(text);
    }

    void metadata(String key, Object value) {
        metadata.put(key, value);
    }

    /** The outcome; a call that failed (a start past the end) was not transformed, so it has no such key. */
    TransformOutcome outcome(List<Object> data) {
        if (!errors.isEmpty()) {
            metadata.remove(TransformOutcome.TRANSFORMED);
        }
        return new TransformOutcome(data, messages, errors, metadata);
    }
}
