package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A created module: its name, its module-wide rules and its functions. Returned by
 * {@link ModuleFactory#create}; immutable.
 *
 * <pre>{@code
 * ApiModule.builder("TwoFactorAuth")
 *         .description("Time-based one-time passwords for account logins.")
 *         .feature("twofactorauth")
 *         .demo(DemoRule.ALLOWED)
 *         .function(generateUserConfiguration)
 *         .build();
 * }</pre>
 *
 * @param name the module's name, {@code [A-Za-z][A-Za-z0-9_]*}, case-sensitive
 * @param description one paragraph for the reference pages
 * @param feature the feature every function of the module needs, or null; checked before a function's own
 * @param demo the module-wide demo rule; anything but {@link DemoRule#INHERIT} wins over a function's
 * @param functions the functions, in the order to document them
 * @param signInFactors the second steps of signing in this module offers, usually none (since 0.2)
 * @param pages the pages this module brings for signed-in people, usually none (since 0.2)
 */
public record ApiModule(
        String name, String description, String feature, DemoRule demo, List<FunctionDeclaration> functions,
        List<SignInFactor> signInFactors, List<WebPage> pages) {

    /** Checks for nulls and copies the lists. */
    public ApiModule {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(demo, "demo is null");
        functions = List.copyOf(functions);
        signInFactors = List.copyOf(signInFactors);
        pages = List.copyOf(pages);
    }

    /** A module without sign-in factors or pages: the constructor of the first version of the contract. */
    public ApiModule(
            String name, String description, String feature, DemoRule demo, List<FunctionDeclaration> functions) {
        this(name, description, feature, demo, functions, List.of(), List.of());
    }

    /**
     * Finds a function by its exact name.
     *
     * @return the declaration, or empty
     */
    public Optional<FunctionDeclaration> function(String functionName) {
        for (FunctionDeclaration function : functions) {
            if (function.name().equals(functionName)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** Starts a module. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds an {@link ApiModule}; no feature and demo inherited by default. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private String feature;
        private DemoRule demo = DemoRule.INHERIT;
        private final List<FunctionDeclaration> functions = new ArrayList<>();
        private final List<SignInFactor> signInFactors = new ArrayList<>();
        private final List<WebPage> pages = new ArrayList<>();

        private Builder(String name) {
            this.name = requireNonNull(name, "name is null");
        }

        /** Sets the description. */
        public Builder description(String description) {
            this.description = requireNonNull(description, "description is null");
            return this;
        }

        /** Requires a feature for every function. */
        public Builder feature(String feature) {
            this.feature = requireNonNull(feature, "feature is null");
            return this;
        }

        /** Sets the module-wide demo rule. */
        public Builder demo(DemoRule demo) {
            this.demo = requireNonNull(demo, "demo is null");
            return this;
        }

        /** Adds a function. */
        public Builder function(FunctionDeclaration function) {
            functions.add(requireNonNull(function, "function is null"));
            return this;
        }

        /** Offers a second step of signing in; see {@link SignInFactor}. */
        public Builder signInFactor(SignInFactor factor) {
            signInFactors.add(requireNonNull(factor, "factor is null"));
            return this;
        }

        /** Brings a page for signed-in people; see {@link WebPage}. */
        public Builder page(WebPage page) {
            pages.add(requireNonNull(page, "page is null"));
            return this;
        }

        /** Builds the module. */
        public ApiModule build() {
            return new ApiModule(name, description, feature, demo, functions, signInFactors, pages);
        }
    }
}
