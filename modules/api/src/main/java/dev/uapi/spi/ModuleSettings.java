package dev.uapi.spi;

import java.util.Set;

/**
 * A module's settings: the {@code modules.<Module>} section of {@code uapi.yaml}, as strings.
 *
 * <p>Settings are strict. A module reads each setting it knows with a default; after
 * {@link ModuleFactory#create} returns, the host reports every key of the section that the module never
 * read as an unknown setting, naming the known ones, so a misspelt key never passes silently. A value of the
 * wrong form throws {@link SettingsException} naming the key and what is expected.
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
}
