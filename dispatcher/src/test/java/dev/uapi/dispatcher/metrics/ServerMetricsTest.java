package dev.uapi.dispatcher.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Counting through meters found once: every call and response still counted, each under its own labels. */
class ServerMetricsTest {

    @Test
    void callsAndResponsesFromManyThreadsAreCountedExactlyUnderTheirLabels() throws Exception {
        int threads = 8;
        int each = 2_000;
        try (ServerMetrics metrics = new ServerMetrics()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> counting = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    counting.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            metrics.call("Tokens", "list", i % 4 == 0 ? "failure" : "success", 1_000);
                            metrics.call("Tokens", "create_full_access", "success", 2_000);
                            metrics.call("Other", "list", "success", 3_000);
                            metrics.response(i % 2 == 0 ? 200 : 401);
                        }
                        metrics.response(1_000);
                    }));
                }
                for (Future<?> future : counting) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            int total = threads * each;
            assertThat(metrics.scrape())
                    .contains("uapi_calls_total{function=\"list\",module=\"Tokens\",outcome=\"success\"} "
                            + (double) (total * 3 / 4))
                    .contains("uapi_calls_total{function=\"list\",module=\"Tokens\",outcome=\"failure\"} "
                            + (double) (total / 4))
                    .contains("uapi_calls_total{function=\"create_full_access\",module=\"Tokens\",outcome=\"success\"} "
                            + (double) total)
                    .contains("uapi_calls_total{function=\"list\",module=\"Other\",outcome=\"success\"} " + (double) total)
                    .contains("uapi_call_duration_seconds_count{function=\"list\",module=\"Tokens\"} " + total)
                    .contains("uapi_http_responses_total{status=\"200\"} " + (double) (total / 2))
                    .contains("uapi_http_responses_total{status=\"401\"} " + (double) (total / 2))
                    .contains("uapi_http_responses_total{status=\"1000\"} " + (double) threads);
        }
    }
}
