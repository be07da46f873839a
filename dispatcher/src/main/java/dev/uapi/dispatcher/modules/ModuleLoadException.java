package dev.uapi.dispatcher.modules;

import java.util.List;

/** A module could not be created or failed validation; carries every problem found in it. */
final class ModuleLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<StartupProblem> problems;

    ModuleLoadException(List<StartupProblem> problems) {
        super(problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<StartupProblem> problems() {
        return problems;
    }
}
