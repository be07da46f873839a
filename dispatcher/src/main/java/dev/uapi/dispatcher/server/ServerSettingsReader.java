package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.signin.SignInSettingsReader;
import dev.uapi.spi.SettingsException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code server:} section of {@code uapi.yaml} strictly: an unknown key is an error naming it and
 * the known ones, a value of the wrong form an error naming the key and what is expected. Every problem of
 * the section is reported at once.
 *
 * <pre>{@code
 * server:
 *   bind: 127.0.0.1
 *   port: 2083
 *   tls:
 *     keystore: uapid.p12     # relative to UAPI_HOME
 *     password: changeit
 *   max_body_bytes: 1048576
 *   idle_timeout_seconds: 30
 *   request_timeout_seconds: 30
 *   threads: 200
 *   stop_timeout_seconds: 30
 * }</pre>
 */
public final class ServerSettingsReader {

    private static final Set<String> KEYS = new TreeSet<>(List.of("bind", "port", "tls", "max_body_bytes",
            "idle_timeout_seconds", "request_timeout_seconds", "threads", "stop_timeout_seconds",
            SignInSettingsReader.SECTION));
    private static final Set<String> TLS_KEYS = new TreeSet<>(List.of("keystore", "password"));

    private final Path home;
    private final List<String> problems = new ArrayList<>();

    private ServerSettingsReader(Path home) {
        this.home = home;
    }

    /**
     * Reads the section.
     *
     * @param section the raw {@code server:} section; empty for the defaults
     * @param home {@code UAPI_HOME}, against which a relative keystore path is resolved
     * @throws SettingsException listing every problem of the section
     */
    public static ServerSettings read(Map<String, Object> section, Path home) {
        requireNonNull(section, "section is null");
        requireNonNull(home, "home is null");
        return new ServerSettingsReader(home).parse(section);
    }

    private ServerSettings parse(Map<String, Object> section) {
        unknownKeys("server", section, KEYS);
        ServerSettings defaults = ServerSettings.DEFAULTS;
        ServerSettings settings = new ServerSettings(
                text(section, "bind", defaults.bind()),
                (int) integer(section, "port", defaults.port(), 0, 65_535),
                tls(section.get("tls")),
                integer(section, "max_body_bytes", defaults.maxBodyBytes(), 0, Integer.MAX_VALUE),
                seconds(section, "idle_timeout_seconds", defaults.idleTimeout()),
                seconds(section, "request_timeout_seconds", defaults.requestTimeout()),
                (int) integer(section, "threads", defaults.threads(), 8, 10_000),
                seconds(section, "stop_timeout_seconds", defaults.stopTimeout()));
        if (!problems.isEmpty()) {
            throw new SettingsException("Invalid server settings in uapi.yaml: " + String.join("; ", problems));
        }
        return settings;
    }

    private Optional<TlsSettings> tls(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> raw)) {
            problems.add("“server.tls” must be a section with the keys " + String.join(", ", TLS_KEYS));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) raw;
        unknownKeys("server.tls", section, TLS_KEYS);
        String keystore = text(section, "keystore", null);
        String password = text(section, "password", null);
        if (keystore == null || password == null) {
            problems.add("“server.tls” needs both “keystore” and “password”");
            return Optional.empty();
        }
        return Optional.of(new TlsSettings(home.resolve(keystore), password));
    }

    private void unknownKeys(String where, Map<String, Object> section, Set<String> known) {
        for (Object key : section.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problems.add("unknown setting “" + where + "." + key + "”; the known ones are "
                        + String.join(", ", known));
            }
        }
    }

    private String text(Map<String, Object> section, String key, String defaultValue) {
        Object value = section.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Map || value instanceof List) {
            problems.add("“" + key + "” must be a single value");
            return defaultValue;
        }
        return value.toString();
    }

    private long integer(Map<String, Object> section, String key, long defaultValue, long min, long max) {
        String value = text(section, key, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        problems.add("“" + key + "” must be a whole number from " + min + " to " + max + ", not “" + value + "”");
        return defaultValue;
    }

    private Duration seconds(Map<String, Object> section, String key, Duration defaultValue) {
        return Duration.ofSeconds(integer(section, key, defaultValue.toSeconds(), 1, 86_400));
    }
}
