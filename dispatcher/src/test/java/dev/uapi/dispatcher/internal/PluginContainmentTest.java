package dev.uapi.dispatcher.internal;

import static dev.uapi.dispatcher.modules.TestRegistries.factory;
import static dev.uapi.dispatcher.modules.TestRegistries.plugin;
import static dev.uapi.dispatcher.modules.TestRegistries.registry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.accounts.AccountDirectory;
import dev.uapi.dispatcher.render.EnvelopeRenderer;
import dev.uapi.dispatcher.render.OutputFormat;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Result;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whatever a handler throws or returns, the call fails with an incident and the dispatcher goes on. */
class PluginContainmentTest {

    private static final String GENERIC = "An unexpected error occurred in Hostile::%s \\(incident [0-9a-f]{10}\\)\\."
            + " The server log has the details\\.";

    /** A record with a component that is not plain. */
    record Stamped(String name, Object at) {
    }

    /** A record whose accessor fails. */
    record Fragile(String name) {
        @Override
        public String name() {
            throw new IllegalStateException("accessor secret");
        }
    }

    /** A record whose iteration works but whose lookups fail, as only the transforms use them. */
    static final class UnreadableRecord extends java.util.AbstractMap<String, Object> {
        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            return Map.<String, Object>of("size", 2).entrySet();
        }

