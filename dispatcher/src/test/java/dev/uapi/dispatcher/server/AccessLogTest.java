package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The access log, written in batches: no line lost or split, every one written by the time the server stops. */
class AccessLogTest {

    @Test
    void stoppingWritesTheLineOfEveryRequestWholeWithoutWaitingForTheInterval() throws Exception {
        int requests = 200;
        String log;
        try (ServerFixture fixture = new ServerFixture()) {
            String token = fixture.token("alice", "laptop");
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(fixture.client.sendAsync(fixture.request("/execute/Probe/echo?n=" + i + "&secret=s" + i,
                        "alice", token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
            }

            fixture.server.stop();
            // read as written, without the fixture's flush
            log = fixture.log.toString(StandardCharsets.UTF_8);
        }

        List<String> lines = log.lines().toList();
        assertThat(lines).hasSize(requests);
        assertThat(lines).allMatch(line -> line.matches("\\S+Z INFO uapi\\.access: 127\\.0\\.0\\.1 alice \"GET /execute/Probe/echo\\?n=\\d+"
                + "&secret=\\[REDACTED\\] HTTP/1\\.1\" 200 \\d+ \\d+ms"));
        assertThat(lines.stream().map(line -> line.replaceAll(".*\\?n=(\\d+)&.*", "$1")).distinct()).hasSize(requests);
        assertThat(log).doesNotContain("secret=s");
    }
}
