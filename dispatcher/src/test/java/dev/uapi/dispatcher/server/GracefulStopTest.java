package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    @Test
    void aRequestInFlightWhenTheStopBeginsCompletesWith200() throws Exception {
        ServerFixture fixture = new ServerFixture();
        String token = fixture.token("alice", "laptop");
        int port = fixture.server.port();

        CompletableFuture<HttpResponse<String>> inFlight = fixture.client.sendAsync(
                fixture.request("/execute/Probe/wait", "alice", token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(fixture.probe.entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                fixture.server.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitRefusedConnections(port);
        assertThat(stopping).isNotDone();

        fixture.probe.release.countDown();

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"data\":\"released\"");
        stopping.get(30, TimeUnit.SECONDS);
    }

    private static void awaitRefusedConnections(int port) throws InterruptedException {
        // new connections are refused as soon as the stop begins, while the request in flight goes on
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                Thread.sleep(50);
            } catch (IOException refused) {
                return;
            }
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }
}
