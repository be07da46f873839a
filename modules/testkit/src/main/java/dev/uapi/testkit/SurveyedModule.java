package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A module factory of the plugin with what the kit learnt from it: the name it gives, and the declarations
 * of a module created once from a default context, or why that creation failed.
 *
 * @param factory the factory
 * @param name the factory's {@link ModuleFactory#moduleName()}, or a placeholder when it failed
 * @param declared the created module, or null when creation failed
 * @param failure why the name or the module could not be had, or null
 */
record SurveyedModule(ModuleFactory factory, String name, ApiModule declared, Throwable failure) {

    SurveyedModule {
        requireNonNull(factory, "factory is null");
        requireNonNull(name, "name is null");
    }

    /** Whether the kit could create the module. */
    boolean created() {
        return declared != null;
    }

    /** The functions, in declaration order; none when the module could not be created. */
    List<FunctionUnderTest> functions() {
        List<FunctionUnderTest> functions = new ArrayList<>();
        if (declared != null) {
            for (FunctionDeclaration declaration : declared.functions()) {
                functions.add(new FunctionUnderTest(name, declaration));
            }
        }
        return functions;
    }

    /** The functions declared read-only, in declaration order. */
    List<FunctionUnderTest> readers() {
        return functions().stream().filter(function -> !function.declaration().writes()).toList();
    }

    /** The functions declared to write, in declaration order. */
    List<FunctionUnderTest> writers() {
        return functions().stream().filter(function -> function.declaration().writes()).toList();
    }
}
