package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.dispatcher.cli.UapiMain;
import dev.uapi.dispatcher.modules.FixturePlugins;
import dev.uapi.dispatcher.modules.PluginJar;
import dev.uapi.dispatcher.modules.PluginReload;
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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading the plugins directory of a running server (SIGHUP calls {@link Uapid#reloadPlugins}), over HTTP
 * on loopback with plugin jars compiled at test time.
 */
class PluginReloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the blocking plugin finds its latches: the one place both class loaders see (the JDK's). */
    private static final String GATE = "uapi.test.reload.gate";

    /** A class of the plugin's own: {@code pass(answer)} signals that a call entered, waits to be let go. */
    private static final String GATE_SOURCE = """
            package fixture.gate;

            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.TimeUnit;

            public final class Gate {
                public static String pass(String answer) {
                    CountDownLatch[] latches = (CountDownLatch[]) System.getProperties().get("%s");
                    latches[0].countDown();
                    try {
                        if (!latches[1].await(30, TimeUnit.SECONDS)) {
                            return "never released";
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return answer;
                }
            }
            """.formatted(GATE);

    @TempDir
    Path home;
    @TempDir
    Path builds;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Uapid uapid;
    private String token;

    @BeforeEach
    void start() throws Exception {
        install(FixturePlugins.plugin("fixture.notes", "Notes", "\"v1\""), "notes");
        uapid = Uapid.start(home, settings -> settings.withPort(0), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        token = uapi("--user=alice", "--output=json", "Tokens", "create_full_access", "name=reload")
                .at("/result/data/token").asText();
    }

    @AfterEach
    void stop() throws Exception {
        uapid.stop();
        System.getProperties().remove(GATE);
    }

    @Test
    void aNewPluginAppearsAChangedOneIsReplacedARemovedOneGoes() throws Exception {
        assertThat(answer("Notes")).isEqualTo("v1");
        assertThat(call("Extra", "answer").at("/errors/0").asText()).contains("no installed plugin provides it");
        assertThat(openApiPaths()).contains("/execute/Notes/answer").doesNotContain("/execute/Extra/answer");

        install(FixturePlugins.plugin("fixture.extra", "Extra", "\"extra\""), "extra");
        install(FixturePlugins.plugin("fixture.notes", "Notes", "\"v2\""), "notes");
        PluginReload reload = uapid.reloadPlugins();

        assertThat(reload.succeeded()).isTrue();
        assertThat(answer("Notes")).isEqualTo("v2");
        assertThat(answer("Extra")).isEqualTo("extra");
        assertThat(reload.changes()).containsExactly(
                "plugin fixture.extra.FixturePlugin (plugins/extra): added; registered Extra",
                "plugin fixture.notes.FixturePlugin (plugins/notes): replaced; registered Notes");
        assertThat(reload.problems()).isEmpty();
        assertThat(reload.summary()).isEqualTo("plugins reloaded: 1 added, 1 replaced, 0 removed, 0 failed");
        // what is made of every module (the document, the sign-in's second steps, the pages) follows the reload
        assertThat(openApiPaths()).contains("/execute/Notes/answer", "/execute/Extra/answer");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(" INFO uapid: plugin fixture.notes.FixturePlugin (plugins/notes): replaced; registered Notes\n");

        deleteTree(home.resolve("plugins/extra"));
        PluginReload removal = uapid.reloadPlugins();

        assertThat(removal.changes()).containsExactly("plugin fixture.extra.FixturePlugin (plugins/extra): removed");
        assertThat(removal.summary()).isEqualTo("plugins reloaded: 0 added, 0 replaced, 1 removed, 0 failed");
        assertThat(call("Extra", "answer").at("/errors/0").asText()).contains("no installed plugin provides it");
        assertThat(openApiPaths()).contains("/execute/Notes/answer").doesNotContain("/execute/Extra/answer");
        assertThat(answer("Notes")).isEqualTo("v2");
        assertThat(call("Tokens", "list").get("status").asInt()).isEqualTo(1);
        assertThat(scrape()).contains("uapi_plugin_reloads_total{outcome=\"success\"} 2.0");
    }

    @Test
    void anUnchangedPluginKeepsItsModuleAndAReloadWithNothingNewChangesNothing() throws Exception {
        assertThat(answer("Notes")).isEqualTo("v1");

        PluginReload reload = uapid.reloadPlugins();

        assertThat(reload.changes()).isEmpty();
        assertThat(reload.summary()).isEqualTo("plugins reloaded: 0 added, 0 replaced, 0 removed, 0 failed");
        assertThat(answer("Notes")).isEqualTo("v1");
    }

    @Test
    void aBrokenReplacementLeavesThePreviousVersionServingAndIsReported() throws Exception {
        install(FixturePlugins.throwingPlugin("fixture.notes", "Notes", "no database"), "notes");

        PluginReload reload = uapid.reloadPlugins();

        assertThat(reload.succeeded()).isFalse();
        assertThat(answer("Notes")).isEqualTo("v1");
        assertThat(reload.changes()).isEmpty();
        assertThat(reload.problems()).singleElement().asString().startsWith("plugin fixture.notes.FixturePlugin (plugins/notes): "
                + "not reloaded, the previous version still serves; registered Notes (failed); 1 problem: ")
                .contains("no database");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(" WARN uapid: plugins reloaded: 0 added, 0 replaced, 0 removed, 1 failed\n");
        assertThat(scrape()).contains("uapi_plugin_reloads_total{outcome=\"failure\"} 1.0");

        // fixed: the next reload tries it again
        install(FixturePlugins.plugin("fixture.notes", "Notes", "\"v3\""), "notes");
        assertThat(uapid.reloadPlugins().succeeded()).isTrue();
        assertThat(answer("Notes")).isEqualTo("v3");
    }

    @Test
    void aNewPluginsSettingsAreReadAndCheckedAsAtStart() throws Exception {
        install(FixturePlugins.plugin("fixture.extra", "Extra", "\"extra\""), "extra");
        Files.writeString(home.resolve("uapi.yaml"), "modules:\n  Extra:\n    colour: red\n");

        PluginReload reload = uapid.reloadPlugins();

        assertThat(reload.failed()).isEqualTo(1);
        assertThat(reload.changes()).isEmpty();
        assertThat(reload.problems()).hasSize(2);
        assertThat(reload.problems().get(0))
                .startsWith("plugin fixture.extra.FixturePlugin (plugins/extra): not loaded; ")
                .contains("uapi.yaml: modules.Extra.colour: unknown key");
        // with Extra left out, its section names no module, as it would at start
        assertThat(reload.problems().get(1)).startsWith("uapi.yaml: modules.Extra: unknown key");
        assertThat(call("Extra", "answer").at("/errors/0").asText()).contains("no installed plugin provides it");

        Files.writeString(home.resolve("uapi.yaml"), "modules:\n  Extra: {}\n");
        assertThat(uapid.reloadPlugins().succeeded()).isTrue();
        assertThat(answer("Extra")).isEqualTo("extra");
    }

    @Test
    void anInvalidSettingsFileOrAStrayJarChangesNothingAndIsReported() throws Exception {
        install(FixturePlugins.plugin("fixture.notes", "Notes", "\"v2\""), "notes");
        Files.writeString(home.resolve("uapi.yaml"), "modules:\n  Notes: [\n");

        PluginReload refused = uapid.reloadPlugins();

        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.summary()).startsWith("plugins not reloaded: the settings file has 1 problem");
        assertThat(answer("Notes")).isEqualTo("v1");

        Files.delete(home.resolve("uapi.yaml"));
        Files.writeString(home.resolve("plugins/corrupt.jar"), "not a jar");
        PluginReload stray = uapid.reloadPlugins();

        assertThat(stray.failed()).isEqualTo(1);
        assertThat(stray.problems()).singleElement().asString().startsWith("plugin plugins/corrupt.jar: not loaded; ");
        assertThat(answer("Notes")).isEqualTo("v2");
    }

    @Test
    void aCallInFlightFinishesOnTheVersionItStartedOn() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        System.getProperties().put(GATE, new CountDownLatch[] {entered, release});
        install(FixturePlugins.plugin("fixture.notes", "Notes", "fixture.gate.Gate.pass(\"old\")")
                .source("fixture.gate.Gate", GATE_SOURCE), "notes");
        uapid.reloadPlugins();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(request("Notes", "answer"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        install(FixturePlugins.plugin("fixture.notes", "Notes", "\"new\""), "notes");
        PluginReload reload = uapid.reloadPlugins();
        assertThat(reload.summary()).isEqualTo("plugins reloaded: 0 added, 1 replaced, 0 removed, 0 failed");
        assertThat(answer("Notes")).isEqualTo("new");
        assertThat(inFlight).isNotDone();
        release.countDown();

        JsonNode old = JSON.readTree(inFlight.get(30, TimeUnit.SECONDS).body());
        assertThat(old.get("status").asInt()).isEqualTo(1);
        assertThat(old.get("data").asText()).isEqualTo("old");
    }

    /** Builds the jar beside the plugins directory, then moves it in: a reader never sees half a jar. */
    private void install(PluginJar jar, String directory) throws Exception {
        Path built = jar.writeTo(builds.resolve(directory + System.nanoTime() + ".jar"));
        Path target = home.resolve("plugins").resolve(directory).resolve(directory + ".jar");
        Files.createDirectories(target.getParent());
        Files.move(built, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String answer(String module) throws Exception {
        JsonNode envelope = call(module, "answer");
        assertThat(envelope.get("status").asInt()).as(envelope.toString()).isEqualTo(1);
        return envelope.get("data").asText();
    }

    private JsonNode call(String module, String function) throws Exception {
        HttpResponse<String> response = client.send(request(module, function),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest request(String module, String function) {
        return HttpRequest.newBuilder(URI.create(uapid.uri() + "/execute/" + module + "/" + function))
                .header("Authorization", "cpanel alice:" + token).timeout(Duration.ofSeconds(60)).build();
    }

    private java.util.List<String> openApiPaths() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(uapid.uri() + "/openapi.json"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        java.util.List<String> paths = new java.util.ArrayList<>();
        JSON.readTree(response.body()).get("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    private String scrape() throws Exception {
        return client.send(HttpRequest.newBuilder(uapid.metricsUri()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private JsonNode uapi(String... args) throws Exception {
        StringWriter cliOut = new StringWriter();
        UapiMain.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(cliOut), new PrintWriter(new StringWriter()),
                home);
        return JSON.readTree(cliOut.toString());
    }

    private static void deleteTree(Path directory) throws Exception {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
