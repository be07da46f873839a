package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.settings.Section;
import dev.uapi.dispatcher.signin.SignInSettingsReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code server:} section of {@code uapi.yaml}, as part of the whole file: an unknown key or a
 * value of the wrong form is a problem of the file (see {@code SettingsReader}). The {@code *_seconds} keys
 * take a duration; a bare number counts seconds.
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

    private static final Set<String> KEYS = Set.of("bind", "port", "tls", "max_body_bytes",
            "idle_timeout_seconds", "request_timeout_seconds", "threads", "stop_timeout_seconds",
            SignInSettingsReader.SECTION);
    private static final Set<String> TLS_KEYS = Set.of("keystore", "password");
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration DAY = Duration.ofDays(1);

    private ServerSettingsReader() {
    }

    /**
     * Reads the section; its problems go to the file's.
     *
     * @param section the {@code server:} section; absent for the defaults
     * @param home {@code UAPI_HOME}, against which a relative keystore path is resolved
     */
    public static ServerSettings read(Section section, Path home) {
        requireNonNull(section, "section is null");
        requireNonNull(home, "home is null");
        section.allow(KEYS);
        ServerSettings defaults = ServerSettings.DEFAULTS;
        return new ServerSettings(
                section.text("bind", defaults.bind()),
                (int) section.integer("port", defaults.port(), 0, 65_535),
                tls(section.section("tls"), home),
                section.integer("max_body_bytes", defaults.maxBodyBytes(), 0, Integer.MAX_VALUE),
                seconds(section, "idle_timeout_seconds", defaults.idleTimeout()),
                seconds(section, "request_timeout_seconds", defaults.requestTimeout()),
                (int) section.integer("threads", defaults.threads(), 8, 10_000),
                seconds(section, "stop_timeout_seconds", defaults.stopTimeout()),
                SignInSettingsReader.read(section.section(SignInSettingsReader.SECTION)));
    }

    private static Optional<TlsSettings> tls(Section tls, Path home) {
        if (!tls.present()) {
            return Optional.empty();
        }
        tls.allow(TLS_KEYS);
        String keystore = tls.text("keystore", null);
        String password = tls.text("password", null);
        if (keystore == null || password == null) {
            tls.problem(keystore == null ? "keystore" : "password", "must be set: HTTPS needs both keystore and password");
            return Optional.empty();
        }
        return Optional.of(new TlsSettings(home.resolve(keystore), password));
    }

    private static Duration seconds(Section section, String key, Duration defaultValue) {
        return section.duration(key, defaultValue, SECOND, SECOND, DAY);
    }
}
