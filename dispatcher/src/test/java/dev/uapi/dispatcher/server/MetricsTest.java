package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.dispatcher.cli.UapiMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics}: on its own loopback port, in the Prometheus text format, counting what happened. */
class MetricsTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Uapid start() throws Exception {
        return Uapid.start(home, settings -> settings.withPort(0), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void callsTokenFailuresAndTheJvmAreCountedOnTheirOwnPort() throws Exception {
        StringWriter created = new StringWriter();
        UapiMain.run(new String[] {"--user=alice", "--output=json", "Tokens", "create_full_access", "name=m"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(created), new PrintWriter(new StringWriter()), home);
        String token = new ObjectMapper().readTree(created.toString()).at("/result/data/token").asText();
        Uapid uapid = start();
        try {
            URI metrics = uapid.metricsUri();
            assertThat(metrics.toString()).startsWith("http://127.0.0.1:").endsWith("/metrics")
                    .isNotEqualTo(uapid.uri() + "/metrics");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(" INFO uapid: metrics on " + metrics);

            assertThat(get(URI.create(uapid.uri() + "/execute/Tokens/list"), "cpanel alice:" + token).statusCode())
                    .isEqualTo(200);
            get(URI.create(uapid.uri() + "/execute/Tokens/list"), "cpanel alice:" + token);
            get(URI.create(uapid.uri() + "/execute/Tokens/nope"), "cpanel alice:" + token);
            get(URI.create(uapid.uri() + "/execute/Typo" + System.nanoTime() + "/list"), "cpanel alice:" + token);
            assertThat(get(URI.create(uapid.uri() + "/execute/Tokens/list"), "cpanel alice:WRONG").statusCode())
                    .isEqualTo(401);

            HttpResponse<String> scraped = get(metrics, null);

            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(scraped.body())
                    .contains("uapi_calls_total{function=\"list\",module=\"Tokens\",outcome=\"success\"} 2.0")
                    .contains("uapi_calls_total{function=\"unknown\",module=\"Tokens\",outcome=\"failure\"} 1.0")
                    .contains("uapi_calls_total{function=\"unknown\",module=\"unknown\",outcome=\"failure\"} 1.0")
                    .contains("uapi_call_duration_seconds_bucket{function=\"list\",module=\"Tokens\",le=\"")
                    .contains("uapi_token_authentication_failures_total 1.0")
                    .contains("uapi_store_errors_total 0.0")
                    .contains("uapi_plugin_load_failures_total 0.0")
                    .contains("uapi_http_responses_total{status=\"401\"} 1.0")
                    .contains("jvm_memory_used_bytes{", "jetty_threads_current", "jetty_connections_current",
                            "process_uptime_seconds")
                    .doesNotContain(token, "Typo");
            assertThat(get(URI.create(metrics.resolve("/execute/Tokens/list").toString()), "cpanel alice:" + token)
                    .statusCode()).isEqualTo(404);
        } finally {
            uapid.stop();
        }
    }

    @Test
    void aFailedLoginIsASignInEventNotATokenFailure() throws Exception {
        Uapid uapid = start();
        try {
            HttpRequest login = HttpRequest.newBuilder(URI.create(uapid.uri() + "/login/?login_only=1"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("user=alice&pass=not-the-password")).build();
            assertThat(client.send(login, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

            assertThat(get(uapid.metricsUri(), null).body())
                    .contains("uapi_sign_in_events_total{event=\"failure\"} 1.0")
                    .contains("uapi_token_authentication_failures_total 0.0")
                    .contains("uapi_http_responses_total{status=\"401\"} 1.0")
                    .doesNotContain("not-the-password");
        } finally {
            uapid.stop();
        }
    }

    @Test
    void aPluginThatFailsToLoadIsCounted() throws Exception {
        Files.createDirectories(home.resolve("plugins/empty"));
        Uapid uapid = start();
        try {
            assertThat(uapid.awaitModules(Duration.ofSeconds(60))).isTrue();
            assertThat(get(uapid.metricsUri(), null).body()).contains("uapi_plugin_load_failures_total 1.0");
        } finally {
            uapid.stop();
        }
    }

    @Test
    void metricsCanBeTurnedOff() throws Exception {
        Files.writeString(home.resolve("uapi.yaml"), "metrics: {enabled: false}\n");
        Uapid uapid = start();
        try {
            assertThat(uapid.metricsUri()).isNull();
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("metrics on");
        } finally {
            uapid.stop();
        }
    }
}
