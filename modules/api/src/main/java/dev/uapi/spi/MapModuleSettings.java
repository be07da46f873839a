package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
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
    private final List<String> problems = new ArrayList<>();

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
        Long parsed = SettingSyntax.integerWithin(value, min, max);
        if (parsed == null) {
            throw invalid(key, value, SettingSyntax.integerRange(min, max));
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

    /**
     * {@inheritDoc} The problem is also remembered: see {@link #problems()}.
     */
    @Override
    public SettingsException invalid(String key, String value, String expected) {
        String problem = "uapi.yaml: modules." + module + "." + key + ": expected " + expected
                + (value == null ? "" : ", not “" + value + "”");
        synchronized (problems) {
            problems.add(problem);
        }
        return new SettingsException(problem);
    }

    /**
     * Every value refused so far, each worded as its exception: the host reports them with the file's other
     * problems.
     *
     * @since 0.2
     */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /**
     * The problem for each key the module never read, once it is created:
     * {@code uapi.yaml: modules.M.k: unknown key; known keys: a, b} (the known keys only when there are some).
     *
     * @since 0.2
     */
    public List<String> unknownKeyProblems() {
        List<String> unknown = new ArrayList<>();
        for (String key : unreadKeys()) {
            unknown.add(unknownKey("modules." + module + "." + key, readKeys()));
        }
        return unknown;
    }

    /**
     * The one wording of an unknown key in {@code uapi.yaml}, host or module:
     * {@code uapi.yaml: storage.engin: unknown key; known keys: engine, postgresql, sqlite}.
     *
     * @param path the key's dotted path from the top of the file
     * @param known the keys allowed there; listed, sorted, only when there are some
     * @since 0.2
     */
    public static String unknownKey(String path, Set<String> known) {
        String problem = "uapi.yaml: " + path + ": unknown key";
        return known.isEmpty() ? problem + "; this section takes no keys"
                : problem + "; known keys: " + String.join(", ", new TreeSet<>(known));
    }
}
