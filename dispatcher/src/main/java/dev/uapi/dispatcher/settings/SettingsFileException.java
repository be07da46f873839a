package dev.uapi.dispatcher.settings;

import java.util.List;

/** The settings file is unreadable or invalid; the message lists every problem found, one per line. */
public final class SettingsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file the settings file, for the message
     * @param problems each failed condition, naming the key
     */
    public SettingsFileException(String file, List<String> problems) {
        super("Invalid settings in " + file + ":\n  - " + String.join("\n  - ", problems), null, false, false);
    }
}
