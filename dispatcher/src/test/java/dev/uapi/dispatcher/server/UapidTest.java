package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.dispatcher.cli.UapiMain;
import dev.uapi.dispatcher.modules.FixturePlugins;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server on a real data directory (embedded store), with the real command line beside it. */
class UapidTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theStartupLineNamesTheAddressTheStoreAndTheModules() throws Exception {
        Uapid uapid = start();
        try {
            assertThat(out()).startsWith("INFO uapid: serving " + uapid.uri() + " (store: ")
                    .contains(home.toString()).contains("; modules: ").contains("Tokens");
            assertThat(uapid.uri().toString()).startsWith("http://127.0.0.1:");
        } finally {
            uapid.stop();
        }
        assertThat(out()).endsWith("INFO uapid: stopped\n");
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .allMatch(line -> TIME.matcher(line).lookingAt(), "every line starts with an ISO time");
    }

    @Test
    void startupPrintsOneLinePerPluginWithWhatItRegisteredAndItsProblems() throws Exception {
        FixturePlugins.plugin("fixture.notes", "Notes", "\"hello\"").writeTo(home.resolve("plugins/notes/notes.jar"));
        Files.createDirectories(home.resolve("plugins/empty"));

        Uapid uapid = start();
        uapid.stop();

        assertThat(withoutTimes(err.toString(StandardCharsets.UTF_8))).isEqualTo(
                "WARN uapid: plugin plugins/empty: registered nothing; 1 problem: no plugin found: the directory holds no jar\n");
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).startsWith("INFO uapid: serving ").contains("; modules: Notes, ");
        assertThat(lines).contains(
                "INFO uapid: plugin dev.uapi.dispatcher.tokens.TokensPlugin: registered Tokens",
                "INFO uapid: plugin fixture.notes.FixturePlugin (plugins/notes): registered Notes")
                .filteredOn(line -> line.contains("(plugins/notes)")).hasSize(1);
    }

    @Test
    void aTokenFromTheCommandLineWorksOverHttpAndBothGiveTheSameEnvelopes() throws Exception {
        Uapid uapid = start();
        try {
            JsonNode created = uapi("--user=alice", "--output=json", "Tokens", "create_full_access", "name=laptop");
            String token = created.at("/result/data/token").asText();
            assertThat(token).matches("[0-9A-Z]{32}");

            for (List<String> call : List.of(
                    List.of("Tokens", "list"),
                    List.of("Tokens", "rename", "name=nope", "new_name=other"),
                    List.of("Tokens", "list", "api.columns_1=name"),
                    List.of("Nope", "list"))) {
                String query = String.join("&", call.subList(2, call.size()));
                HttpResponse<String> http = client.send(HttpRequest.newBuilder(
                        URI.create(uapid.uri() + "/execute/" + call.get(0) + "/" + call.get(1) + "?" + query))
                        .header("Authorization", "cpanel alice:" + token).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                List<String> words = new ArrayList<>(List.of("--user=alice", "--output=json"));
                words.addAll(call);
                JsonNode cli = uapi(words.toArray(String[]::new));

                assertThat(http.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(http.body())).as(String.join(" ", call)).isEqualTo(cli.get("result"));
            }
            assertThat(out()).doesNotContain(token);
        } finally {
            uapid.stop();
        }
    }

    @Test
    void invalidServerSettingsStopTheStartWithAMessage() throws Exception {
        Files.writeString(home.resolve("uapi.yaml"), "server:\n  prot: 2083\n");

        int status = UapidMain.run(new String[] {"--home", home.toString(), "--port", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(UapidMain.CANNOT_START);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("uapid: cannot start: ")
                .contains("uapi.yaml: server.prot: unknown key; known keys: bind,").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        int status = UapidMain.run(new String[] {"--home", home.toString(), "--port", "65536"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be from 0 to 65535, not 65536");
    }

    @Test
    void aTakenPortStopsTheStartWithAMessage() throws Exception {
        Uapid first = start();
        try {
            int status = UapidMain.run(new String[] {"--home", home.toString(), "--port",
                Integer.toString(first.uri().getPort())},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(status).isEqualTo(UapidMain.CANNOT_START);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("uapid: cannot listen: ")
                    .contains("Address already in use").doesNotContain("\tat ");
        } finally {
            first.stop();
        }
    }

    private Uapid start() throws Exception {
        return Uapid.start(home, settings -> settings.withPort(0), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static final java.util.regex.Pattern TIME =
            java.util.regex.Pattern.compile("(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z ");

    /** Standard output without each line's leading time, which every line has. */
    private String out() {
        return withoutTimes(out.toString(StandardCharsets.UTF_8));
    }

    private static String withoutTimes(String text) {
        return TIME.matcher(text).replaceAll("");
    }

    private JsonNode uapi(String... args) throws Exception {
        StringWriter cliOut = new StringWriter();
        StringWriter cliErr = new StringWriter();
        UapiMain.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(cliOut), new PrintWriter(cliErr), home);
        return JSON.readTree(cliOut.toString());
    }
}
