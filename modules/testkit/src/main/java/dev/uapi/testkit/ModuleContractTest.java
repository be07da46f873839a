package dev.uapi.testkit;

import dev.uapi.spi.Account;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.UapiPlugin;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The contract test of a UAPI plugin: extend it, hand it the plugin, and it generates named tests for every
 * module and function the plugin declares.
 *
 * <pre>{@code
 * class TwoFactorAuthContractTest extends ModuleContractTest {
 *     @Override
 *     protected UapiPlugin plugin() {
 *         return new TwoFactorAuthPlugin();
 *     }
 * }
 * }</pre>
 *
 * <p>Every module is created by the plugin's own factory on a {@link TestModuleContext} of the kit's fakes
 * (a fresh one for each instance), and every handler is called directly, as the dispatcher calls it. The
 * generated tests, each named after the module, function and what it proves:
 *
 * <ul>
 *   <li>the services file names the plugin, which ServiceLoader can instantiate; module, function and
 *       parameter names are valid and unique;
 *   <li>{@code M::f missing “k” gives the contract's text}, for each required parameter;
 *   <li>{@code M::f never returns null}, {@code never lets an exception other than ApiException escape},
 *       {@code gives callers plain error texts} and {@code returns data the host can render} (plain JSON values,
 *       as {@link dev.uapi.spi.PlainData} defines them), over no arguments, the examples, and the examples with
 *       each parameter empty or malformed; {@code M::f succeeds with the example arguments};
 *   <li>{@code M::f is declared read-only and writes nothing}, for each read-only function;
 *   <li>{@code M::f takes the time only from the given clock};
 *   <li>{@code M::f answers the same from the same state};
 *   <li>{@code M::f answers what it declares it returns}, for each function with a declared
 *       {@link dev.uapi.spi.Returns}: the path of a value that differs is named ({@code data[0].features});
 *   <li>{@code M: two created modules share no state}.
 * </ul>
 *
 * <p>Hooks a subclass may override: {@link #settings}, {@link #exampleArguments}, {@link #account} and
 * {@link #ownMissingArgumentText}. Behaviour flags, as in Trino's {@code BaseConnectorTest}, default to true;
 * a flag set to false never skips a test but replaces it by one that checks the function fails cleanly or
 * answers cleanly: {@link #supportsExampleArguments} and {@link #isDeterministic}. The test methods are final
 * so that no test can be switched off.
 *
 * <p>JUnit creates an instance for each test factory; {@link #plugin()} is called once per instance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ModuleContractTest {

    /** For subclasses. */
    protected ModuleContractTest() {
    }

    /**
     * The plugin under test, as the host would instantiate it.
     *
     * @return a new plugin, never null
     */
    protected abstract UapiPlugin plugin();

    /**
     * The settings of a module's context, as the {@code modules.<Module>} section of {@code uapi.yaml} would
     * give them. Every module the kit creates gets them.
     *
     * @param module the module's name
     * @return the settings; none by default
     */
    protected Map<String, String> settings(String module) {
        return Map.of();
    }

    /**
     * Arguments with which the function succeeds on a freshly created module: the kit's calls start from them.
     * Override for a function whose declared examples do not work alone, for example a code that must match the
     * clock.
     *
     * @param function the function
     * @param context the context of the instance about to be called: its clock, randomness and store
     * @return the arguments; by default {@link FunctionUnderTest#declaredExamples()}
     */
    protected Arguments exampleArguments(FunctionUnderTest function, TestModuleContext context) {
        return function.declaredExamples();
    }

    /**
     * The text a function answers when a required parameter is missing, when the module's own specification
     * sets one other than the contract's {@code Provide the “k” argument.}. The kit then checks for exactly that
     * text. Use it only where a specification says so, and say where in a comment.
     *
     * @param function the function
     * @param parameter the missing required parameter
     * @return the text; empty by default, which means the contract's
     */
    protected Optional<String> ownMissingArgumentText(FunctionUnderTest function, String parameter) {
        return Optional.empty();
    }

    /**
     * The account the kit's calls run as.
     *
     * @return {@code kituser}, not a demo account, by default
     */
    protected Account account() {
        return new Account("kituser", false);
    }

    /**
     * Behaviour flag: the function succeeds on a freshly created module with its {@link #exampleArguments}.
     * When false, the kit checks that those arguments fail cleanly (an {@link dev.uapi.spi.ApiException} or a
     * failed result with plain texts) and fails when they succeed.
     *
     * @param function the function
     * @return true by default
     */
    protected boolean supportsExampleArguments(FunctionUnderTest function) {
        return true;
    }

    /**
     * Behaviour flag: given equal contexts (clock, seed, settings) and equal calls, the function answers the
     * same. When false, its answers are left out of the comparisons of the determinism, clock and shared-state
     * tests, and the kit checks instead that it answers cleanly, twice.
     *
     * @param function the function
     * @return true by default
     */
    protected boolean isDeterministic(FunctionUnderTest function) {
        return true;
    }

    /** Two instances of each module, created side by side, share nothing. Runs first, before other calls. */
    @TestFactory
    @Order(1)
    @DisplayName("modules share no state")
    public final Stream<DynamicTest> modulesShareNoState() {
        return new SharedStateChecks(subject()).tests().stream();
    }

    /** The services file, the plugin class, and every name the plugin declares. */
    @TestFactory
    @Order(2)
    @DisplayName("the plugin and its declarations")
    public final Stream<DynamicTest> declarations() {
        return new DeclarationChecks(subject()).tests().stream();
    }

    /** Each required parameter, left out, gives the contract's text. */
    @TestFactory
    @Order(3)
    @DisplayName("missing required arguments")
    public final Stream<DynamicTest> missingArguments() {
        return new MissingArgumentChecks(subject()).tests().stream();
    }

    /** Answers are never null, never an escaped exception, hold only plain data, and succeed with the examples. */
    @TestFactory
    @Order(4)
    @DisplayName("answers")
    public final Stream<DynamicTest> answers() {
        return new AnswerChecks(subject()).tests().stream();
    }

    /** Read-only functions never write. */
    @TestFactory
    @Order(5)
    @DisplayName("read-only functions")
    public final Stream<DynamicTest> readOnlyFunctions() {
        return new ReadOnlyChecks(subject()).tests().stream();
    }

    /** Time comes only from the given clock. */
    @TestFactory
    @Order(6)
    @DisplayName("time")
    public final Stream<DynamicTest> time() {
        return new ClockChecks(subject()).tests().stream();
    }

    /** Equal contexts and equal calls give equal answers. */
    @TestFactory
    @Order(7)
    @DisplayName("determinism")
    public final Stream<DynamicTest> determinism() {
        return new DeterminismChecks(subject()).tests().stream();
    }

    /** A function that declares what it returns answers that. */
    @TestFactory
    @Order(8)
    @DisplayName("declared outputs")
    public final Stream<DynamicTest> declaredOutputs() {
        return new DeclaredOutputChecks(subject()).tests().stream();
    }

    private Subject subject() {
        return new Subject(plugin(), new Hooks());
    }

    /** The overridable methods, as the checks read them. */
    private final class Hooks implements KitHooks {

        @Override
        public Map<String, String> settings(String module) {
            return ModuleContractTest.this.settings(module);
        }

        @Override
        public Arguments exampleArguments(FunctionUnderTest function, TestModuleContext context) {
            return ModuleContractTest.this.exampleArguments(function, context);
        }

        @Override
        public Optional<String> ownMissingArgumentText(FunctionUnderTest function, String parameter) {
            return ModuleContractTest.this.ownMissingArgumentText(function, parameter);
        }

        @Override
        public Account account() {
            return ModuleContractTest.this.account();
        }

        @Override
        public boolean supportsExampleArguments(FunctionUnderTest function) {
            return ModuleContractTest.this.supportsExampleArguments(function);
        }

        @Override
        public boolean isDeterministic(FunctionUnderTest function) {
            return ModuleContractTest.this.isDeterministic(function);
        }
    }
}
