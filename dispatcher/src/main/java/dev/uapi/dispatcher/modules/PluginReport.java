package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One plugin with what it registered and what went wrong: a line of the server's startup log.
 *
 * @param plugin the plugin's name, as problems name it
 * @param source where it was found: {@value PluginDiscovery#CLASS_PATH} or {@code plugins/<name>}
 * @param modules the modules it registered, created or not
 * @param problems its problems: discovery, duplicates, and those of its modules created so far
 */
public record PluginReport(String plugin, String source, List<ModuleSlot> modules, List<StartupProblem> problems) {

    /** Checks for nulls and copies the lists. */
    public PluginReport {
        requireNonNull(plugin, "plugin is null");
        requireNonNull(source, "source is null");
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
    }

    /** Whether the plugin has a problem. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * One line: {@code plugin P: registered A, B (failed); 1 problem: module B: reason}. Modules not created
     * yet show by name only.
     */
    public String describe() {
        StringBuilder line = new StringBuilder("plugin ").append(plugin).append(": ");
        if (modules.isEmpty()) {
            line.append("registered nothing");
        } else {
            List<String> names = new ArrayList<>();
            for (ModuleSlot slot : modules) {
                names.add(slot.failure() == null ? slot.name() : slot.name() + " (failed)");
            }
            line.append("registered ").append(String.join(", ", names));
        }
        if (problems.isEmpty()) {
            return line.toString();
        }
        line.append("; ").append(problems.size()).append(problems.size() == 1 ? " problem: " : " problems: ");
        List<String> texts = new ArrayList<>();
        for (StartupProblem problem : problems) {
            texts.add(problem.describeWithinPlugin());
        }
        return line.append(String.join("; ", texts)).toString();
    }
}
