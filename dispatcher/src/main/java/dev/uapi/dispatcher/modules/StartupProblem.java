package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One problem found while loading plugins, with where it came from.
 *
 * @param plugin the plugin's class name, or its directory
 * @param module the module's name, or null when the problem is the plugin's own
 * @param function the function's name, or null
 * @param message the failed condition
 */
public record StartupProblem(String plugin, String module, String function, String message) {

    /** Checks for nulls. */
    public StartupProblem {
        requireNonNull(plugin, "plugin is null");
        requireNonNull(message, "message is null");
    }

    /** One line: {@code plugin P, module M, function F: message}. */
    public String describe() {
        String where = where();
        return "plugin " + plugin + (where.isEmpty() ? "" : ", " + where) + ": " + message;
    }

    /** The line without the plugin, for a report that already names it: {@code module M, function F: message}. */
    public String describeWithinPlugin() {
        String where = where();
        return where.isEmpty() ? message : where + ": " + message;
    }

    private String where() {
        List<String> parts = new ArrayList<>(2);
        if (module != null) {
            parts.add("module " + module);
        }
        if (function != null) {
            parts.add("function " + function);
        }
        return String.join(", ", parts);
    }
}
