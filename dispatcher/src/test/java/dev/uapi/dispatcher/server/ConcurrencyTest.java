package dev.uapi.dispatcher.server;

import static dev.uapi.dispatcher.server.ServerFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final int CLIENTS = 50;
    private static final int REQUESTS = 200;

    @Test
    void twoHundredParallelRequestsFromFiftyClientsAreAllAnsweredCorrectly() throws Exception {
        try (ServerFixture fixture = new ServerFixture()) {
            List<String> accounts = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                accounts.add("user" + i);
                tokens.add(fixture.token("user" + i, "t"));
            }
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < REQUESTS; i++) {
                    int n = i;
                    HttpClient client = clients.get(i % CLIENTS);
                    String account = accounts.get(i % accounts.size());
                    String token = tokens.get(i % tokens.size());
                    Callable<Boolean> call = () -> answeredCorrectly(fixture, client, account, token, n);
                    answers.add(pool.submit(call));
                }
                int correct = 0;
                for (Future<Boolean> answer : answers) {
                    correct += answer.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(correct).isEqualTo(REQUESTS);
                // none lost: each request has its line in the access log
                assertThat(fixture.awaitLog(REQUESTS).lines().filter(line -> line.contains("/execute/Probe/echo")))
                        .hasSize(REQUESTS);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static boolean answeredCorrectly(ServerFixture fixture, HttpClient client, String account, String token,
            int n) throws Exception {
        HttpRequest request = fixture.request("/execute/Probe/echo?n=" + n, account, token).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<?, ?> data = (Map<?, ?>) envelope(response).get("data");
        return response.statusCode() == 200
                && data.get("account").equals(account)
                && data.get("arguments").equals(Map.of("n", Integer.toString(n)));
    }
}
