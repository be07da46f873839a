package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleSettings;
import dev.uapi.spi.SettingsException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link ModuleSettings} from a map, as a host reads them from the {@code modules.<Module>} section of
 * {@code uapi.yaml}. It checks values as strictly as a host must, with messages that name the module and the
 * key, and it records which keys the module read, so that a test can find a setting the module ignores
 * ({@link #unreadKeys()}: what a host reports as unknown).
 *
 * <pre>{@code
 * TestModuleSettings settings = TestModuleSettings.of("TwoFactorAuth", Map.of("digits", "8"));
 * }</pre>
 *
 * <p>Safe for use from many threads.
 */
public final class TestModuleSettings implements ModuleSettings {

    private final String module;
    private final Map<String, String> values;
    private final Set<String> read = new LinkedHashSet<>();

    private TestModuleSettings(String module, Map<String, String> values) {
        this.module = requireNonNull(module, "module is null");
        this.values = Map.copyOf(values);
    }

    /**
     * Settings of a module.
     *
     * @param module the module's name, for messages
     * @param values the section's keys and values, as text
     */
    public static TestModuleSettings of(String module, Map<String, String> values) {
        return new TestModuleSettings(module, values);
    }

    @Override
    public String text(String key, String defaultValue) {
        String value = value(key);
        return value == null ? defaultValue : value;
    }

    @Override
    public long integer(String key, long defaultValue, long min, long max) {
        String value = value(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range, which says more than the parser would
        }
        throw invalid(key, value, "an integer from " + min + " to " + max);
    }

    @Override
    public String choice(String key, String defaultValue, Set<String> allowed) {
        requireNonNull(allowed, "allowed is null");
        String value = value(key);
        if (value == null) {
            return defaultValue;
        }
        if (allowed.contains(value)) {
            return value;
        }
        throw invalid(key, value, "one of " + String.join(", ", new TreeSet<>(allowed)));
    }

    @Override
    public Set<String> keys() {
        return values.keySet();
    }

    /** The keys the module asked for, given or not, in the order first asked. */
    public synchronized Set<String> readKeys() {
        return Set.copyOf(read);
    }

    /** The keys given that the module never asked for: what a host reports as unknown settings. */
    public synchronized Set<String> unreadKeys() {
        Set<String> unread = new TreeSet<>(values.keySet());
        unread.removeAll(read);
        return unread;
    }

    /** The section as given. */
    public Map<String, String> asMap() {
        return new LinkedHashMap<>(values);
    }

    private synchronized String value(String key) {
        requireNonNull(key, "key is null");
        read.add(key);
        return values.get(key);
    }

    // worded as the host words it, so that a test asserting a message holds against the real host too
    private SettingsException invalid(String key, String value, String expected) {
        return new SettingsException(
                "The setting “modules." + module + "." + key + "” is “" + value + "”; expected " + expected + ".");
    }
}
