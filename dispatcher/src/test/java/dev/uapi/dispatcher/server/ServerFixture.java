package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.reference.DeclaredModules;
import dev.uapi.dispatcher.reference.OpenApiDocument;
import dev.uapi.dispatcher.testing.TestHost;
import dev.uapi.dispatcher.tokens.TokenAuthenticator;
import dev.uapi.testkit.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A real server on an ephemeral loopback port in front of the real dispatcher over the kit's fakes: in-memory
 * storage, a clock the test moves, the Tokens module and the {@link ProbeModule}; the access log captured.
 */
final class ServerFixture implements AutoCloseable {

    static final long NOW = TestHost.NOW;
    static final ObjectMapper JSON = new ObjectMapper();

    final ProbeModule probe = new ProbeModule();
    final TestHost host = new TestHost(Map.of(), probe);
    final TestClock clock = host.clock();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final UapiServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerFixture() throws Exception {
        this(settings -> settings);
    }

    ServerFixture(UnaryOperator<ServerSettings> adjust) throws Exception {
        this(adjust, host -> host.tokenAuthenticator());
    }

    ServerFixture(UnaryOperator<ServerSettings> adjust, Function<TestHost, TokenAuthenticator> authenticator)
            throws Exception {
        ServerSettings settings = adjust.apply(ServerSettings.DEFAULTS.withPort(0).withBind("127.0.0.1"));
        server = UapiServer.start(settings, host.dispatcher(), authenticator.apply(host),
                OpenApiDocument.json(DeclaredModules.loaded(host.registry())),
                new PrintStream(log, true, StandardCharsets.UTF_8), clock);
    }

    /** Makes a token for an account, through the module as {@code bin/uapi} would. */
    String token(String account, String name) {
        return token(account, name, "");
    }

    String token(String account, String name, String expiresAt) {
        Envelope envelope = host.call(account, "Tokens", "create_full_access", "name", name, "expires_at", expiresAt);
        assertThat(envelope.errors()).isNull();
        return (String) ((Map<?, ?>) envelope.data()).get("token");
    }

    URI uri(String pathAndQuery) {
        return URI.create(server.uri() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    HttpRequest.Builder request(String pathAndQuery, String user, String token) {
        return request(pathAndQuery).header("Authorization", "cpanel " + user + ":" + token);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The access log so far, every line held in its buffer included. */
    String log() {
        server.flushAccessLog();
        return log.toString(StandardCharsets.UTF_8);
    }

    /**
     * The log once it has at least {@code lines} lines: Jetty writes a request's line when the request
     * completes, which can be just after the client has read the answer.
     */
    String awaitLog(long lines) throws InterruptedException {
        for (int attempt = 0; attempt < 100 && log().lines().count() < lines; attempt++) {
            Thread.sleep(20);
        }
        return log();
    }

    /** The body as an envelope, checking that it has exactly the contract's six fields. */
    static Map<String, Object> envelope(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Map<String, Object> envelope = JSON.readValue(response.body(), new TypeReference<>() { });
        assertThat(envelope).containsOnlyKeys("status", "errors", "messages", "warnings", "metadata", "data");
        return envelope;
    }

    /** Checks an envelope-shaped refusal: the status, {@code status} 0 and exactly this one error. */
    static void assertRefused(HttpResponse<String> response, int status, String error) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Map<String, Object> envelope = envelope(response);
        assertThat(envelope.get("status")).isEqualTo(0);
        assertThat(envelope.get("errors")).isEqualTo(List.of(error));
        assertThat(envelope.get("data")).isNull();
        assertThat(envelope.get("metadata")).isEqualTo(Map.of());
    }

    /** Checks an envelope-shaped refusal with any one error line. */
    static void assertRefused(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Map<String, Object> envelope = envelope(response);
        assertThat(envelope.get("status")).isEqualTo(0);
        assertThat((List<?>) envelope.get("errors")).hasSize(1);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at dev.");
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
