package dev.uapi.dispatcher.settings;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings file is unreadable or invalid. The message lists every problem found, one per line, each
 * {@code uapi.yaml: <key>: <problem>}; no stack trace is kept, since the fix is in the file.
 */
public final class SettingsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final List<String> problems;

    /**
     * @param file the settings file
     * @param problems each problem, worded {@code uapi.yaml: <key>: <problem>}
     */
    public SettingsFileException(Path file, List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.file = requireNonNull(file, "file is null");
        this.problems = List.copyOf(problems);
    }

    /** The settings file. */
    public Path file() {
        return file;
    }

    /** Each problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
