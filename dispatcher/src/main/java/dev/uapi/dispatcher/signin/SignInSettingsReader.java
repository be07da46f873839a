package dev.uapi.dispatcher.signin;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.SettingsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code server.sign_in} section of {@code uapi.yaml} strictly, in the manner of the {@code server:}
 * section: an unknown key or a value out of range is an error naming it, all problems at once.
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

    private static final Set<String> KEYS = new TreeSet<>(List.of("idle_timeout_minutes", "max_lifetime_minutes",
            "pending_timeout_minutes", "address_failures", "address_lock_minutes", "account_failures",
            "account_lock_minutes"));
    private static final long MAX_MINUTES = 366L * 24 * 60;

    private final List<String> problems = new ArrayList<>();

    private SignInSettingsReader() {
    }

    /**
     * Reads the section.
     *
     * @param section the raw {@code server.sign_in} value; null for the defaults
     * @throws SettingsException listing every problem of the section
     */
    public static SignInSettings read(Object section) {
        if (section == null) {
            return SignInSettings.DEFAULTS;
        }
        if (!(section instanceof Map<?, ?> raw)) {
            throw new SettingsException("Invalid server settings in uapi.yaml: “server." + SECTION
                    + "” must be a section with the keys " + String.join(", ", KEYS));
        }
        return new SignInSettingsReader().parse(raw);
    }

    private SignInSettings parse(Map<?, ?> section) {
        for (Object key : section.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                problems.add("unknown setting “server." + SECTION + "." + key + "”; the known ones are "
                        + String.join(", ", KEYS));
            }
        }
        SignInSettings d = SignInSettings.DEFAULTS;
        SignInSettings settings = new SignInSettings(
                minutes(section, "idle_timeout_minutes", d.idleTimeout()),
                minutes(section, "max_lifetime_minutes", d.maxLifetime()),
                minutes(section, "pending_timeout_minutes", d.pendingTimeout()),
                (int) integer(section, "address_failures", d.addressFailures(), 1, 10_000),
                minutes(section, "address_lock_minutes", d.addressLock()),
                (int) integer(section, "account_failures", d.accountFailures(), 1, 10_000),
                minutes(section, "account_lock_minutes", d.accountLock()));
        if (!problems.isEmpty()) {
            throw new SettingsException("Invalid server settings in uapi.yaml: " + String.join("; ", problems));
        }
        return settings;
    }

    private Duration minutes(Map<?, ?> section, String key, Duration defaultValue) {
        return Duration.ofMinutes(integer(section, key, defaultValue.toMinutes(), 1, MAX_MINUTES));
    }

    private long integer(Map<?, ?> section, String key, long defaultValue, long min, long max) {
        Object value = requireNonNull(section, "section is null").get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.toString().trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        problems.add("“" + SECTION + "." + key + "” must be a whole number from " + min + " to " + max + ", not “"
                + value + "”");
        return defaultValue;
    }
}
