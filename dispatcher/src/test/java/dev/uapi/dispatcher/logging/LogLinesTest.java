package dev.uapi.dispatcher.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogLinesTest {

    private static LogRecord record(Level level, String message, Throwable thrown) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("uapi.module.TwoFactorAuth");
        record.setInstant(java.time.Instant.parse("2026-11-30T13:24:07.123Z"));
        record.setParameters(new Object[] {"alice"});
        record.setThrown(thrown);
        return record;
    }

    @Test
    void aTextLineHasTheIsoTimeTheLevelAndTheLogger() {
        assertThat(new LogLines(false).format(record(Level.WARNING, "Account {0} is locked", null)))
                .isEqualTo("2026-11-30T13:24:07.123Z WARN uapi.module.TwoFactorAuth: Account alice is locked"
                        + System.lineSeparator());
        assertThat(new LogLines(false).format(record(Level.SEVERE, "x", null))).contains(" ERROR ");
        assertThat(new LogLines(false).format(record(Level.FINE, "x", null))).contains(" DEBUG ");
    }

    @Test
    void aJsonLineIsOneObjectWithTheTraceInside() throws Exception {
        String line = new LogLines(true).format(record(Level.INFO, "Account {0}\nsecond line",
                new IllegalStateException("boom")));

        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("time").asText()).isEqualTo("2026-11-30T13:24:07.123Z");
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("logger").asText()).isEqualTo("uapi.module.TwoFactorAuth");
        assertThat(json.get("message").asText()).isEqualTo("Account alice\nsecond line");
        assertThat(json.get("trace").asText()).startsWith("java.lang.IllegalStateException: boom");
    }

    @Test
    void linesWrittenOutsideTheLogReadLikeItsRecords() throws Exception {
        java.time.Instant time = java.time.Instant.parse("2026-11-30T15:28:28.125Z");
        String access = "127.0.0.1 alice \"GET /execute/Tokens/list HTTP/1.1\" 200 187 3ms";

        assertThat(new LogLines(false).line(time, "INFO", "uapi.access", access))
                .isEqualTo("2026-11-30T15:28:28.125Z INFO uapi.access: " + access);
        JsonNode json = new ObjectMapper().readTree(new LogLines(true).line(time, "WARN", "uapid", "plugin x: 1 problem"));
        assertThat(json.get("time").asText()).isEqualTo("2026-11-30T15:28:28.125Z");
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("logger").asText()).isEqualTo("uapid");
        assertThat(json.get("message").asText()).isEqualTo("plugin x: 1 problem");
        assertThat(json.has("trace")).isFalse();
    }

    @Test
    void eachLineHasItsOwnTimeWhenLinesShareOrChangeTheirMillisecond() {
        LogLines lines = new LogLines(false);
        java.time.Instant first = java.time.Instant.parse("2026-11-30T15:28:28.125Z");
        java.time.Instant next = first.plusMillis(1);
        java.time.Instant whole = java.time.Instant.parse("2026-11-30T15:28:29Z");

        assertThat(lines.line(first, "INFO", "uapi.access", "a")).isEqualTo("2026-11-30T15:28:28.125Z INFO uapi.access: a");
        assertThat(lines.line(first, "INFO", "uapi.access", "b")).isEqualTo("2026-11-30T15:28:28.125Z INFO uapi.access: b");
        assertThat(lines.line(next, "INFO", "uapi.access", "c")).isEqualTo("2026-11-30T15:28:28.126Z INFO uapi.access: c");
        assertThat(lines.line(first.plusSeconds(1), "INFO", "uapi.access", "d"))
                .isEqualTo("2026-11-30T15:28:29.125Z INFO uapi.access: d");
        assertThat(lines.line(whole, "INFO", "uapi.access", "e")).isEqualTo("2026-11-30T15:28:29Z INFO uapi.access: e");
        assertThat(lines.line(first, "INFO", "uapi.access", "f")).isEqualTo("2026-11-30T15:28:28.125Z INFO uapi.access: f");
    }
}
