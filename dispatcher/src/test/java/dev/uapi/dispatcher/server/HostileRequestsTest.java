package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Replays the hostile-request corpus ({@code src/test/resources/hostile/requests.jsonl}, several hundred
 * requests no well-behaved client sends, made by {@code generate.py} beside it) against the real server on
 * loopback, each on a fresh connection: no answer is a 5xx, no answer or log record carries a stack trace,
 * and the access log never shows a value whose name says it is secret.
 */
class HostileRequestsTest {

    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.[01] ([0-9]{3}) ");
    private static final List<String> TRACE_SIGNS = List.of("Exception", "at org.", "at dev.", "at java.", "\tat ");

    @Test
    void theCorpusGetsNo5xxNoTraceAndNoSecretInTheLog() throws Exception {
        List<JsonNode> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(500);
        List<LogRecord> records = new ArrayList<>();
        Handler recorder = recorder(records);
        Logger root = Logger.getLogger("");
        root.addHandler(recorder);
        try (ServerFixture fixture = new ServerFixture(
                settings -> settings.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2)))) {
            String token = fixture.token("alice", "laptop");
            List<String> problems = new ArrayList<>();
            Map<String, Integer> statuses = new TreeMap<>();
            int answered = 0;
            for (JsonNode entry : corpus) {
                String name = entry.get("name").asText();
                String raw = send(fixture.server.port(), entry.get("request").asText().replace("{TOKEN}", token));
                Matcher status = STATUS_LINE.matcher(raw);
                if (!status.find()) {
                    statuses.merge("closed without an answer", 1, Integer::sum);
                }
                status.reset();
                while (status.find()) {
                    answered++;
                    statuses.merge(status.group(1), 1, Integer::sum);
                    if (status.group(1).startsWith("5")) {
                        problems.add(name + ": " + status.group(1));
                    }
                }
                for (String sign : TRACE_SIGNS) {
                    if (raw.contains(sign)) {
                        problems.add(name + ": the answer contains “" + sign + "”");
                    }
                }
            }
            System.out.println("hostile requests: " + corpus.size() + "; answers by status: " + statuses);
            assertThat(problems).isEmpty();
            assertThat(answered).as("most requests get an answer").isGreaterThan(corpus.size() * 9 / 10);
            assertThat(fixture.send(fixture.request("/health").build()).statusCode()).isEqualTo(200);
            String log = fixture.log();
            assertThat(log).doesNotContain("HUNTERTWO");
            for (String sign : TRACE_SIGNS) {
                assertThat(log).doesNotContain(sign);
            }
        } finally {
            root.removeHandler(recorder);
        }
        assertThat(records).as("log records with a cause or at SEVERE").isEmpty();
    }

    private static List<JsonNode> corpus() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        try (InputStream in = HostileRequestsTest.class.getResourceAsStream("/hostile/requests.jsonl");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                entries.add(ServerFixture.JSON.readTree(line));
            }
        }
        return entries;
    }

    /** Sends the bytes and reads whatever comes back until the server closes; a reset is no answer. */
    private static String send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // the server answered and closed before taking the whole request: read what it said
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                answer.write(socket.getInputStream().readAllBytes());
            } catch (IOException e) {
                // a reset after the answer, or instead of one
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static Handler recorder(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getThrown() != null || record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    synchronized (records) {
                        records.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
