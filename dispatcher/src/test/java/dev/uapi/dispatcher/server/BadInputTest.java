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
