package dev.uapi.dispatcher.rules;

import static dev.uapi.dispatcher.modules.TestRegistries.plugin;
import static dev.uapi.dispatcher.modules.TestRegistries.registry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.accounts.AccountDirectory;
import dev.uapi.dispatcher.internal.ApiArguments;
import dev.uapi.dispatcher.internal.DefaultDispatcher;
import dev.uapi.dispatcher.render.EnvelopeRenderer;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.ModuleFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cPanel rule of the {@code api.*} arguments (issue 11) as one row of {@code api-rules.tsv}: a call of
 * {@link ApiRulesPlugin}'s module with a query string, and the exact HTTP body it must answer. {@code .ci/e2e-server}
 * runs the same rows through the real {@code bin/uapid} and {@code bin/uapi} and checks that both answer this.
 */
class ApiRulesTableTest {

    /** The table, shared with {@code .ci/e2e-server}. */
    static final String TABLE = "/api-rules.tsv";

    private final DefaultDispatcher dispatcher = new DefaultDispatcher(
            registry(plugin("dev.uapi.dispatcher.rules.ApiRulesPlugin",
                    new ApiRulesPlugin().moduleFactories().toArray(ModuleFactory[]::new))),
            new AccountDirectory(Map.of()), new ApiArguments());

    /** One row: rule, function, query string (percent-encoded, no {@code +}), expected compact JSON envelope. */
    record Row(String rule, String function, String query, String expected) {

        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ApiRulesTableTest.class.getResourceAsStream(TABLE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertThat(cells).as(line).hasSize(4);
                rows.add(new Row(cells[0], cells[1], cells[2], cells[3]));
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(13);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theAnswerIsCpanels(Row row) {
        Envelope envelope = dispatcher.call("alice", "ApiRules", row.function(), Arguments.of(query(row.query())));

        assertThat(new String(EnvelopeRenderer.json(envelope), StandardCharsets.UTF_8))
                .isEqualTo(row.expected() + "\n");
    }

    private static Map<String, Object> query(String query) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                arguments.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return arguments;
    }
}
