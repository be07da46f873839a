package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One module's settings from a map of strings, remembering which keys the module read so that the others
 * can be reported as unknown.
 *
 * <p>The host builds one from the {@code modules.<Module>} section of the settings file; the test kit builds
 * one from a test's map. Both therefore read, check and word settings errors the same way. Safe for use from
 * many threads.
 */
public final class MapModuleSettings implements ModuleSettings {

    private final String module;
    private final Map<String, String> values;
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    /**
     * @param module the module's name, for messages
     * @param values the {@code modules.<Module>} section as strings
     */
    public MapModuleSettings(String module, Map<String, String> values) {
        this.module = requireNonNull(module, "module is null");
        this.values = Map.copyOf(values);
    }

    @Override
    public String text(String key, String defaultValue) {
        read.add(key);
        return values.getOrDefault(key, defaultValue);
    }

    @Override
    public long integer(String key, long defaultValue, long min, long max) {
        String value = text(key, null);
        if (value == null) {
            return defaultValue;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(key, value, "an integer from " + min + " to " + max);
        }
        if (parsed < min || parsed > max) {
            throw invalid(key, value, "an integer from " + min + " to " + max);
        }
        return parsed;
    }

    @Override
    public String choice(String key, String defaultValue, Set<String> allowed) {
        String value = text(key, defaultValue);
        if (value != null && !allowed.contains(value)) {
            throw invalid(key, value, "one of " + String.join(", ", new TreeSet<>(allowed)));
        }
        return value;
    }

    @Override
    public Set<String> keys() {
        return values.keySet();
    }

    /** The keys the settings file gives that the module never read, sorted. */
    public Set<String> unreadKeys() {
        Set<String> unread = new TreeSet<>(values.keySet());
        unread.removeAll(read);
        return unread;
    }

    /** The keys the module read, sorted: the settings it knows. */
    public Set<String> readKeys() {
        return new TreeSet<>(read);
    }

    /** The values, as given. */
    public Map<String, String> asMap() {
        return values;
    }

    private SettingsException invalid(String key, String value, String expected) {
        return new SettingsException("The setting “modules." + module + "." + key + "” is “" + value
                + "”; expected " + expected + ".");
    }
}
