package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Arguments;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One function of a module, as {@link ModuleContractTest} hands it to the hooks and behaviour flags that a
 * plugin author overrides.
 *
 * <pre>{@code
 * protected boolean supportsExampleArguments(FunctionUnderTest function) {
 *     return !function.is("Tokens", "rename");
 * }
 * }</pre>
 *
 * @param module the module's name
 * @param declaration the function's declaration, from a module the kit created
 */
public record FunctionUnderTest(String module, FunctionDeclaration declaration) {

    /** Checks for nulls. */
    public FunctionUnderTest {
        requireNonNull(module, "module is null");
        requireNonNull(declaration, "declaration is null");
    }

    /** The function's name. */
    public String name() {
        return declaration.name();
    }

    /** Whether this is {@code module::function}. */
    public boolean is(String module, String function) {
        return this.module.equals(module) && name().equals(function);
    }

    /**
     * The arguments made of the declared examples: every required parameter with its example (even an empty
     * one), and every optional parameter whose example is not empty.
     */
    public Arguments declaredExamples() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : declaration.parameters()) {
            if (parameter.required() || !parameter.example().isEmpty()) {
                values.put(parameter.name(), parameter.example());
            }
        }
        return Arguments.of(values);
    }

    /** {@code Module::function}, as the generated tests name it. */
    @Override
    public String toString() {
        return module + "::" + name();
    }
}
