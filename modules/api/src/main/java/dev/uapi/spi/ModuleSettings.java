package dev.uapi.spi;

import java.time.Duration;
import java.util.Set;

/**
 * A module's settings: the {@code modules.<Module>} section of {@code uapi.yaml}, as strings.
 *
 * <p>Settings are strict. A module reads each setting it knows with a default; after
 * {@link ModuleFactory#create} returns, the host reports every key of the section that the module never
 * read as an unknown setting, naming the known ones, so a misspelt key never passes silently. A value of the
 * wrong form throws {@link SettingsException} naming the key and what is expected.
 *
 * <p>Numbers and durations follow {@link SettingSyntax}, as the host's own sections do. Every settings error
 * reads {@code uapi.yaml: modules.<Module>.<key>: <problem>}; a module that checks a value itself words its
 * error the same way with {@link #invalid(String, String, String)}.
 *
 * <p>Read during {@link ModuleFactory#create}, on the startup thread.
 */
public interface ModuleSettings {

    /**
     * A text setting.
     *
     * @param key the setting's name
     * @param defaultValue the value when the setting is absent; may be null
     * @return the configured value, or the default
     */
    String text(String key, String defaultValue);

    /**
     * An integer setting within bounds.
     *
     * @throws SettingsException when the value is not an integer between {@code min} and {@code max}
     */
    long integer(String key, long defaultValue, long min, long max);

    /**
     * A text setting that must be one of a fixed set of values (case-sensitive).
     *
     * @throws SettingsException when the value is not one of {@code allowed}
     */
    String choice(String key, String defaultValue, Set<String> allowed);

    /**
     * The keys the settings file gives for this module, read or not.
     *
     * @return never null
     */
    Set<String> keys();

    /**
     * A duration setting within bounds, in the syntax of {@link SettingSyntax#duration(String, Duration)}.
     *
     * @param key the setting's name
     * @param defaultValue the value when the setting is absent
     * @param bareUnit what a bare integer counts, for example seconds for a key named {@code lockout_seconds}
     * @param min the shortest allowed
     * @param max the longest allowed
     * @throws SettingsException when the value is not a duration from {@code min} to {@code max}
     * @since 0.2
     */
    default Duration duration(String key, Duration defaultValue, Duration bareUnit, Duration min, Duration max) {
        String value = text(key, null);
        if (value == null) {
            return defaultValue;
        }
        Duration parsed = SettingSyntax.durationWithin(value, bareUnit, min, max);
        if (parsed == null) {
            throw invalid(key, value, SettingSyntax.durationRange(min, max));
        }
        return parsed;
    }

    /**
     * The error for a value the module refuses after reading it, worded as the host words its own:
     * {@code uapi.yaml: modules.<Module>.<key>: expected <expected>, not “<value>”}. The host's settings
     * remember it, so that a start-up check reports it with every other problem of the file.
     *
     * @param key the setting's name
     * @param value the value given; pass null for a secret, which is then not quoted
     * @param expected what is allowed, for example {@code "1 to 32 letters"}
     * @return the exception to throw
     * @since 0.2
     */
    default SettingsException invalid(String key, String value, String expected) {
        return new SettingsException(key + ": expected " + expected + (value == null ? "" : ", not “" + value + "”"));
    }
}
