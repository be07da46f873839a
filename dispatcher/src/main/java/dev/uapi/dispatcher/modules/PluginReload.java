package dev.uapi.dispatcher.modules;

import java.util.List;

/**
 * What one reload of the plugins directories did, for the server's log.
 *
 * @param changes one line per plugin added, replaced or removed, worded as the startup lines word a plugin
 *     ({@code plugin com.example.NotesPlugin (plugins/notes): replaced; registered Notes})
 * @param problems one line per plugin that failed to load (its previous version, if any, still serves), per
 *     problem of the settings file, and per {@code modules:} section no plugin provides a module for
 * @param summary {@code plugins reloaded: 1 added, 1 replaced, 0 removed, 0 failed}
 * @param failed how many plugin directories failed to load, or 1 when the settings file did
 */
public record PluginReload(List<String> changes, List<String> problems, String summary, int failed) {

    /** Copies the lines. */
    public PluginReload {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** Whether every new or changed plugin loaded. */
    public boolean succeeded() {
        return failed == 0;
    }
}
