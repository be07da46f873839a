package dev.uapi.dispatcher.signin;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.settings.Section;
import java.time.Duration;
import java.util.Set;

/**
 * Reads the {@code server.sign_in} section of {@code uapi.yaml}, as part of the whole file: an unknown key or a
 * value out of range is a problem of the file. The {@code *_minutes} keys take a duration; a bare number counts
 * minutes.
 *
 * <pre>{@code
 * server:
 *   sign_in:
 *     idle_timeout_minutes: 1440
 *     max_lifetime_minutes: 10080
 *     pending_timeout_minutes: 5
 *     address_failures: 5
 *     address_lock_minutes: 15
 *     account_failures: 15
 *     account_lock_minutes: 5
 * }</pre>
 */
public final class SignInSettingsReader {

    /** The key of the section inside {@code server:}. */
    public static final String SECTION = "sign_in";

    private static final Set<String> KEYS = Set.of("idle_timeout_minutes", "max_lifetime_minutes",
            "pending_timeout_minutes", "address_failures", "address_lock_minutes", "account_failures",
            "account_lock_minutes");
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofDays(366);

    private SignInSettingsReader() {
    }

    /**
     * Reads the section; its problems go to the file's.
     *
     * @param section the {@code server.sign_in} section; absent for the defaults
     */
    public static SignInSettings read(Section section) {
        requireNonNull(section, "section is null");
        section.allow(KEYS);
        SignInSettings d = SignInSettings.DEFAULTS;
        return new SignInSettings(
                minutes(section, "idle_timeout_minutes", d.idleTimeout()),
                minutes(section, "max_lifetime_minutes", d.maxLifetime()),
                minutes(section, "pending_timeout_minutes", d.pendingTimeout()),
                (int) section.integer("address_failures", d.addressFailures(), 1, 10_000),
                minutes(section, "address_lock_minutes", d.addressLock()),
                (int) section.integer("account_failures", d.accountFailures(), 1, 10_000),
                minutes(section, "account_lock_minutes", d.accountLock()));
    }

    private static Duration minutes(Section section, String key, Duration defaultValue) {
        return section.duration(key, defaultValue, MINUTE, MINUTE, MAX);
    }
}