        @Override
        public Object get(Object key) {
            throw new IllegalStateException("lookup secret");
        }
    }

    private final List<String> fatal = new ArrayList<>();
    private final ApiModule hostile = ApiModule.builder("Hostile")
            .function(function("overflow", call -> recurse(call)))
            .function(function("error", call -> {
                throw new AssertionError("internal detail");
            }))
            .function(function("oom", call -> Result.of(new long[Integer.MAX_VALUE - 16].length)))
            .function(function("instant", call -> Result.of(List.of(new Stamped("a", 1), new Stamped("b", Instant.EPOCH)))))
            .function(function("optional", call -> Result.of(Optional.empty())))
            .function(function("fragile", call -> Result.of(new Fragile("x"))))
            .function(function("metadata", call -> Result.empty().metadata("when", Instant.EPOCH)))
            .function(function("records", call -> Result.of(List.of(new Stamped("a", 1), new Stamped("b", 2)))))
            .function(function("failed_with_odd_data", call -> Result.of(new Object()).error("Nope.")))
            .function(function("late_instant", call -> Result.of(sizes(Instant.EPOCH))))
            .function(function("sizes", call -> Result.of(sizes(7))))
            .function(function("unreadable", call -> Result.of(List.of(Map.of("size", 1), new UnreadableRecord()))))
            .build();
    private final List<Map<String, Object>> lastSizes = new ArrayList<>();

    // 100 records with sizes 0 to 99, and a last one whose "extra" is the given value
    private List<Map<String, Object>> sizes(Object extra) {
        lastSizes.clear();
        for (int i = 0; i < 100; i++) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("size", i);
            record.put("extra", i == 99 ? extra : "x");
            lastSizes.add(record);
        }
        return lastSizes;
    }

    private final DefaultDispatcher dispatcher = new DefaultDispatcher(
            registry(plugin("test.Hostile", factory(hostile)), plugin("test.Good", factory(ApiModule.builder("Good")
                    .function(function("ping", call -> Result.of("pong"))).build()))),
            new AccountDirectory(Map.of()), new ApiArguments(),
            (incident, where, error) -> fatal.add(where + " " + error.getClass().getSimpleName()));

    private static FunctionDeclaration function(String name, FunctionHandler handler) {
        return FunctionDeclaration.builder(name).handler(handler).build();
    }

    private static Result recurse(dev.uapi.spi.Call call) {
        return recurse(call);
    }

    private Envelope call(String function) {
        return dispatcher.call("alice", "Hostile", function, Arguments.empty());
    }

    private void assertIncident(String function) {
        Envelope answer = call(function);
        assertThat(answer.status()).as(function).isZero();
        assertThat(answer.data()).as(function).isNull();
        assertThat(answer.errors()).as(function).singleElement().asString().matches(GENERIC.formatted(function));
    }

    @Test
    void errorsAreContainedLikeExceptions() {
        assertIncident("overflow");
        assertIncident("error");
        assertThat(fatal).isEmpty();
        assertThat(dispatcher.call("alice", "Good", "ping", Arguments.empty()).data()).isEqualTo("pong");
    }

    @Test
    void runningOutOfMemoryIsAnsweredAndThenHandedToTheFatalErrorPolicy() {
        assertIncident("oom");
        assertThat(fatal).containsExactly("Hostile::oom OutOfMemoryError");
    }

    @Test
    void dataOrMetadataThatIsNotPlainFailsTheCallWhateverTheResultsStatus() {
        assertIncident("instant");
        assertIncident("optional");
        assertIncident("fragile");
        assertIncident("metadata");
        assertIncident("failed_with_odd_data");
    }

    @Test
    void recordsAreRenderedAsObjectsAndTheApiTransformsSeeTheirFields() {
        Envelope answer = dispatcher.call("alice", "Hostile", "records",
                Arguments.of(Map.of("api.sort_column", "at", "api.sort_reverse", "1")));

        assertThat(answer.status()).isEqualTo(1);
        assertThat(answer.data()).isEqualTo(List.of(Map.of("name", "b", "at", 2), Map.of("name", "a", "at", 1)));
        assertThat(new String(EnvelopeRenderer.json(answer), StandardCharsets.UTF_8))
                .contains("\"data\":[{\"name\":\"b\",\"at\":2},{\"name\":\"a\",\"at\":1}]");
        assertThat(EnvelopeRenderer.wrapped(OutputFormat.XML, "Hostile", "records", answer)).contains("<name>b</name>");
    }

    @Test
    void withApiArgumentsEveryRecordIsCheckedEvenThoseTheFiltersAndThePageDrop() {
        Map<String, String> dropsTheLast = Map.of("api.filter_column", "size", "api.filter_type", "lt",
                "api.filter_term", "10");
        Map<String, String> pageOfOne = Map.of("api.sort_column", "size", "api.sort_method", "numeric",
                "api.paginate_size", "1");
        for (Map<String, String> api : List.of(dropsTheLast, pageOfOne)) {
            Envelope answer = dispatcher.call("alice", "Hostile", "late_instant", Arguments.of(api));
            assertThat(answer.status()).as("%s", api).isZero();
            assertThat(answer.errors()).singleElement().asString().matches(GENERIC.formatted("late_instant"));
        }
    }

    @Test
    void aRecordThatIsNotPlainOutsideThePageFailsTheCallAsItDoesWithoutApiArguments() {
        Envelope plain = dispatcher.call("alice", "Hostile", "late_instant", Arguments.empty());
        Envelope paged = dispatcher.call("alice", "Hostile", "late_instant", Arguments.of(Map.of(
                "api.sort_column", "size", "api.sort_method", "numeric", "api.paginate_size", "10")));

        assertThat(withoutIncident(paged)).isEqualTo(withoutIncident(plain));
        assertThat(paged.status()).isZero();
        assertThat(paged.errors()).singleElement().asString().matches(GENERIC.formatted("late_instant"));
        assertThat(fatal).isEmpty();
    }

    @Test
    void aRecordThatFailsWhileTheTransformsReadItFailsTheCall() {
        Envelope answer = dispatcher.call("alice", "Hostile", "unreadable", Arguments.of(Map.of(
                "api.sort_column", "size", "api.sort_method", "numeric")));

        assertThat(answer.status()).isZero();
        assertThat(answer.data()).isNull();
        assertThat(answer.errors()).singleElement().asString().matches(GENERIC.formatted("unreadable"));
    }

    private static Envelope withoutIncident(Envelope envelope) {
        return new Envelope(envelope.status(), envelope.errors().stream()
                .map(error -> error.replaceAll("incident [0-9a-f]+", "incident")).toList(),
                envelope.messages(), envelope.warnings(), envelope.metadata(), envelope.data());
    }

    @Test
    void withApiArgumentsWhatIsReturnedIsACopyTheModuleCannotChangeAfterwards() {
        Envelope answer = dispatcher.call("alice", "Hostile", "sizes", Arguments.of(Map.of("api.sort_column", "size",
                "api.sort_method", "numeric", "api.sort_reverse", "1", "api.paginate_size", "2")));

        assertThat(answer.status()).isEqualTo(1);
        assertThat(answer.data()).isEqualTo(List.of(Map.of("size", 99, "extra", 7), Map.of("size", 98, "extra", "x")));
        Object first = ((List<?>) answer.data()).get(0);
        assertThat(first).isNotSameAs(lastSizes.get(99));
        lastSizes.get(99).put("extra", Instant.EPOCH);
        assertThat(first).isEqualTo(Map.of("size", 99, "extra", 7));
    }
}
