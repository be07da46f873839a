package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

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
        StringBuilder line = new StringBuilder("plugin ").append(plugin);
        if (module != null) {
            line.append(", module ").append(module);
        }
        if (function != null) {
            line.append(", function ").append(function);
        }
        return line.append(": ").append(message).toString();
    }
}
