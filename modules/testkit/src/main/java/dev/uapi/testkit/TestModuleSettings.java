package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.MapModuleSettings;
import dev.uapi.spi.ModuleSettings;
import dev.uapi.spi.SettingsException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link ModuleSettings} from a map, as a host reads them from the {@code modules.<Module>} section of
 * {@code uapi.yaml}: the contract's own {@link MapModuleSettings}, which the host uses too, so values are
 * checked and errors worded exactly as a host does. It records which keys the module read, so that a test can
 * find a setting the module ignores ({@link #unreadKeys()}: what a host reports as unknown).
 *
 * <pre>{@code
 * TestModuleSettings settings = TestModuleSettings.of("TwoFactorAuth", Map.of("digits", "8"));
 * }</pre>
 *
 * <p>Safe for use from many threads.
 */
public final class TestModuleSettings implements ModuleSettings {

    private final MapModuleSettings settings;

    private TestModuleSettings(MapModuleSettings settings) {
        this.settings = settings;
    }

    /**
     * Settings of a module.
     *
     * @param module the module's name, for messages
     * @param values the section's keys and values, as text
     */
    public static TestModuleSettings of(String module, Map<String, String> values) {
        return new TestModuleSettings(new MapModuleSettings(requireNonNull(module, "module is null"), values));
    }

    @Override
    public String text(String key, String defaultValue) {
        return settings.text(requireNonNull(key, "key is null"), defaultValue);
    }

    @Override
    public long integer(String key, long defaultValue, long min, long max) {
        return settings.integer(requireNonNull(key, "key is null"), defaultValue, min, max);
    }

    @Override
    public String choice(String key, String defaultValue, Set<String> allowed) {
        return settings.choice(requireNonNull(key, "key is null"), defaultValue, requireNonNull(allowed, "allowed is null"));
    }

    @Override
    public SettingsException invalid(String key, String value, String expected) {
        return settings.invalid(requireNonNull(key, "key is null"), value, requireNonNull(expected, "expected is null"));
    }

    @Override
    public Set<String> keys() {
        return settings.keys();
    }

    /** The keys the module read so far. */
    public Set<String> readKeys() {
        return settings.readKeys();
    }

    /** The keys given that the module never read, sorted: what a host reports as unknown settings. */
    public Set<String> unreadKeys() {
        return settings.unreadKeys();
    }

    /** Every value refused so far, worded as the host reports it. */
    public java.util.List<String> problems() {
        return settings.problems();
    }

    /** The values, as given. */
    public Map<String, String> asMap() {
        return new LinkedHashMap<>(settings.asMap());
    }
}
