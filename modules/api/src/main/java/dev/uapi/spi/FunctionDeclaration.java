package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The declaration of one UAPI function: its name, parameters and rules as data, and the handler that runs
 * it. The dispatcher validates calls against it; {@code uapi --list}, the reference pages and the test kit
 * are generated from it.
 *
 * <pre>{@code
 * FunctionDeclaration.builder("get_team_user_configuration")
 *         .description("Shows whether a team user has two-factor authentication on.")
 *         .parameter(Parameter.required("team_user", ParameterType.STRING, "The team user's name.", "bob"))
 *         .returns(Returns.object(Field.of("is_enabled", FieldType.BOOLEAN, "1 when it is on.")))
 *         .handler(getTeamUserConfiguration)
 *         .build();
 * }</pre>
 *
 * @param name the function's name: at most 1024 characters of {@code [A-Za-z0-9_]}, not starting with
 *     {@code _}
 * @param description one or two sentences for the reference pages
 * @param parameters the parameters, in the order to document them
 * @param writes whether the function may write to storage; a read-only function that writes fails the kit
 * @param feature the feature an account needs, or null for none
 * @param demo whether demo accounts may call it; the module's rule wins when it has one
 * @param acceptsNestedData whether a JSON body may hold nested objects or arrays for this function
 * @param handler the code that runs the function
 * @param returns what a successful call returns as {@code data}, or null when undeclared
 */
public record FunctionDeclaration(
        String name,
        String description,
        List<Parameter> parameters,
        boolean writes,
        String feature,
        DemoRule demo,
        boolean acceptsNestedData,
        FunctionHandler handler,
        Returns returns) {

    /** Checks for nulls and copies the parameters. */
    public FunctionDeclaration {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        parameters = List.copyOf(parameters);
        requireNonNull(demo, "demo is null");
        requireNonNull(handler, "handler of " + name + " is null");
    }

    /**
     * A declaration that does not say what it returns, as before {@link Returns} existed.
     *
     * @deprecated use {@link #builder}, or the constructor with {@code returns}
     */
    @Deprecated
    public FunctionDeclaration(String name, String description, List<Parameter> parameters, boolean writes,
            String feature, DemoRule demo, boolean acceptsNestedData, FunctionHandler handler) {
        this(name, description, parameters, writes, feature, demo, acceptsNestedData, handler, null);
    }

    /**
     * Starts a declaration.
     *
     * @param name the function's name
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link FunctionDeclaration}; read-only, no feature, demo inherited by default. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private final List<Parameter> parameters = new ArrayList<>();
        private boolean writes;
        private String feature;
        private DemoRule demo = DemoRule.INHERIT;
        private boolean acceptsNestedData;
        private FunctionHandler handler;
        private Returns returns;

        private Builder(String name) {
            this.name = requireNonNull(name, "name is null");
        }

        /** Sets the description. */
        public Builder description(String description) {
            this.description = requireNonNull(description, "description is null");
            return this;
        }

        /** Adds a parameter. */
        public Builder parameter(Parameter parameter) {
            parameters.add(requireNonNull(parameter, "parameter is null"));
            return this;
        }

        /** Declares that the function may write to storage. */
        public Builder writes() {
            this.writes = true;
            return this;
        }

        /** Requires a feature of the calling account. */
        public Builder feature(String feature) {
            this.feature = requireNonNull(feature, "feature is null");
            return this;
        }

        /** Sets the demo rule. */
        public Builder demo(DemoRule demo) {
            this.demo = requireNonNull(demo, "demo is null");
            return this;
        }

        /** Accepts nested objects and arrays in a JSON body. */
        public Builder acceptsNestedData() {
            this.acceptsNestedData = true;
            return this;
        }

        /** Sets the handler. */
        public Builder handler(FunctionHandler handler) {
            this.handler = requireNonNull(handler, "handler is null");
            return this;
        }

        /**
         * Declares what a successful call returns as {@code data}: see {@link Returns}. Optional; a function
         * that declares it is shown with its columns in {@code /openapi.json} and the reference pages, and the
         * kit checks its answers against it.
         */
        public Builder returns(Returns returns) {
            this.returns = requireNonNull(returns, "returns is null");
            return this;
        }

        /** Builds the declaration. */
        public FunctionDeclaration build() {
            return new FunctionDeclaration(
                    name, description, parameters, writes, feature, demo, acceptsNestedData, handler, returns);
        }
    }
}
