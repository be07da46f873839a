package dev.uapi.dispatcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.uapi.dispatcher.modules.FixturePlugins;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UapiMainTest {

    @TempDir
    Path home;

    record Run(int status, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = UapiMain.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), home);
        return new Run(status, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return runWithInput("", args);
    }

    @Test
    void successfulCallPrintsTheWrappedEnvelopeAndExitsZero() throws IOException {
        Run run = run("--user=alice", "--output=json", "Test", "echo", "a=1", "b=two");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"apiversion\":3,\"func\":\"echo\",\"module\":\"Test\",\"result\":"
                + "{\"status\":1,\"errors\":null,\"messages\":null,\"warnings\":null,\"metadata\":{},"
                + "\"data\":{\"a\":\"1\",\"b\":\"two\"}}}\n");
    }

    @Test
    void failedCallExitsOne() throws IOException {
        Run run = run("-u", "alice", "--output=json", "Test", "fail");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.json().at("/result/errors/0").asText()).isEqualTo("This call always fails.");
    }

    @Test
    void unknownModuleIsAFailedCallNotAUsageError() throws IOException {
        Run run = run("--user=alice", "--output=json", "Nope", "x");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.json().at("/result/errors/0").asText())
                .isEqualTo("Failed to load module “Nope”: no installed plugin provides it.");
    }

    @Test
    void valuesAreUriDecodedAndRepeatedKeysCollected() throws IOException {
        Run run = run("--user=alice", "--output=json", "Test", "echo", "k=a%20b", "k=c%40d", "k=e+f", "x%3Dy=1");

        JsonNode data = run.json().at("/result/data");
        assertThat(data.get("k").asText()).isEqualTo("a b");
        assertThat(data.get("k-0").asText()).isEqualTo("c@d");
        assertThat(data.get("k-1").asText()).isEqualTo("e+f");
        assertThat(data.get("x=y").asText()).isEqualTo("1");
    }

    @Test
    void defaultOutputIsYaml() throws IOException {
        Run run = run("--user=alice", "Test", "echo", "a=1");

        JsonNode yaml = new YAMLMapper().readTree(run.out());
        assertThat(yaml.at("/apiversion").asInt()).isEqualTo(3);
        assertThat(yaml.at("/result/data/a").asText()).isEqualTo("1");
    }

    @Test
    void jsonprettyIsIndented() throws IOException {
        Run run = run("--user=alice", "--output=jsonpretty", "Test", "noop");

        assertThat(run.out()).contains("\n  \"func\" : \"noop\"");
        assertThat(run.json().at("/result/status").asInt()).isEqualTo(1);
    }

    @Test
    void xmlHasRootElementResult() throws IOException {
        Run run = run("--user=alice", "--output=xml", "Test", "echo", "a=1");

        assertThat(run.out()).startsWith("<result>");
        assertThat(new XmlMapper().readTree(run.out()).at("/result/data/a").asText()).isEqualTo("1");
    }

    @Test
    void jsonInputIsReadFromStandardInput() throws IOException {
        Run run = runWithInput("{\"a\":\"x\",\"n\":5,\"t\":true,\"e\":1e3,\"f\":1.50}", "--user=alice",
                "--output=json", "--input=json", "Test", "echo", "b=y");

        JsonNode data = run.json().at("/result/data");
        assertThat(data.get("a").asText()).isEqualTo("x");
        assertThat(data.get("n").asText()).isEqualTo("5");
        assertThat(data.get("t").asText()).isEqualTo("true");
        assertThat(data.get("e").asText()).isEqualTo("1000");
        assertThat(data.get("f").asText()).isEqualTo("1.5");
        assertThat(data.get("b").asText()).isEqualTo("y");
    }

    @Test
    void nestedJsonInputIsRefusedForAFunctionThatDoesNotExpectIt() throws IOException {
        Run run = runWithInput("{\"a\":{\"b\":1}}", "--user=alice", "--output=json", "--input=json", "Test", "echo");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.json().at("/result/errors/0").asText())
                .isEqualTo("Test::echo does not expect nested data structures.");
    }

    @Test
    void usageErrorsExitTwoWithUsageOnStandardError() {
        for (String[] args : new String[][] {
            {"Test", "echo"},
            {"--user=alice", "Test"},
            {"--user=alice", "--output=html", "Test", "echo"},
            {"--user=alice", "Test", "echo", "novalue"},
            {"--user=alice", "Test", "echo", "a=%zz"},
            {"--user=alice", "Test", "echo", "a=%FF"},
            {"--user=alice", "Test", "echo", "a=%ED%A0%80"},
            {"--user= alice", "Test", "echo"},
            {"--user=Alice", "Test", "echo"},
            {"--user=\u0430lice", "Test", "echo"},
            {"--user=alice\u200b", "Test", "echo"},
            {"--user=alice@", "Test", "echo"},
            {"--user=" + "a".repeat(17), "Test", "echo"},
            {"--user=alice", "--input=csv", "Test", "echo"},
            {"--bogus"},
        }) {
            Run run = run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("Usage: uapi");
        }
    }

    @Test
    void anInvalidAccountNameIsRefusedWithTheRule() {
        Run run = run("--user=alice ", "Test", "echo");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("The account name is not valid: an account name is a lower-case letter"
                + " followed by at most 15 lower-case letters or digits");
    }

    @Test
    void teamUsersAndSixteenCharacterNamesAreAccepted() throws IOException {
        for (String user : new String[] {"bob@alice", "a" + "1".repeat(15), "x@y"}) {
            Run run = run("--user=" + user, "--output=json", "Test", "echo");

            assertThat(run.status()).as(user + run.err()).isZero();
        }
    }

    @Test
    void escapesThatAreNotUtf8AreAUsageErrorThatDoesNotQuoteTheValue() {
        Run run = run("--user=alice", "Test", "echo", "secret=GEZDGNBV%FF");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("The value of “secret” is not valid: the %-escapes are not UTF-8.")
                .doesNotContain("GEZDGNBV");
    }

    @Test
    void nulAndLoneSurrogatesAreArgumentErrors() throws IOException {
        Run word = run("--user=alice", "--output=json", "Test", "echo", "a=x%00");
        Run json = runWithInput("{\"b\":\"\\ud800\"}", "--user=alice", "--output=json", "--input=json", "Test", "echo");
        Run key = runWithInput("{\"\\u0000\":\"1\"}", "--user=alice", "--output=json", "--input=json", "Test", "echo");

        assertThat(word.status()).isEqualTo(1);
        assertThat(word.json().at("/result/errors/0").asText()).isEqualTo("The argument “a” contains a NUL character"
                + " or an unpaired surrogate, which no argument may contain.");
        assertThat(json.json().at("/result/errors/0").asText()).startsWith("The argument “b” contains a NUL");
        assertThat(key.json().at("/result/errors/0").asText()).startsWith("An argument name contains a NUL");
    }

    @Test
    void jsonInputOverALimitIsAUsageErrorThatNamesTheLimit() {
        Run deep = runWithInput("{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}", "--user=alice", "--input=json",
                "Test", "echo");
        Run longName = runWithInput("{\"" + "n".repeat(50_001) + "\":1}", "--user=alice", "--input=json", "Test", "echo");

        assertThat(deep.status()).isEqualTo(2);
        assertThat(deep.err()).contains("The JSON object on standard input is over a limit: nested more than 64"
                + " levels deep.");
        assertThat(longName.status()).isEqualTo(2);
        assertThat(longName.err()).contains("over a limit: a member name longer than 50000 characters.");
    }

    @Test
    void badJsonInputIsAUsageError() {
        Run run = runWithInput("[1,2]", "--user=alice", "--input=json", "Test", "echo");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("must hold one JSON object");
    }

    @Test
    void invalidJsonInputIsReportedWithoutQuotingIt() {
        Run run = runWithInput("{\"secret\": GEZDGNBVGY3TQOJQ}", "--user=alice", "--input=json", "Test", "echo");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Standard input is not valid JSON (line 1, column").doesNotContain("GEZDGNBVGY3TQOJQ");
    }

    @Test
    void jsonNullMeansTheArgumentIsAbsent() throws IOException {
        Run run = runWithInput("{\"a\":null,\"b\":\"x\"}", "--user=alice", "--output=json", "--input=json", "Test", "echo");

        assertThat(run.json().at("/result/data").has("a")).isFalse();
        assertThat(run.json().at("/result/data/b").asText()).isEqualTo("x");
    }

    @Test
    void helpExitsZeroAndShowsExamples() {
        Run run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: uapi", "--user", "--output", "--input", "--list", "Examples:");
    }

    @Test
    void listShowsModulesFunctionsAndParameters() throws IOException {
        Run run = run("--list", "--output=json");

        assertThat(run.status()).isZero();
        JsonNode modules = run.json().get("modules");
        JsonNode test = null;
        for (JsonNode module : modules) {
            if (module.get("module").asText().equals("Test")) {
                test = module;
            }
        }
        assertThat(test).isNotNull();
        assertThat(test.get("plugin").asText()).isEqualTo("dev.uapi.dispatcher.testplugin.TestPlugin");
        assertThat(test.get("status").asText()).isEqualTo("loaded");
        assertThat(test.at("/functions/0/function").asText()).isEqualTo("echo");
        assertThat(test.at("/functions/0/parameters/0/name").asText()).isEqualTo("any");
    }

    @Test
    void stateIsKeptInTheEmbeddedStoreBetweenCalls() throws IOException {
        run("--user=alice", "Test", "increment");
        Run second = run("--user=alice", "--output=json", "Test", "increment");

        assertThat(second.json().at("/result/data").asLong()).isEqualTo(2);
        assertThat(Files.exists(home.resolve("uapi.db"))).isTrue();
    }

    @Test
    void aStoreLockedByAnotherProcessExitsThreeWithTheReasonNotATrace() throws Exception {
        run("--user=alice", "Test", "increment");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("uapi.db"));
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");   // another process holding the write lock past the busy timeout

            Run run = run("--user=alice", "--output=json", "Test", "increment");

            assertThat(run.status()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("uapi: ").contains("SQLite", "locked")
                    .doesNotContain("\tat ", "Guice", "incident");
            lock.execute("ROLLBACK");
        }
    }

    @Test
    void invalidSettingsFileStopsTheCallWithAClearMessage() throws IOException {
        Files.writeString(home.resolve("uapi.yaml"), "storage: {engine: oracle}\n");

        Run run = run("--user=alice", "Test", "noop");

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(
                "uapi: cannot start: uapi.yaml: storage.engine: expected one of postgresql, sqlite, not “oracle”\n");
    }

    @Test
    void listShowsEachPluginsSourceAndStatus() throws IOException {
        FixturePlugins.plugin("fixture.notes", "Notes", "\"hello\"").writeTo(home.resolve("plugins/notes/notes.jar"));
        Files.createDirectories(home.resolve("plugins/broken"));
        Files.writeString(home.resolve("plugins/broken/broken.jar"), "not a zip");

        JsonNode listing = run("--list", "--output=json").json();

        assertThat(listing.get("modules")).anySatisfy(module -> {
            assertThat(module.get("module").asText()).isEqualTo("Notes");
            assertThat(module.get("plugin").asText()).isEqualTo("fixture.notes.FixturePlugin (plugins/notes)");
            assertThat(module.get("source").asText()).isEqualTo("plugins/notes");
            assertThat(module.get("status").asText()).isEqualTo("loaded");
        });
        assertThat(listing.get("modules")).anySatisfy(module -> {
            assertThat(module.get("module").asText()).isEqualTo("Test");
            assertThat(module.get("source").asText()).isEqualTo("class path");
        });
        assertThat(listing.get("plugins")).anySatisfy(plugin -> {
            assertThat(plugin.get("source").asText()).isEqualTo("plugins/broken");
            assertThat(plugin.get("modules")).isEmpty();
            assertThat(plugin.get("status").asText()).isEqualTo("problems");
            assertThat(plugin.at("/problems/0").asText()).startsWith("no plugin found: broken.jar is not a readable jar");
        });
    }

    @Test
    void aCallIsQuietWithHealthyPluginsAndWarnsOnStandardErrorAboutABrokenOne() throws IOException {
        FixturePlugins.plugin("fixture.notes", "Notes", "\"hello\"").writeTo(home.resolve("plugins/notes/notes.jar"));

        Run healthy = run("--user=alice", "--output=json", "Notes", "answer");

        assertThat(healthy.json().at("/result/data").asText()).isEqualTo("hello");
        assertThat(healthy.err()).isEmpty();

        Files.createDirectories(home.resolve("plugins/empty"));
        Run warned = run("--user=alice", "--output=json", "Notes", "answer");

        assertThat(warned.status()).isZero();
        assertThat(warned.json().at("/result/data").asText()).isEqualTo("hello");
        assertThat(warned.err()).isEqualTo(
                "uapi: warning: plugin plugins/empty: no plugin found: the directory holds no jar\n");
    }

    @Test
    void recordsAPluginReturnsAreRenderedWhileItsJarsAreStillOpen() throws IOException {
        // Inner is loaded only when the renderer inspects Outer's generic signature, after the call
        FixturePlugins.plugin("fixture.records", "Records", "new fixture.records.Outer(java.util.List.of())")
                .source("fixture.records.Outer", "package fixture.records; "
                        + "public record Outer(java.util.List<Inner> items) {}")
                .source("fixture.records.Inner", "package fixture.records; public record Inner(Nested nested) {}")
                .source("fixture.records.Nested", "package fixture.records; public record Nested(String text) {}")
                .writeTo(home.resolve("plugins/records/records.jar"));

        Run run = run("--user=alice", "--output=json", "Records", "answer");

        assertThat(run.err()).isEmpty();
        assertThat(run.json().at("/result/data/items").isArray()).isTrue();
    }

    /**
     * A plugin of two modules, Good and Broken: Broken's factory class cannot even be initialised, or (with
     * {@code brokenClass} false) its create() throws.
     */
    private void installTwoModulePlugin(boolean named, boolean brokenClass) throws IOException {
        String names = named ? """
                    @Override
                    public List<String> moduleNames() {
                        return List.of("Good", "Broken");
                    }

                    @Override
                    public ModuleFactory moduleFactory(String name) {
                        return name.equals("Good") ? new GoodFactory() : name.equals("Broken") ? new BrokenFactory() : null;
                    }
                """ : "";
        String plugin = """
                package fixture.two;

                import dev.uapi.spi.ModuleFactory;
                import dev.uapi.spi.UapiPlugin;
                import java.util.List;

                public final class TwoPlugin implements UapiPlugin {
                    @Override
                    public List<ModuleFactory> moduleFactories() {
                        return List.of(new GoodFactory(), new BrokenFactory());
                    }
                $NAMES}
                """.replace("$NAMES", names);
        String good = """
                package fixture.two;

                import dev.uapi.spi.*;

                final class GoodFactory implements ModuleFactory {
                    public String moduleName() {
                        return "Good";
                    }

                    public ApiModule create(ModuleContext context) {
                        return ApiModule.builder("Good")
                                .function(FunctionDeclaration.builder("answer").handler(call -> Result.of("fine")).build())
                                .build();
                    }
                }
                """;
        String broken = """
                package fixture.two;

                import dev.uapi.spi.*;

                final class BrokenFactory implements ModuleFactory {
                    private static final String NAME = $NAME;

                    private static String fail() {
                        throw new IllegalStateException("the Broken factory cannot load");
                    }

                    public String moduleName() {
                        return NAME;
                    }

                    public ApiModule create(ModuleContext context) {
                        throw new IllegalStateException("Broken cannot start");
                    }
                }
                """.replace("$NAME", brokenClass ? "fail()" : "\"Broken\"");
        dev.uapi.dispatcher.modules.PluginJar.withSources()
                .source("fixture.two.TwoPlugin", plugin)
                .source("fixture.two.GoodFactory", good)
                .source("fixture.two.BrokenFactory", broken)
                .service("fixture.two.TwoPlugin")
                .writeTo(home.resolve("plugins/two/two.jar"));
    }

    @Test
    void aCallOfAPluginThatNamesItsModulesMakesOnlyTheCalledModulesFactory() throws IOException {
        installTwoModulePlugin(true, true);

        Run call = run("--user=alice", "--output=json", "Good", "answer");

        assertThat(call.status()).as(call.err()).isZero();
        assertThat(call.json().at("/result/data").asText()).isEqualTo("fine");
        assertThat(call.err()).isEmpty();

        Run broken = run("--user=alice", "--output=json", "Broken", "answer");

        assertThat(broken.status()).isEqualTo(1);
        // the plugin's own exception text stays with the operator, as for a create() that throws
        assertThat(broken.json().at("/result/errors/0").asText())
                .startsWith("Failed to load module “Broken”: an unexpected error occurred (incident ")
                .doesNotContain("cannot load");
    }

    @Test
    void listStillFindsEveryBrokenModuleOfAPluginThatNamesItsModules() throws IOException {
        installTwoModulePlugin(true, true);

        JsonNode listing = run("--list", "--output=json").json();

        assertThat(listing.get("modules")).anySatisfy(module -> {
            assertThat(module.get("module").asText()).isEqualTo("Good");
            assertThat(module.get("status").asText()).isEqualTo("loaded");
        });
        assertThat(listing.get("modules")).anySatisfy(module -> {
            assertThat(module.get("module").asText()).isEqualTo("Broken");
            assertThat(module.get("status").asText()).startsWith("failed: ");
        });
        assertThat(listing.get("problems")).anySatisfy(problem -> assertThat(problem.asText())
                .startsWith("plugin fixture.two.TwoPlugin (plugins/two): moduleFactories() failed: ")
                .contains("the Broken factory cannot load"));
    }

    @Test
    void aCallCreatesOnlyItsModuleAndListReportsTheOthersAsBeforeForAPluginThatDoesNotNameThem() throws IOException {
        installTwoModulePlugin(false, false);

        Run call = run("--user=alice", "--output=json", "Good", "answer");
        JsonNode listing = run("--list", "--output=json").json();

        assertThat(call.status()).as(call.err()).isZero();
        assertThat(call.json().at("/result/data").asText()).isEqualTo("fine");
        assertThat(call.err()).isEmpty();
        assertThat(listing.get("modules")).anySatisfy(module -> {
            assertThat(module.get("module").asText()).isEqualTo("Broken");
            assertThat(module.get("status").asText()).startsWith("failed: an unexpected error occurred (incident ");
        });
        assertThat(listing.get("problems")).anySatisfy(problem -> assertThat(problem.asText())
                .startsWith("plugin fixture.two.TwoPlugin (plugins/two), module Broken: create() failed: ")
                .contains("Broken cannot start"));
    }

    @Test
    void aPluginThatDoesNotNameItsModulesMakesEveryFactoryOnEveryCall() throws IOException {
        installTwoModulePlugin(false, true);

        Run call = run("--user=alice", "--output=json", "Good", "answer");

        // as before the names existed: one factory that cannot load fails the whole plugin
        assertThat(call.status()).isEqualTo(1);
        assertThat(call.err()).startsWith("uapi: warning: plugin fixture.two.TwoPlugin (plugins/two): moduleFactories()"
                + " failed: ");
    }
}
