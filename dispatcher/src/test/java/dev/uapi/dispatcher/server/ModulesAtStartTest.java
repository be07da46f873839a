package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.dispatcher.cli.UapiMain;
import dev.uapi.dispatcher.modules.FixturePlugins;
import dev.uapi.dispatcher.modules.PluginJar;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uapid} serves before every module is created (those without settings are created in the background):
 * a plugin whose module's creation waits on a gate shows what happens meanwhile and after. The real server on
 * loopback, plugin jars compiled at test time.
 */
class ModulesAtStartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery";
    /** Where the gated plugin finds its latches: the one place both class loaders see (the JDK's). */
    private static final String GATE = "uapi.test.start.gate";

    /** A module whose creation signals and waits to be let go, with a second step every account needs. */
    private static final String GATED_PLUGIN = """
            package fixture.gated;

            import dev.uapi.spi.ApiModule;
            import dev.uapi.spi.FunctionDeclaration;
            import dev.uapi.spi.ModuleContext;
            import dev.uapi.spi.ModuleFactory;
            import dev.uapi.spi.Result;
            import dev.uapi.spi.SignInCheck;
            import dev.uapi.spi.SignInFactor;
            import dev.uapi.spi.UapiPlugin;
            import java.util.List;
            import java.util.concurrent.CountDownLatch;
            import java.util.concurrent.TimeUnit;

            public final class GatedPlugin implements UapiPlugin {
                @Override
                public List<ModuleFactory> moduleFactories() {
                    return List.of(new ModuleFactory() {
                        @Override
                        public String moduleName() {
                            return "Gated";
                        }

                        @Override
                        public ApiModule create(ModuleContext context) {
                            CountDownLatch[] latches = (CountDownLatch[]) System.getProperties().get("%s");
                            latches[0].countDown();
                            try {
                                if (!latches[1].await(60, TimeUnit.SECONDS)) {
                                    throw new IllegalStateException("never released");
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return ApiModule.builder("Gated")
                                    .function(FunctionDeclaration.builder("answer")
                                            .handler(call -> Result.of("gated")).build())
                                    .signInFactor(new SignInFactor() {
                                        @Override
                                        public boolean isRequiredFor(String account) {
                                            return true;
                                        }

                                        @Override
                                        public SignInCheck check(String account, String code) {
                                            return "246810".equals(code) ? SignInCheck.accepted()
                                                    : SignInCheck.refused("The security code is invalid.");
                                        }
                                    })
                                    .build();
                        }
                    });
                }
            }
            """.formatted(GATE);

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private Uapid uapid;

    @BeforeEach
    void gate() {
        System.getProperties().put(GATE, new CountDownLatch[] {entered, released});
    }

    @AfterEach
    void stop() throws Exception {
        released.countDown();
        if (uapid != null) {
            uapid.stop();
        }
        System.getProperties().remove(GATE);
    }

    @Test
    void itServesWhileAModuleIsCreatedAndReportsAFailedModuleExactlyAsTheCheckDoes() throws Exception {
        String token = uapi(new ByteArrayInputStream(new byte[0]), "--user=alice", "--output=json", "Tokens",
                "create_full_access", "name=start").at("/result/data/token").asText();
        install("gated", PluginJar.withSources().source("fixture.gated.GatedPlugin", GATED_PLUGIN)
                .service("fixture.gated.GatedPlugin"));
        install("broken", FixturePlugins.throwingPlugin("fixture.broken", "Broken", "boom"));
        install("later", FixturePlugins.plugin("fixture.later", "Later", "\"later\""));

        uapid = start();
        assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();

        // the background is held inside Gated's factory: the server answers, and calls create their module
        assertThat(get(uapid.uri() + "/health", null).statusCode()).isEqualTo(200);
        JsonNode later = JSON.readTree(get(uapid.uri() + "/execute/Later/answer", token).body());
        assertThat(later.get("data").asText()).as(later.toString()).isEqualTo("later");
        JsonNode broken = JSON.readTree(get(uapid.uri() + "/execute/Broken/answer", token).body());
        Matcher incident = Pattern.compile("Failed to load module “Broken”: an unexpected error occurred \\(incident "
                + "([0-9a-f]+)\\)\\. The server log has the details\\.").matcher(broken.at("/errors/0").asText());
        assertThat(incident.matches()).as(broken.toString()).isTrue();

        released.countDown();
        assertThat(uapid.awaitModules(Duration.ofSeconds(60))).isTrue();

        List<String> brokenLines = err.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains(" WARN uapid: plugin "))
                .map(line -> line.substring(line.indexOf("uapid: "))).toList();
        String expected = "uapid: plugin fixture.broken.FixturePlugin (plugins/broken): registered Broken (failed); "
                + "1 problem: module Broken: create() failed: java.lang.IllegalStateException: boom (incident "
                + incident.group(1) + ")";
        assertThat(brokenLines).containsExactly(expected);
        assertThat(checkLines()).contains(expected.replace(incident.group(1), "X"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                " INFO uapid: plugin fixture.gated.GatedPlugin (plugins/gated): registered Gated\n",
                " INFO uapid: plugin fixture.later.FixturePlugin (plugins/later): registered Later\n")
                .containsPattern(" INFO uapid: modules created: [0-9]+ loaded, 1 failed\n");
        assertThat(get(uapid.metricsUri().toString(), null).body()).contains("uapi_plugin_load_failures_total 1.0");
        JsonNode again = JSON.readTree(get(uapid.uri() + "/execute/Broken/answer", token).body());
        assertThat(again.at("/errors/0").asText()).isEqualTo(broken.at("/errors/0").asText());
        assertThat(JSON.readTree(get(uapid.uri() + "/openapi.json", null).body()).get("paths").has("/execute/Gated/answer"))
                .isTrue();
    }

    @Test
    void aLoginWaitsForTheSecondStepsOfTheModulesCreatedAfterServing() throws Exception {
        Files.writeString(home.resolve("uapi.yaml"),
                "modules:\n  UserManager:\n    argon2_memory_kib: 1024\n    argon2_iterations: 1\n");
        uapi(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)), "--user=alice",
                "--set-password");
        install("gated", PluginJar.withSources().source("fixture.gated.GatedPlugin", GATED_PLUGIN)
                .service("fixture.gated.GatedPlugin"));

        uapid = start();
        assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();
        // sent while the module that brings the second step is not created yet
        CompletableFuture<HttpResponse<String>> wrong = login("111111");
        CompletableFuture<HttpResponse<String>> right = login("246810");
        released.countDown();

        assertThat(wrong.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
        assertThat(wrong.get().body()).isEqualTo("{\"status\":0,\"message\":\"invalid_login\"}");
        assertThat(right.get(60, TimeUnit.SECONDS).statusCode()).as(right.get().body()).isEqualTo(200);
    }

    private Uapid start() throws Exception {
        return Uapid.start(home, settings -> settings.withPort(0), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The plugin lines of {@code uapid --check} on the same home, each incident id replaced by X. */
    private List<String> checkLines() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        Uapid.check(home, new PrintStream(report, true, StandardCharsets.UTF_8));
        return report.toString(StandardCharsets.UTF_8).lines()
                .map(line -> line.replaceAll("\\(incident [0-9a-f]+\\)", "(incident X)")).toList();
    }

    private CompletableFuture<HttpResponse<String>> login(String code) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create(uapid.uri() + "/login/?login_only=1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("user=alice&pass=correct+horse+battery&tfa_token=" + code))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "cpanel alice:" + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void install(String directory, PluginJar jar) throws Exception {
        Path target = home.resolve("plugins").resolve(directory).resolve(directory + ".jar");
        Files.createDirectories(target.getParent());
        jar.writeTo(target);
    }

    private JsonNode uapi(ByteArrayInputStream in, String... args) throws Exception {
        StringWriter cliOut = new StringWriter();
        StringWriter cliErr = new StringWriter();
        int status = UapiMain.run(args, in, new PrintWriter(cliOut, true), new PrintWriter(cliErr, true), home);
        assertThat(status).as(cliErr.toString()).isZero();
        return cliOut.toString().startsWith("{") ? JSON.readTree(cliOut.toString()) : null;
    }
}
