package dev.uapi.dispatcher.modules;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a created module's declarations against the contract, gathering every problem. */
final class ModuleValidator {

    private ModuleValidator() {
    }

    static List<StartupProblem> problems(String plugin, String expectedName, ApiModule module) {
        List<StartupProblem> problems = new ArrayList<>();
        if (!module.name().equals(expectedName)) {
            problems.add(new StartupProblem(plugin, expectedName, null,
                    "the factory names the module “" + expectedName + "” but created “" + module.name() + "”"));
        }
        if (module.functions().isEmpty()) {
            problems.add(new StartupProblem(plugin, expectedName, null, "the module declares no function"));
        }
        Set<String> seen = new HashSet<>();
        for (FunctionDeclaration function : module.functions()) {
            String name = function.name();
            if (!Names.isFunctionName(name)) {
                problems.add(new StartupProblem(plugin, expectedName, name,
                        "illegal function name: use 1 to 1024 characters of [A-Za-z0-9_], not starting with _"));
            }
            if (!seen.add(name)) {
                problems.add(new StartupProblem(plugin, expectedName, name, "the function is declared twice"));
            }
            problems.addAll(parameterProblems(plugin, expectedName, function));
        }
        return problems;
    }

    private static List<StartupProblem> parameterProblems(String plugin, String module, FunctionDeclaration function) {
        List<StartupProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Parameter parameter : function.parameters()) {
            if (parameter.name().isEmpty() || parameter.name().startsWith("api.")) {
                problems.add(new StartupProblem(plugin, module, function.name(),
                        "illegal parameter name “" + parameter.name() + "”: it must be non-empty and not start with api."));
            }
            if (!seen.add(parameter.name())) {
                problems.add(new StartupProblem(plugin, module, function.name(),
                        "the parameter “" + parameter.name() + "” is declared twice"));
            }
        }
        return problems;
    }
}
