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

    TransformReport() {
        metadata.put("transformed", 1);
    }

    void message(String text) {
        messages.add(text);
    }

    void error(String text) {
        errors.add(text);
    }

    void metadata(String key, Object value) {
        metadata.put(key, value);
    }

    TransformOutcome outcome(List<Object> data) {
        return new TransformOutcome(data, messages, errors, metadata);
    }
}
