package dev.uapi.dispatcher.internal;

import static dev.uapi.dispatcher.modules.TestRegistries.factory;
import static dev.uapi.dispatcher.modules.TestRegistries.plugin;
import static dev.uapi.dispatcher.modules.TestRegistries.registry;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.accounts.AccountDirectory;
import dev.uapi.dispatcher.input.JsonObjectArguments;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import dev.uapi.spi.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dispatcher refuses a value that does not fit its parameter's declared type, before the handler runs. */
class DeclaredTypesTest {

    private static final String NOT_WHOLE = "The “limit” argument must be a whole number.";
    private static final String NOT_BOOLEAN = "The “pinned” argument must be 1 or 0.";
    private static final String NOT_TIME =
            "The “until” argument must be a Unix time: a whole number of seconds since 1970-01-01 UTC.";

    private final List<Arguments> handled = Collections.synchronizedList(new ArrayList<>());

    private final ApiModule typed = ApiModule.builder("Typed")
            .function(FunctionDeclaration.builder("read")
                    .parameter(Parameter.optional("limit", ParameterType.INTEGER, "How many.", "10"))
                    .parameter(Parameter.optional("pinned", ParameterType.BOOLEAN, "Pinned only.", "1"))
                    .parameter(Parameter.optional("until", ParameterType.UNIX_TIME, "Up to when.", "1893456000"))
                    .parameter(Parameter.optional("note", ParameterType.STRING, "Free text.", "x"))
                    .handler(call -> {
                        handled.add(call.arguments());
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("limit", call.arguments().optionalInteger("limit").orElse(-1));
                        data.put("pinned", call.arguments().bool("pinned", false) ? 1 : 0);
                        return Result.of(data);
                    })
                    .build())
            .build();

    private final DefaultDispatcher dispatcher = new DefaultDispatcher(
            registry(plugin("test.TypedPlugin", factory(typed))), new AccountDirectory(Map.of()), new ApiArguments());

    private Envelope call(Map<String, ?> arguments) {
        return dispatcher.call("alice", "Typed", "read", Arguments.of(arguments));
    }

    private Envelope callWithJson(String json) {
        return dispatcher.call("alice", "Typed", "read", Arguments.of(JsonObjectArguments.read(json.getBytes(UTF_8))));
    }

    @Test
    void valuesOfTheDeclaredTypesReachTheHandler() {
        Envelope answer = call(Map.of("limit", "-12", "pinned", "1", "until", "0", "note", "anything"));

        assertThat(answer.status()).isEqualTo(1);
        assertThat(answer.data()).isEqualTo(Map.of("limit", -12, "pinned", 1));
    }

    @Test
    void aValueThatIsNotOfItsTypeIsRefusedBeforeTheHandlerRunsWithOneTextForAllModules() {
        for (String notWhole : List.of("ten", "1.5", "1e3", "+1", " 1", "0x10", "١٢", "99999999999999999999")) {
            assertThat(call(Map.of("limit", notWhole)).errors()).as(notWhole).containsExactly(NOT_WHOLE);
        }
        for (String notBoolean : List.of("yes", "2", "TRUE", "-1")) {
            assertThat(call(Map.of("pinned", notBoolean)).errors()).as(notBoolean).containsExactly(NOT_BOOLEAN);
        }
        for (String notTime : List.of("tomorrow", "-1", "1.0", "99999999999999999")) {
            assertThat(call(Map.of("until", notTime)).errors()).as(notTime).containsExactly(NOT_TIME);
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void theFirstMistypedParameterInDeclarationOrderIsReported() {
        assertThat(call(Map.of("until", "x", "pinned", "x")).errors()).containsExactly(NOT_BOOLEAN);
    }

    @Test
    void anEmptyValueCountsAsNotGiven() {
        Envelope answer = call(Map.of("limit", "", "pinned", "", "until", ""));

        assertThat(answer.status()).isEqualTo(1);
        assertThat(answer.data()).isEqualTo(Map.of("limit", -1, "pinned", 0));
    }

    @Test
    void aWholeJsonNumberReachesAnIntegerParameterAsItsDigits() {
        assertThat(callWithJson("{\"limit\":1e3}").data()).isEqualTo(Map.of("limit", 1000, "pinned", 0));
        assertThat(callWithJson("{\"limit\":1000.0}").data()).isEqualTo(Map.of("limit", 1000, "pinned", 0));
        assertThat(callWithJson("{\"limit\":-7}").data()).isEqualTo(Map.of("limit", -7, "pinned", 0));
    }

    @Test
    void aFractionalJsonNumberOrABooleanIsRefusedForAnIntegerParameter() {
        assertThat(callWithJson("{\"limit\":1.5}").errors()).containsExactly(NOT_WHOLE);
        assertThat(callWithJson("{\"limit\":true}").errors()).containsExactly(NOT_WHOLE);
        assertThat(callWithJson("{\"limit\":1e999999999}").errors()).containsExactly(NOT_WHOLE);
        assertThat(handled).isEmpty();
    }

    @Test
    void jsonBooleansAreReadAsOneAndZero() {
        assertThat(callWithJson("{\"pinned\":true}").data()).isEqualTo(Map.of("limit", -1, "pinned", 1));
        assertThat(callWithJson("{\"pinned\":false}").data()).isEqualTo(Map.of("limit", -1, "pinned", 0));
        assertThat(callWithJson("{\"pinned\":1}").data()).isEqualTo(Map.of("limit", -1, "pinned", 1));
    }
}
