package dev.uapi.examples.notes;

import dev.uapi.spi.ModuleSettings;

/**
 * The module's settings, from the {@code modules.Notes} section of {@code uapi.yaml}. Every key is read here,
 * so the host can report any other key as unknown.
 *
 * @param maxTitleLength the longest title, in characters
 * @param maxBodyLength the longest body, in characters
 */
record NotesConfig(int maxTitleLength, int maxBodyLength) {

    /**
     * Reads and checks the settings.
     *
     * @throws dev.uapi.spi.SettingsException when a value is not a whole number within its bounds
     */
    static NotesConfig from(ModuleSettings settings) {
        return new NotesConfig(
                (int) settings.integer("max_title_length", 100, 1, 1_000),
                (int) settings.integer("max_body_length", 4_096, 0, 1_000_000));
    }
}
