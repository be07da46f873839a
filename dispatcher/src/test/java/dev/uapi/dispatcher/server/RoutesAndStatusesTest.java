package dev.uapi.dispatcher.server;

import static dev.uapi.dispatcher.server.ServerFixture.assertRefused;
import static dev.uapi.dispatcher.server.ServerFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.tokens.TokenAuthenticator;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One server for the class: every test reads, or writes only what no other test looks at. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesAndStatusesTest {

    private ServerFixture fixture;
    private String token;

    @BeforeAll
    void start() throws Exception {
        fixture = new ServerFixture();
        token = fixture.token("alice", "laptop");
    }

    @AfterAll
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void healthAnswersWithoutAuthenticationAndWithoutData() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/health").build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(envelope(response)).containsEntry("status", 1).containsEntry("data", null);
        assertThat(response.body()).isEqualTo(
                "{\"status\":1,\"errors\":null,\"messages\":null,\"warnings\":null,\"metadata\":{},\"data\":null}\n");
    }

    @Test
    void healthTakesOnlyGet() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/health").POST(BodyPublishers.noBody()).build());

        assertRefused(response, 405, "The method is not allowed here. Use GET.");
        assertThat(response.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void aGetCallRunsAsTheTokensAccountAndAnswers200() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/execute/Probe/echo?a=1", "alice", token).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(envelope(response).get("data"))
                .isEqualTo(Map.of("account", "alice", "arguments", Map.of("a", "1")));
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void theSessionPrefixIsAccepted() throws Exception {
        HttpResponse<String> response = fixture.send(
                fixture.request("/cpsess0123456789/execute/Probe/echo", "alice", token).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(envelope(response)).containsEntry("status", 1);
    }

    @Test
    void aSessionPrefixWithoutTenDigitsIsNotAnApiPath() throws Exception {
        assertRefused(fixture.send(fixture.request("/cpsess123/execute/Probe/echo").build()), 404);
        assertRefused(fixture.send(fixture.request("/cpsess01234567890/execute/Probe/echo").build()), 404);
    }

    @Test
    void aFailedCallIsStill200WithStatus0() throws Exception {
        HttpResponse<String> response = fixture.send(
                fixture.request("/execute/Tokens/rename?name=nope&new_name=other", "alice", token).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(envelope(response)).containsEntry("status", 0)
                .containsEntry("errors", List.of("The API token “nope” does not exist."));
    }

    @Test
    void anUnknownModuleOrFunctionIsADispatchedCall() throws Exception {
        HttpResponse<String> module = fixture.send(fixture.request("/execute/Nope/list", "alice", token).build());
        HttpResponse<String> function = fixture.send(fixture.request("/execute/Tokens/nope", "alice", token).build());

        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(envelope(module).get("errors")).asString().contains("Failed to load module “Nope”");
        assertThat(function.statusCode()).isEqualTo(200);
        assertThat(envelope(function).get("errors")).asString().contains("could not find the function “nope”");
    }

    @Test
    void aFormBodyIsMergedAfterTheQuery() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/execute/Probe/echo?k=a&q=1", "alice", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("k=b&x=%E2%9C%93+y")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(arguments(response)).containsExactly(
                Map.entry("k", "a"), Map.entry("q", "1"), Map.entry("k-0", "b"), Map.entry("x", "✓ y"));
    }

    @Test
    void repeatedKeysAreSpreadAsTheContractSays() throws Exception {
        HttpResponse<String> response = fixture.send(
                fixture.request("/execute/Probe/echo?k=a&k=b&k=c", "alice", token).build());

        assertThat(arguments(response)).containsExactly(
                Map.entry("k", "a"), Map.entry("k-0", "b"), Map.entry("k-1", "c"));
    }

    @Test
    void aJsonObjectBodyGivesItsScalarsAsTheirJsonText() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/execute/Probe/echo?q=1", "alice", token)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(BodyPublishers.ofString("{\"name\":\"x\",\"on\":true,\"off\":false,\"n\":5,\"none\":null,"
                        + "\"e\":1e3,\"d\":1000.0,\"big\":1e999999999}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(arguments(response)).containsExactly(Map.entry("q", "1"), Map.entry("name", "x"),
                Map.entry("on", "true"), Map.entry("off", "false"), Map.entry("n", "5"), Map.entry("e", "1000"),
                Map.entry("d", "1000"), Map.entry("big", "1E+999999999"));
    }

    @Test
    void nestedJsonReachesOnlyAFunctionThatTakesIt() throws Exception {
        String body = "{\"deep\":{\"a\":[1,2]}}";

        HttpResponse<String> taken = postJson("/execute/Probe/nested", body);
        HttpResponse<String> refused = postJson("/execute/Probe/echo", body);

        assertThat(arguments(taken)).containsExactly(Map.entry("deep", Map.of("a", List.of(1, 2))));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(envelope(refused).get("errors"))
                .isEqualTo(List.of("Probe::echo does not expect nested data structures."));
    }

    @Test
    void aJsonBodyMustBeAnObject() throws Exception {
        assertRefused(postJson("[1,2]"), 400, "The JSON request body must be an object, not an array.");
        assertRefused(postJson("\"text\""), 400, "The JSON request body must be an object, not a string.");
        assertRefused(postJson("{\"a\":"), 400);
        assertRefused(postJson("{} {}"), 400);
        assertRefused(postJson("{\"a\":1"), 400);
    }

    @Test
    void aPostBodyOfAnotherTypeIs415() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/execute/Probe/echo", "alice", token)
                .header("Content-Type", "text/plain").POST(BodyPublishers.ofString("a=1")).build());

        assertRefused(response, 415, "The request body must be application/x-www-form-urlencoded or"
                + " application/json, not “text/plain”.");
    }

    @Test
    void aBodyAtTheLimitIsAcceptedAndOneByteOverIs413() throws Exception {
        int limit = 1024 * 1024;
        String prefix = "pad=";
        String atLimit = prefix + "x".repeat(limit - prefix.length());

        HttpResponse<String> accepted = postForm(atLimit);
        HttpResponse<String> refused = postForm(atLimit + "x");

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(((String) arguments(accepted).get("pad"))).hasSize(limit - prefix.length());
        assertRefused(refused, 413, "The request body is larger than the limit of 1048576 bytes.");
        assertThat(fixture.send(fixture.request("/health").build()).statusCode()).isEqualTo(200);
    }

    @Test
    void otherMethodsOnAnApiPathAre405() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> response = fixture.send(fixture.request("/execute/Probe/echo", "alice", token)
                    .method(method, BodyPublishers.noBody()).build());

            assertRefused(response, 405, "The method is not allowed here. Use GET or POST.");
            assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
        }
    }

    @Test
    void anUnknownPathIs404AndWithATokenIs403() throws Exception {
        assertRefused(fixture.send(fixture.request("/").build()), 404,
                "There is nothing at this path. UAPI calls are at /execute/<Module>/<function>.");
        assertRefused(fixture.send(fixture.request("/json-api/cpanel").build()), 404);
        assertRefused(fixture.send(fixture.request("/json-api/cpanel", "alice", token).build()), 403,
                "Token authentication allows access to UAPI or API 2 calls only.");
        assertRefused(fixture.send(fixture.request("/", "alice", "not-even-a-token").build()), 403,
                "Token authentication allows access to UAPI or API 2 calls only.");
    }

    @Test
    void aPathWithoutAModuleAndAFunctionIs404() throws Exception {
        assertRefused(fixture.send(fixture.request("/execute/Probe", "alice", token).build()), 404,
                "The path must name one module and one function: /execute/<Module>/<function>.");
        assertRefused(fixture.send(fixture.request("/execute/Probe/", "alice", token).build()), 404);
    }

    @Test
    void segmentsAfterTheFunctionArePartOfItsIllegalNameAsInCpanel() throws Exception {
        HttpResponse<String> extra = fixture.send(fixture.request("/execute/Probe/echo/extra", "alice", token).build());
        HttpResponse<String> trailing = fixture.send(fixture.request("/execute/Probe/echo/", "alice", token).build());

        assertThat(extra.statusCode()).isEqualTo(200);
        assertThat(extra.body()).isEqualTo("{\"status\":0,\"errors\":[\"Illegal function name: echo/extra\"],"
                + "\"messages\":null,\"warnings\":null,\"metadata\":{},\"data\":null}\n");
        assertThat(trailing.statusCode()).isEqualTo(200);
        assertThat(envelope(trailing)).containsEntry("errors", List.of("Illegal function name: echo/"));
    }

    @Test
    void aBugInAFunctionIsStillADispatchedCall() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/execute/Probe/crash", "alice", token).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(envelope(response).get("errors")).asString().contains("An unexpected error occurred in Probe::crash");
        assertThat(response.body()).doesNotContain("SECRET-INTERNAL", "IllegalStateException");
    }

    @Test
    void aStoreThatCannotBeReachedWhileAuthenticatingIs503WithoutDetails() throws Exception {
        try (ServerFixture broken = new ServerFixture(settings -> settings,
                host -> new TokenAuthenticator(new BrokenStorage(), host.clock()))) {
            HttpResponse<String> response = broken.send(
                    broken.request("/execute/Tokens/list", "alice", "A".repeat(32)).build());

            assertRefused(response, 503, "The data store is unavailable. Try again in a few seconds.");
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(response.body()).doesNotContain("SECRET-INTERNAL", "StorageException");
            assertThat(broken.send(broken.request("/health").build()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aStoreThatCannotBeReachedByAModuleIs503NotAnIncidentOfTheModule() throws Exception {
        HttpResponse<String> response = fixture.send(fixture.request("/execute/Probe/unavailable", "alice", token).build());

        assertRefused(response, 503, "The data store is unavailable. Try again in a few seconds.");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).doesNotContain("SECRET-INTERNAL", "incident", "Connection refused");
    }

    @Test
    void aFailureOfTheServerItselfIs500WithAnIncidentIdAndNoDetails() throws Exception {
        try (ServerFixture broken = new ServerFixture(settings -> settings, host -> new TokenAuthenticator(
                new BrokenStorage(() -> new IllegalStateException("a bug: SECRET-INTERNAL")), host.clock()))) {
            HttpResponse<String> response = broken.send(
                    broken.request("/execute/Tokens/list", "alice", "A".repeat(32)).build());

            assertRefused(response, 500);
            assertThat(envelope(response).get("errors")).asString().matches("\\[The server could not answer the"
                    + " request \\(incident [0-9a-f]{10}\\)\\. Its log has the details\\.]");
            assertThat(response.body()).doesNotContain("SECRET-INTERNAL", "IllegalStateException");
        }
    }

    private HttpResponse<String> postJson(String body) throws Exception {
        return postJson("/execute/Probe/echo", body);
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return fixture.send(fixture.request(path, "alice", token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> postForm(String body) throws Exception {
        return fixture.send(fixture.request("/execute/Probe/echo", "alice", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body)).build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(HttpResponse<String> response) throws Exception {
        return (Map<String, Object>) ((Map<?, ?>) envelope(response).get("data")).get("arguments");
    }
}
