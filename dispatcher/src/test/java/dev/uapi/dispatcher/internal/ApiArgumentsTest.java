package dev.uapi.dispatcher.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.transform.ListTransforms;
import dev.uapi.dispatcher.transform.TransformOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shortcut for a list without {@code api.*} arguments answers exactly what the transforms answer. */
class ApiArgumentsTest {

    private final ApiArguments apiArguments = new ApiArguments();

    @Test
    void aListWithoutApiArgumentsGetsTheTransformsAnswerWithoutBeingCopied() {
        List<Object> lists = List.of(
                List.of(),
                List.of(Map.of("name", "a", "size", "3"), Map.of("name", "b")),
                Arrays.asList(null, "text", 4, List.of(1), Map.of("k", "v")));
        List<Envelope> envelopes = new ArrayList<>();
        for (Object data : lists) {
            envelopes.add(new Envelope(1, null, null, null, Map.of(), data));
            envelopes.add(new Envelope(1, null, List.of("from the function"), List.of("careful"),
                    Map.of("transformed", 0, "own", "kept"), data));
        }
        for (Envelope envelope : envelopes) {
            Envelope answered = apiArguments.transform(envelope, Map.of());

            assertThat(answered).isEqualTo(throughTheTransforms(envelope));
            assertThat(answered.data()).isSameAs(envelope.data());
            assertThat(answered.metadata()).containsEntry("transformed", 1);
        }
    }

    // What transform() answered before the shortcut: the outcome of every stage, merged into the envelope.
    private static Envelope throughTheTransforms(Envelope envelope) {
        TransformOutcome outcome = ListTransforms.apply((List<?>) envelope.data(), Map.of());
        Map<String, Object> metadata = new LinkedHashMap<>(envelope.metadata());
        metadata.putAll(outcome.metadata());
        List<String> messages = new ArrayList<>(envelope.messages() == null ? List.of() : envelope.messages());
        messages.addAll(outcome.messages());
        assertThat(outcome.errors()).isEmpty();
        return new Envelope(1, null, messages, envelope.warnings(), metadata, outcome.data());
    }
}
