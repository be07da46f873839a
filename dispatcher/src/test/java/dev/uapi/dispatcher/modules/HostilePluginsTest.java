package dev.uapi.dispatcher.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.cli.UapiMain;
import dev.uapi.spi.Arguments;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link HostilePlugins} set in a real host: every failure is contained and named once, callers get the
 * contract's generic text with an incident id, and the host's own modules go on working.
 */
class HostilePluginsTest {

    private static final String INCIDENT = "\\(incident [0-9a-f]{10}\\)";

    @TempDir
    static Path home;

    private static Host host;
    private static final List<String> fatal = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        HostilePlugins.writeTo(home.resolve("plugins"));
        host = Host.start(home, (incident, where, error) -> fatal.add(where + " " + error.getClass().getName()));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static Envelope call(String module, String function) {
        return host.dispatcher().call("alice", module, function, Arguments.empty());
    }

    private static List<String> problems() {
        return host.loadAll().stream().map(StartupProblem::describe).toList();
    }

    @Test
    void eachBrokenPluginIsNamedOnceWithWhatWentWrong() {
        List<String> problems = problems();

        assertThat(problems).hasSize(4);
        assertThat(problems).anySatisfy(line -> assertThat(line).matches("plugin hostile.recursing.Plugin"
                + " \\(plugins/recursing\\), module Recursing: create\\(\\) failed: java.lang.StackOverflowError "
                + INCIDENT));
        assertThat(problems).contains("plugin hostile.unlisted.Plugin (plugins/unlisted): moduleFactories() failed:"
                + " java.lang.StackOverflowError");
        assertThat(problems).contains("plugin hostile.nameless.Plugin (plugins/nameless): moduleName() failed:"
                + " java.lang.AssertionError: no name today");
        assertThat(problems).anySatisfy(line -> assertThat(line).matches("plugin hostile.bandwidth.Plugin"
                + " \\(plugins/bandwidth\\), module Bandwidth: create\\(\\) failed: needs class"
                + " com.google.inject.Stage, which no jar in plugins/bandwidth provides " + INCIDENT));
        assertThat(problems()).as("asked again, the same problems").isEqualTo(problems);
    }

    @Test
    void aModuleThatFailedToStartAnswersTheGenericTextWithTheSameIncidentEveryTime() {
        Envelope first = call("Recursing", "anything");
        Envelope second = call("Recursing", "anything");

        assertThat(first.status()).isZero();
        assertThat(first.errors()).singleElement().asString().matches("Failed to load module “Recursing”: an"
                + " unexpected error occurred " + INCIDENT + ". The server log has the details.");
        assertThat(second.errors()).isEqualTo(first.errors());
        assertThat(call("Bandwidth", "stage").errors()).singleElement().asString()
                .doesNotContain("com.google").doesNotContain("plugins/").contains("(incident ");
    }

    @Test
    void eachValueThatIsNotPlainFailsItsCallWithAnIncidentAndNothingOfTheValue() {
        for (String function : HostilePlugins.ODD_FUNCTIONS) {
            Envelope answer = call("OddData", function);

            assertThat(answer.status()).as(function).isZero();
            assertThat(answer.data()).as(function).isNull();
            assertThat(answer.errors()).as(function).singleElement().asString().matches("An unexpected error"
                    + " occurred in OddData::" + function + " " + INCIDENT + ". The server log has the details.");
        }
    }

    @Test
    void plainRecordsAreRenderedAsObjects() {
        Envelope answer = call("OddData", "plain");

        assertThat(answer.status()).isEqualTo(1);
        assertThat(answer.data()).isEqualTo(List.of(java.util.Map.of("sensor", "a", "recorded_at", 1)));
    }

    @Test
    void runningOutOfMemoryFailsTheCallAndIsHandedToTheHostsFatalErrorPolicy() {
        Envelope answer = call("Memory", "oversized");

        assertThat(answer.errors()).singleElement().asString().matches("An unexpected error occurred in"
                + " Memory::oversized " + INCIDENT + ". The server log has the details.");
        assertThat(fatal).contains("Memory::oversized java.lang.OutOfMemoryError");
    }

    @Test
    void theHostsOwnModulesGoOnWorking() {
        problems();
        call("Recursing", "anything");
        call("OddData", "thread");

        Envelope tokens = call("Tokens", "list");
        assertThat(tokens.status()).isEqualTo(1);
        assertThat(tokens.data()).isEqualTo(List.of());
    }

    @Test
    void theCommandLineAnswersABadCallWithAnEnvelopeExitOneAndNoTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = UapiMain.run(new String[] {"--user=alice", "--output=json", "OddData", "thread"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), home);

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).startsWith("{\"apiversion\":3,\"func\":\"thread\",\"module\":\"OddData\","
                + "\"result\":{\"status\":0,\"errors\":[\"An unexpected error occurred in OddData::thread (incident ");
        assertThat(out.toString() + err).doesNotContain("\tat ").doesNotContain("java.lang.Thread");
    }
}
