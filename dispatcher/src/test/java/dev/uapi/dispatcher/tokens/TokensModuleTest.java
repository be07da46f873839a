package dev.uapi.dispatcher.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.accounts.AccountRules;
import dev.uapi.dispatcher.testing.TestHost;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.testkit.TestModuleContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TokensModuleTest {

    private static final long NOW = TestHost.NOW;

    private final TestHost host = new TestHost(Map.of(
            "demo", new AccountRules(true, Map.of()),
            "notokens", new AccountRules(false, Map.of("apitokens", false))));
    private final ApiModule module = new TokensModuleFactory().create(TestModuleContext.builder("Tokens").build());

    @Test
    void moduleNeedsTheApitokensFeatureAndRefusesDemoAccounts() {
        assertThat(module.name()).isEqualTo("Tokens");
        assertThat(module.feature()).isEqualTo("apitokens");
        assertThat(module.demo()).isEqualTo(DemoRule.REFUSED);
        assertThat(module.functions()).extracting(FunctionDeclaration::name)
                .containsExactly("create_full_access", "list", "revoke", "rename");
        assertThat(module.functions()).filteredOn(FunctionDeclaration::writes).extracting(FunctionDeclaration::name)
                .containsExactly("create_full_access", "revoke", "rename");
    }

    @Test
    void demoAccountsAndAccountsWithoutTheFeatureAreRefused() {
        assertThat(call("demo", "list").errors()).containsExactly("This functionality is not available in demo mode.");
        assertThat(call("notokens", "create_full_access", "name", "x").errors())
                .containsExactly("You do not have the feature “apitokens”.");
    }

    @Test
    void theListTakesTheDispatchersListArguments() {
        createToken("alice", "laptop");
        createToken("alice", "phone");

        Envelope listed = call("alice", "list", "api.columns_1", "name", "api.sort_column", "name",
                "api.sort_reverse", "1");

        assertThat(listed.metadata()).containsEntry("transformed", 1);
        assertThat(items(listed)).containsExactly(Map.of("name", "phone"), Map.of("name", "laptop"));
    }

    @Test
    void createShowsA32CharacterTokenAndTheCreationTime() {
        Envelope created = call("alice", "create_full_access", "name", "laptop");

        assertThat(created.status()).isEqualTo(1);
        Map<?, ?> data = (Map<?, ?>) created.data();
        assertThat(new ArrayList<Object>(data.keySet())).containsExactly("token", "create_time");
        assertThat((String) data.get("token")).matches("[0-9A-Z]{32}");
        assertThat(data.get("create_time")).isEqualTo(NOW);
    }

    @Test
    void onlyTheSha512DigestOfTheTokenIsStored() throws Exception {
        String token = createToken("alice", "laptop");

        String stored = stored();
        assertThat(stored).doesNotContain(token);
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-512").digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat(stored).contains(digest);
    }

    @Test
    void everyTokenIsDifferent() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(createToken("alice", "t" + i));
        }
        assertThat(tokens).doesNotHaveDuplicates();
    }

    @Test
    void listShowsEachTokenWithoutTheTokenItself() {
        createToken("alice", "laptop");
        call("alice", "create_full_access", "name", "phone", "expires_at", Long.toString(NOW + 3600));

        Envelope listed = call("alice", "list");

        assertThat(listed.status()).isEqualTo(1);
        assertThat(items(listed)).containsExactly(
                token("laptop", null),
                token("phone", NOW + 3600));
    }

    @Test
    void listOfAnAccountWithoutTokensIsAnEmptyList() {
        assertThat(call("alice", "list").data()).isEqualTo(List.of());
    }

    @Test
    void anAccountSeesOnlyItsOwnTokens() {
        createToken("alice", "laptop");
        createToken("bob", "desktop");

        assertThat(items(call("bob", "list"))).containsExactly(token("desktop", null));
    }

    @Test
    void aMissingNameIsRefused() {
        assertThat(call("alice", "create_full_access").errors()).containsExactly("Provide the “name” argument.");
        assertThat(call("alice", "create_full_access", "name", "").errors())
                .containsExactly("The “name” argument cannot be empty.");
    }

    @Test
    void aBadNameIsRefusedWithTheContractText() {
        String tooLong = "a".repeat(51);
        assertThat(call("alice", "create_full_access", "name", tooLong).errors()).containsExactly(
                "“" + tooLong + "” is not a valid API token name. An API token name must not be longer than 50"
                        + " characters and may only contain the following 64 characters: a-z A-Z 0-9 _ -");
        assertThat(call("alice", "create_full_access", "name", "my token").errors()).singleElement().asString()
                .startsWith("“my token” is not a valid API token name.");
        assertThat(call("alice", "create_full_access", "name", "a".repeat(50)).status()).isEqualTo(1);
    }

    @Test
    void aDuplicateNameIsRefused() {
        createToken("alice", "laptop");

        assertThat(call("alice", "create_full_access", "name", "laptop").errors())
                .containsExactly("A conflicting API token with the name “laptop” already exists.");
        assertThat(call("bob", "create_full_access", "name", "laptop").status()).isEqualTo(1);
    }

    @Test
    void anExpiryInThePastOrNowIsRefused() {
        assertThat(call("alice", "create_full_access", "name", "a", "expires_at", Long.toString(NOW - 1)).errors())
                .containsExactly("The “" + (NOW - 1) + "” value must be a future date.");
        assertThat(call("alice", "create_full_access", "name", "a", "expires_at", Long.toString(NOW)).errors())
                .containsExactly("The “" + NOW + "” value must be a future date.");
    }

    @Test
    void anEmptyOrZeroExpiryMeansNever() {
        call("alice", "create_full_access", "name", "a", "expires_at", "");
        call("alice", "create_full_access", "name", "b", "expires_at", "0");

        assertThat(items(call("alice", "list"))).containsExactly(token("a", null), token("b", null));
    }

    @Test
    void anExpiryThatIsNotAUnixTimeIsRefusedWithTheContractsTypeText() {
        for (String notATime : List.of("tomorrow", "-5", "1.5", "99999999999999999999")) {
            assertThat(call("alice", "create_full_access", "name", "a", "expires_at", notATime).errors())
                    .as(notATime)
                    .containsExactly("The “expires_at” argument must be a Unix time: a whole number of seconds"
                            + " since 1970-01-01 UTC.");
        }
        assertThat(call("alice", "list").data()).isEqualTo(List.of());
    }

    @Test
    void revokeAnswersOneWhenATokenWasRemovedAndZeroOtherwise() {
        createToken("alice", "laptop");

        assertThat(call("alice", "revoke", "name", "laptop").data()).isEqualTo(1);
        assertThat(call("alice", "revoke", "name", "laptop").data()).isEqualTo(0);
        assertThat(call("alice", "revoke", "name", "no such/name").data()).isEqualTo(0);
        assertThat(call("alice", "list").data()).isEqualTo(List.of());
        assertThat(host.storage("Tokens").size()).isZero();
    }

    @Test
    void revokeCannotReachAnotherAccountsToken() {
        createToken("bob", "laptop");

        assertThat(call("alice", "revoke", "name", "laptop").data()).isEqualTo(0);
        assertThat(items(call("bob", "list"))).hasSize(1);
    }

    @Test
    void renameKeepsTheTokenUnderItsNewName() {
        createToken("alice", "laptop");

        Envelope renamed = call("alice", "rename", "name", "laptop", "new_name", "desktop");

        assertThat(renamed.status()).isEqualTo(1);
        assertThat(renamed.data()).isNull();
        assertThat(items(call("alice", "list"))).containsExactly(token("desktop", null));
    }

    @Test
    void renameRefusesUnknownSameAndConflictingNames() {
        createToken("alice", "laptop");
        createToken("alice", "phone");

        assertThat(call("alice", "rename", "name", "tablet", "new_name", "x").errors())
                .containsExactly("The API token “tablet” does not exist.");
        assertThat(call("alice", "rename", "name", "laptop", "new_name", "laptop").errors())
                .containsExactly("“new_name” must be a different value from “name”.");
        assertThat(call("alice", "rename", "name", "laptop", "new_name", "phone").errors())
                .containsExactly("A conflicting API token with the name “phone” already exists.");
        assertThat(call("alice", "rename", "name", "laptop", "new_name", "bad name").errors()).singleElement()
                .asString().startsWith("“bad name” is not a valid API token name.");
        assertThat(call("alice", "rename").errors()).containsExactly("Provide the “name” and “new_name” arguments.");
        assertThat(items(call("alice", "list"))).containsExactly(token("laptop", null), token("phone", null));
    }

    @Test
    void concurrentCreatesOfOneNameLeaveExactlyOneToken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Envelope>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(pool.submit(() -> call("alice", "create_full_access", "name", "laptop")));
            }
            int created = 0;
            for (Future<Envelope> future : calls) {
                created += future.get().status();
            }
            assertThat(created).isEqualTo(1);
            assertThat(items(call("alice", "list"))).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void expiryComesFromTheInjectedClock() {
        host.clock().advance(Duration.ofDays(1));

        Envelope created = call("alice", "create_full_access", "name", "laptop");

        assertThat(((Map<?, ?>) created.data()).get("create_time")).isEqualTo(NOW + 86_400);
    }

    private String createToken(String account, String name) {
        Envelope created = call(account, "create_full_access", "name", name);
        assertThat(created.errors()).isNull();
        return (String) ((Map<?, ?>) created.data()).get("token");
    }

    private Envelope call(String account, String function, String... keysAndValues) {
        return host.call(account, "Tokens", function, keysAndValues);
    }

    private String stored() {
        StringBuilder all = new StringBuilder();
        host.storage("Tokens").storedBytes().forEach(bytes -> all.append(new String(bytes, StandardCharsets.UTF_8)));
        return all.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> items(Envelope envelope) {
        return (List<Object>) envelope.data();
    }

    private static Map<String, Object> token(String name, Long expiresAt) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("name", name);
        item.put("create_time", NOW);
        item.put("expires_at", expiresAt);
        item.put("has_full_access", 1);
        item.put("features", List.of());
        return item;
    }
}
