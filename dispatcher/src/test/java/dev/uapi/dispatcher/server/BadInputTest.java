package dev.uapi.dispatcher.server;

import static dev.uapi.dispatcher.server.ServerFixture.JSON;
import static dev.uapi.dispatcher.server.ServerFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Requests no well-behaved client sends: each gets a clean status and envelope, and the server goes on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private ServerFixture fixture;
    private String token;

    @BeforeAll
    void start() throws Exception {
        fixture = new ServerFixture(settings -> settings.withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(1)));
        token = fixture.token("alice", "laptop");
    }

    @AfterAll
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void dotDotSegmentsAreRefused() throws Exception {
        assertCleanRefusal(get("/execute/../health"), 400);
        assertCleanRefusal(get("/execute/Probe/../../health"), 400);
        assertCleanRefusal(get("/execute/%2E%2E/health"), 400);
        assertCleanRefusal(get("/execute/./Probe/echo"), 400);
    }

    @Test
    void anEncodedSlashIsRefused() throws Exception {
        assertCleanRefusal(get("/execute/Probe%2Fx/echo"), 400);
        assertCleanRefusal(get("/execute/Probe/echo%2f"), 400);
    }

    @Test
    void doubleSlashesAreRefused() throws Exception {
        assertCleanRefusal(get("//execute/Probe/echo"), 400);
        assertCleanRefusal(get("/execute//Probe/echo"), 400);
    }

    @Test
    void segmentsAfterTheModuleAreTheFunctionsIllegalNameAsInCpanel() throws Exception {
        RawHttp.Answer answer = get("/execute/Two/Factor/echo");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"errors\":[\"Illegal function name: Factor/echo\"]");
    }

    @Test
    void invalidPercentEncodingIsRefused() throws Exception {
        assertCleanRefusal(get("/execute/Probe/echo?a=%ZZ"), 400);
        assertCleanRefusal(get("/execute/Probe/echo?a=%E2%9C"), 400);
        assertCleanRefusal(get("/execute/Pro%ZZbe/echo"), 400);
    }

    @Test
    void aHeaderOverJettysLimitIs431() throws Exception {
        RawHttp.Answer answer = RawHttp.send(fixture.server.port(), "GET /health HTTP/1.1\r\nHost: x\r\n"
                + "X-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

        assertCleanRefusal(answer, 431);
    }

    @Test
    void aQueryOverJettysLimitIsRefused() throws Exception {
        RawHttp.Answer answer = get("/execute/Probe/echo?a=" + "b".repeat(20_000));

        assertCleanRefusal(answer, 414);
    }

    @Test
    void aRequestLineJettyCannotParseIsRefused() throws Exception {
        assertCleanRefusal(RawHttp.send(fixture.server.port(), "GET\r\n\r\n"), 400);
        // Jetty's own answer to these is 505; a request line it cannot parse is a 400 whatever its last word
        assertCleanRefusal(RawHttp.send(fixture.server.port(), "GET / FOO\r\n\r\n"), 400);
        assertCleanRefusal(RawHttp.send(fixture.server.port(), "GET /health\r\n\r\n"), 400);
        assertCleanRefusal(RawHttp.send(fixture.server.port(), "GET /health HTTP/9.9\r\nHost: x\r\n\r\n"), 400);
    }

    @Test
    void rawBytesThatAreNotUtf8InTheQueryAreRefusedAsTheirEscapesAre() throws Exception {
        RawHttp.Answer raw = get("/execute/Probe/echo?a=\u00ff");
        RawHttp.Answer escaped = get("/execute/Probe/echo?a=%FF");

        assertCleanRefusal(raw, 400);
        assertThat(raw.body()).isEqualTo(escaped.body())
                .contains("The query string or form body has invalid percent-encoding or UTF-8.");
        assertThat(get("/execute/Probe/echo?a=\u00c3\u00a9").body()).contains("\"a\":\"\u00e9\"");
    }

    @Test
    void aFormBodyThatIsNotUtf8IsRefused() throws Exception {
        RawHttp.Answer answer = RawHttp.send(fixture.server.port(), "POST /execute/Probe/echo HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: cpanel alice:" + token + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 3\r\nConnection: close\r\n\r\na=\u00ff");

        assertCleanRefusal(answer, 400);
    }

    @Test
    void jsonBodiesOverTheLimitsAre400WithTheLimitNamed() throws Exception {
        RawHttp.Answer deep = postJson("{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        RawHttp.Answer longName = postJson("{\"" + "n".repeat(50_001) + "\":\"1\"}");
        RawHttp.Answer deepButWithin = postJson("{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}");

        assertCleanRefusal(deep, 400);
        assertThat(deep.body()).contains("The JSON request body is over a limit: nested more than 64 levels deep.");
        assertCleanRefusal(longName, 400);
        assertThat(longName.body())
                .contains("The JSON request body is over a limit: a member name longer than 50000 characters.");
        assertThat(deepButWithin.status()).isEqualTo(200);
        assertThat(deepButWithin.body()).contains("Probe::echo does not expect nested data structures.");
    }

    @Test
    void aNulInAQueryValueIsAnArgumentErrorNotAnIncident() throws Exception {
        RawHttp.Answer answer = get("/execute/Probe/echo?team_user=x%00");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"errors\":[\"The argument “team_user” contains a NUL character or an"
                + " unpaired surrogate, which no argument may contain.\"]").doesNotContain("incident");
    }

    @Test
    void anAuthorizationUserOutsideTheAccountRuleIs401() throws Exception {
        // white space around the credentials is the header's, not the name's: "cpanel  alice:..." is alice
        for (String user : List.of("al ice", "ALICE", "\u00d0\u00b0lice", "alice\u00e2\u0080\u008b")) {
            RawHttp.Answer answer = RawHttp.send(fixture.server.port(), "GET /execute/Probe/echo HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: cpanel " + user + ":" + token + "\r\nConnection: close\r\n\r\n");

            assertCleanRefusal(answer, 401);
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsAnsweredWithoutWaitingForTheBody() throws Exception {
        try (ServerFixture slow = new ServerFixture(
                        settings -> settings.withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(60)));
                Socket socket = new Socket("127.0.0.1", slow.server.port())) {
            String slowToken = slow.token("alice", "laptop");
            // well under the request timeout: the answer must not wait for a body that never comes
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /execute/Probe/echo HTTP/1.1\r\nHost: x\r\nAuthorization: cpanel alice:"
                    + slowToken + "\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));

            RawHttp.Answer answer = RawHttp.Answer.parse(RawHttp.readAll(socket.getInputStream()));

            assertCleanRefusal(answer, 413);
        }
    }

    @Test
    void aClientTricklingItsHeadersIsCutOffAtTheRequestTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
            socket.setSoTimeout(200);
            int lines = 0;
            boolean closed = false;
            // 150 lines, one each 200 ms, would take 30 s, the idle timeout; the head deadline is 1 s
            while (!closed && lines < 150) {
                try {
                    out.write(("X-Slow-" + lines + ": b\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    lines++;
                    closed = socket.getInputStream().read() < 0;
                } catch (java.net.SocketTimeoutException e) {
                    // still open: trickle on
                } catch (java.io.IOException e) {
                    closed = true;
                }
            }

            assertThat(closed).as("closed after " + lines + " header lines").isTrue();
            assertThat(lines).isLessThan(150);
        }
        assertThat(fixture.send(fixture.request("/health").build()).statusCode()).isEqualTo(200);
    }

    @Test
    void aClientThatNeverFinishesItsBodyTimesOut() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /execute/Probe/echo HTTP/1.1\r\nHost: x\r\nAuthorization: cpanel alice:" + token
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\na=1")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();

            RawHttp.Answer answer = RawHttp.Answer.parse(RawHttp.readAll(socket.getInputStream()));

            assertCleanRefusal(answer, 408);
        }
        assertThat(fixture.send(fixture.request("/health").build()).statusCode()).isEqualTo(200);
    }

    @Test
    void theServerKeepsServingAfterBadInput() throws Exception {
        get("/execute/%2E%2E/health");
        RawHttp.send(fixture.server.port(), "GARBAGE\r\n\r\n");

        assertThat(fixture.send(fixture.request("/execute/Probe/echo", "alice", token).build()).statusCode())
                .isEqualTo(200);
    }

    private RawHttp.Answer postJson(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(fixture.server.port(), "POST /execute/Probe/echo HTTP/1.1\r\nHost: x\r\nAuthorization: cpanel alice:"
                + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1));
    }

    private RawHttp.Answer get(String target) throws Exception {
        return RawHttp.send(fixture.server.port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: cpanel alice:"
                + token + "\r\nConnection: close\r\n\r\n");
    }

    private static void assertCleanRefusal(RawHttp.Answer answer, int status) throws Exception {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
        assertEnvelope(answer);
    }

    private static void assertEnvelope(RawHttp.Answer answer) throws Exception {
        assertThat(answer.head()).containsIgnoringCase("Content-Type: application/json");
        Map<String, Object> envelope = JSON.readValue(answer.body(), new TypeReference<>() { });
        assertThat(envelope).containsOnlyKeys("status", "errors", "messages", "warnings", "metadata", "data");
        assertThat(envelope.get("status")).isEqualTo(0);
        assertThat((List<?>) envelope.get("errors")).hasSize(1);
        assertThat(answer.body()).doesNotContain("Exception", "at org.");
    }
}
