package dev.uapi.dispatcher.logging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Lines written in batches: every line, whole, in order, at the latest when closed. */
class BufferedLinesTest {

    private static final Duration NEVER_DURING_A_TEST = Duration.ofHours(1);

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(written, false, UTF_8);

    @Test
    void linesAreHeldUntilFlushedOrClosedThenWrittenWholeAndInOrder() {
        BufferedLines lines = new BufferedLines(out, NEVER_DURING_A_TEST, "test-lines");
        lines.add("one");
        lines.add("two");
        assertThat(text()).isEmpty();

        lines.flush();
        assertThat(text()).isEqualTo("one\ntwo\n");

        lines.add("three");
        lines.close();
        assertThat(text()).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void aLineAddedAfterCloseIsWrittenAtOnce() {
        BufferedLines lines = new BufferedLines(out, NEVER_DURING_A_TEST, "test-lines");
        lines.add("before");
        lines.close();

        lines.add("after");
        assertThat(text()).isEqualTo("before\nafter\n");
    }

    @Test
    void heldLinesAreWrittenAfterTheIntervalWithoutAnyFlush() throws Exception {
        BufferedLines lines = new BufferedLines(out, Duration.ofMillis(10), "test-lines");
        try {
            lines.add("waiting");
            for (int attempt = 0; attempt < 500 && text().isEmpty(); attempt++) {
                Thread.sleep(10);
            }
            assertThat(text()).isEqualTo("waiting\n");
        } finally {
            lines.close();
        }
    }

    @Test
    void aFullBatchIsWrittenWithoutWaitingForTheInterval() {
        BufferedLines lines = new BufferedLines(out, NEVER_DURING_A_TEST, "test-lines");
        try {
            String line = "x".repeat(99);
            int count = BufferedLines.BATCH_CHARS / 100 + 1;
            for (int i = 0; i < count; i++) {
                lines.add(line);
            }
            assertThat(text().lines()).hasSize(count).containsOnly(line);
        } finally {
            lines.close();
        }
    }

    @Test
    void manyThreadsLoseNoLineAndSplitNone() throws Exception {
        int threads = 8;
        int each = 5_000;
        BufferedLines lines = new BufferedLines(out, Duration.ofMillis(1), "test-lines");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> adding = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String thread = "thread" + t;
                adding.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        lines.add(thread + " line " + i + " " + "y".repeat(i % 200));
                    }
                }));
            }
            for (Future<?> future : adding) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        lines.close();

        List<String> all = text().lines().toList();
        assertThat(all).hasSize(threads * each);
        Map<String, Integer> next = new HashMap<>();
        for (String line : all) {
            String[] parts = line.split(" ");
            int number = Integer.parseInt(parts[2]);
            // each thread's lines arrive whole and in the order it added them
            assertThat(number).isEqualTo(next.getOrDefault(parts[0], 0));
            assertThat(line).isEqualTo(parts[0] + " line " + number + " " + "y".repeat(number % 200));
            next.put(parts[0], number + 1);
        }
    }

    private String text() {
        out.flush();
        return written.toString(UTF_8);
    }
}
