package dev.uapi.dispatcher.internal;

import static dev.uapi.dispatcher.modules.TestRegistries.factory;
import static dev.uapi.dispatcher.modules.TestRegistries.plugin;
import static dev.uapi.dispatcher.modules.TestRegistries.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.accounts.AccountDirectory;
import dev.uapi.dispatcher.accounts.AccountNames;
import dev.uapi.dispatcher.accounts.AccountRules;
import dev.uapi.spi.ApiException;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Result;
import dev.uapi.spi.StorageException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DefaultDispatcherTest {

    private final List<Arguments> seen = Collections.synchronizedList(new ArrayList<>());

    private final ApiModule echo = ApiModule.builder("Echo")
            .feature("echo")
            .function(FunctionDeclaration.builder("say")
                    .handler(call -> {
                        seen.add(call.arguments());
                        return Result.of(Map.of("said", call.arguments().required("text"), "as", call.account().name()));
                    }).build())
            .function(FunctionDeclaration.builder("fail").demo(DemoRule.ALLOWED)
                    .handler(call -> {
                        throw new ApiException("It did not work.");
                    }).build())
            .function(FunctionDeclaration.builder("crash").handler(call -> {
                throw new IllegalStateException("secret internals at com.example.Foo");
            }).build())
            .function(FunctionDeclaration.builder("offline").handler(call -> {
                throw new StorageException("Storage get failed for module 'Echo'", new java.io.IOException("refused"));
            }).build())
            .function(FunctionDeclaration.builder("nothing").handler(call -> null).build())
            .function(FunctionDeclaration.builder("noted").handler(call ->
                    Result.of(1).message("m").warning("w").metadata("k", "v")).build())
            .function(FunctionDeclaration.builder("partial").handler(call -> Result.of("part").error("half")).build())
            .function(FunctionDeclaration.builder("premium").feature("premium").handler(call -> Result.empty()).build())
            .function(FunctionDeclaration.builder("nested").acceptsNestedData()
                    .handler(call -> Result.of(call.arguments().nested("tree"))).build())
            .function(FunctionDeclaration.builder("list").handler(call -> Result.of(List.of(Map.of("a", 1)))).build())
            .build();

    private final ApiModule demoModule = ApiModule.builder("DemoOk").demo(DemoRule.ALLOWED)
            .function(FunctionDeclaration.builder("refusedLocally").demo(DemoRule.REFUSED)
                    .handler(call -> Result.of(call.account().demo() ? 1 : 0)).build())
            .build();

    private final ApiModule demoRefused = ApiModule.builder("DemoNo").demo(DemoRule.REFUSED)
            .function(FunctionDeclaration.builder("allowedLocally").demo(DemoRule.ALLOWED)
                    .handler(call -> Result.empty()).build())
            .build();

    private final DefaultDispatcher dispatcher = new DefaultDispatcher(
            registry(
                    plugin("test.EchoPlugin", factory(echo), factory(demoModule), factory(demoRefused)),
                    plugin("test.Broken", factory("Broken", context -> {
                        throw new IllegalStateException("the database is gone");
                    }))),
            new AccountDirectory(Map.of(
                    "nofeature", new AccountRules(false, Map.of("echo", false)),
                    "nopremium", new AccountRules(false, Map.of("premium", false)),
                    "demo", new AccountRules(true, Map.of()))),
            new ApiArguments());

    private Envelope call(String account, String module, String function, Map<String, ?> arguments) {
        return dispatcher.call(account, module, function, Arguments.of(arguments));
    }

    @Test
    void successfulCallFillsTheEnvelope() {
        Envelope envelope = call("alice", "Echo", "say", Map.of("text", "hi"));

        assertThat(envelope).isEqualTo(new Envelope(1, null, null, null, Map.of(), Map.of("said", "hi", "as", "alice")));
    }

    @Test
    void illegalFunctionNamesAreRefusedFirst() {
        for (String name : List.of("_private", "a-b", "", "with space", "x".repeat(1025), "é")) {
            assertThat(call("alice", "NoSuchModule", name, Map.of()).errors())
                    .containsExactly("Illegal function name: " + name);
        }
        assertThat(call("alice", "Echo", "x".repeat(1024), Map.of()).errors().get(0))
                .startsWith("The system could not find the function");
    }

    @Test
    void anAccountNameOutsideTheRuleIsRefusedBeforeAnythingElse() {
        for (String account : List.of(" alice", "\u0430lice", "alice\u200b", "Alice", "", "alice@example.com")) {
            assertThat(call(account, "Echo", "say", Map.of("text", "hi")).errors()).as(account)
                    .containsExactly(AccountNames.INVALID);
        }
        assertThat(seen).isEmpty();
        assertThat(call("bob@alice", "Echo", "say", Map.of("text", "hi")).status()).isEqualTo(1);
    }

    @Test
    void nulAndLoneSurrogatesInArgumentsAreTheCallersErrorAndNeverReachTheModule() {
        assertThat(call("alice", "Echo", "say", Map.of("text", "x\0")).errors()).containsExactly(
                "The argument “text” contains a NUL character or an unpaired surrogate, which no argument may contain.");
        assertThat(call("alice", "Echo", "say", Map.of("text", "\ud800")).errors().get(0))
                .startsWith("The argument “text” contains");
        assertThat(call("alice", "Echo", "say", Map.of("text", "hi", "k\0", "v")).errors()).containsExactly(
                "An argument name contains a NUL character or an unpaired surrogate, which no argument may contain.");
        assertThat(call("alice", "Echo", "nested", Map.of("tree", Map.of("a", List.of("\udc00")))).errors().get(0))
                .startsWith("The argument “tree” contains");
        assertThat(call("alice", "Echo", "say", Map.of("text", "hi", "api.sort_column", "\0")).errors().get(0))
                .startsWith("The argument “api.sort_column” contains");
        assertThat(seen).isEmpty();
        assertThat(call("alice", "Echo", "say", Map.of("text", "\ud83d\ude00")).status()).isEqualTo(1);
    }

    @Test
    void unknownModuleSaysNoPluginProvidesIt() {
        assertThat(call("alice", "Nope", "say", Map.of()).errors())
                .containsExactly("Failed to load module “Nope”: no installed plugin provides it.");
    }

    @Test
    void moduleNamesAreCaseSensitive() {
        assertThat(call("alice", "echo", "say", Map.of()).errors().get(0)).startsWith("Failed to load module “echo”");
    }

    @Test
    void brokenModuleAnswersAnIncidentAndNeverTheExceptionsMessage() {
        assertThat(call("alice", "Broken", "anything", Map.of()).errors()).singleElement().asString()
                .matches("Failed to load module “Broken”: an unexpected error occurred \\(incident [0-9a-f]{10}\\)\\."
                        + " The server log has the details\\.");
    }

    @Test
    void missingModuleFeatureIsRefusedBeforeTheFunctionIsLookedUp() {
        assertThat(call("nofeature", "Echo", "no_such_function", Map.of()).errors())
                .containsExactly("You do not have the feature “echo”.");
    }

    @Test
    void missingFunctionFeatureIsRefused() {
        assertThat(call("nopremium", "Echo", "premium", Map.of()).errors())
                .containsExactly("You do not have the feature “premium”.");
        assertThat(call("alice", "Echo", "premium", Map.of()).status()).isEqualTo(1);
    }

    @Test
    void demoAccountIsRefusedUnlessAllowed() {
        assertThat(call("demo", "Echo", "say", Map.of("text", "x")).errors())
                .containsExactly("This functionality is not available in demo mode.");
        assertThat(call("demo", "Echo", "fail", Map.of()).errors()).containsExactly("It did not work.");
    }

    @Test
    void moduleWideDemoRuleWinsOverTheFunctions() {
        assertThat(call("demo", "DemoOk", "refusedLocally", Map.of()).data()).isEqualTo(1);
        assertThat(call("demo", "DemoNo", "allowedLocally", Map.of()).errors())
                .containsExactly("This functionality is not available in demo mode.");
    }

    @Test
    void unknownFunctionNamesFunctionAndModule() {
        assertThat(call("alice", "Echo", "shout", Map.of()).errors())
                .containsExactly("The system could not find the function “shout” in the module “Echo”.");
    }

    @Test
    void apiExceptionBecomesOneErrorLine() {
        assertThat(call("alice", "Echo", "fail", Map.of()))
                .isEqualTo(new Envelope(0, List.of("It did not work."), null, null, Map.of(), null));
    }

    @Test
    void argumentErrorsUseTheContractsTexts() {
        assertThat(call("alice", "Echo", "say", Map.of()).errors()).containsExactly("Provide the “text” argument.");
    }

    @Test
    void unexpectedExceptionIsContainedWithoutItsTraceOrMessage() {
        Envelope envelope = call("alice", "Echo", "crash", Map.of());

        assertThat(envelope.status()).isZero();
        assertThat(envelope.errors()).singleElement().asString()
                .startsWith("An unexpected error occurred in Echo::crash (incident ")
                .doesNotContain("secret", "IllegalStateException", "com.example");
        assertThat(call("alice", "Echo", "say", Map.of("text", "still serving")).status()).isEqualTo(1);
    }

    @Test
    void aStoreOutageIsLeftToTheFrontEndNotFiledAsAnIncidentOfTheModule() {
        assertThatThrownBy(() -> call("alice", "Echo", "offline", Map.of()))
                .isInstanceOf(StorageException.class)
                .hasMessage("Storage get failed for module 'Echo'");
        assertThat(call("alice", "Echo", "say", Map.of("text", "still serving")).status()).isEqualTo(1);
    }

    @Test
    void nullResultIsABugContainedLikeAnException() {
        assertThat(call("alice", "Echo", "nothing", Map.of()).errors()).singleElement().asString()
                .startsWith("An unexpected error occurred in Echo::nothing");
    }

    @Test
    void messagesWarningsAndMetadataReachTheEnvelope() {
        assertThat(call("alice", "Echo", "noted", Map.of()))
                .isEqualTo(new Envelope(1, null, List.of("m"), List.of("w"), Map.of("k", "v"), 1));
    }

    @Test
    void resultWithErrorsHasStatusZeroAndKeepsItsData() {
        assertThat(call("alice", "Echo", "partial", Map.of()))
                .isEqualTo(new Envelope(0, List.of("half"), null, null, Map.of(), "part"));
    }

    @Test
    void nestedDataIsRefusedUnlessTheFunctionAcceptsIt() {
        assertThat(call("alice", "Echo", "say", Map.of("text", "x", "tree", Map.of("a", "b"))).errors())
                .containsExactly("Echo::say does not expect nested data structures.");
        assertThat(call("alice", "Echo", "nested", Map.of("tree", List.of("a"))).data()).isEqualTo(List.of("a"));
    }

    @Test
    void apiArgumentsAreTakenOutBeforeTheFunctionSeesThem() {
        call("alice", "Echo", "say", Map.of("text", "x", "api.sort_column", "name"));

        assertThat(seen).singleElement().satisfies(arguments -> assertThat(arguments.keys()).containsExactly("text"));
    }

    @Test
    void listDataIsMarkedTransformed() {
        assertThat(call("alice", "Echo", "list", Map.of()).metadata()).containsEntry("transformed", 1);
        assertThat(call("alice", "Echo", "noted", Map.of()).metadata()).doesNotContainKey("transformed");
    }

    @Test
    void listDataGoesThroughTheApiTransforms() {
        Envelope envelope = call("alice", "Echo", "list", Map.of("api.columns_1", "a", "api.columns_2", "nope"));

        assertThat(envelope.status()).isEqualTo(1);
        assertThat(envelope.messages()).containsExactly("“nope” is not a valid column.");
        assertThat(envelope.metadata()).containsEntry("invalid_columns", List.of("nope"));
        assertThat(envelope.data()).isEqualTo(List.of(Map.of("a", 1)));
    }

    @Test
    void startPastTheEndFailsTheCallWithTheUnpagedRecords() {
        Envelope envelope = call("alice", "Echo", "list", Map.of("api.paginate_start", "3"));

        assertThat(envelope.status()).isZero();
        assertThat(envelope.errors())
                .containsExactly("The start index (2) is larger than the total number of results (1).");
        assertThat(envelope.data()).isEqualTo(List.of(Map.of("a", 1)));
        assertThat(envelope.metadata()).doesNotContainKey("transformed");
    }

    @Test
    void invalidApiArgumentsAreNotedForDataThatIsNotAList() {
        Envelope envelope = call("alice", "Echo", "noted", Map.of("api.sort_column", ""));

        assertThat(envelope.messages()).containsExactly("m", "The following “sort” arguments are invalid: "
                + "{\"column\":\"\",\"method\":null,\"reverse\":0} (You are missing the following parameter: column)");
        assertThat(envelope.data()).isEqualTo(1);
    }

    @Test
    void concurrentCallsEachGetTheirOwnAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                String account = "user" + (i % 50);
                String text = "t" + i;
                answers.add(pool.submit(() -> call(account, "Echo", "say", Map.of("text", text)).data()
                        .equals(Map.of("said", text, "as", account))));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
