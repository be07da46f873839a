package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Account;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.UapiPlugin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The plugin under test with the author's hooks: creates its modules on fresh contexts of the kit's fakes,
 * and gives each function its example arguments.
 */
final class Subject {

    /** The seed of every context's randomness, so that two contexts draw the same bytes. */
    static final long SEED = 0;

    private final UapiPlugin plugin;
    private final KitHooks hooks;
    private List<ModuleFactory> factories;
    private RuntimeException factoriesFailure;
    private List<SurveyedModule> modules;

    Subject(UapiPlugin plugin, KitHooks hooks) {
        this.plugin = requireNonNull(plugin, "plugin() returned null");
        this.hooks = requireNonNull(hooks, "hooks is null");
    }

    UapiPlugin plugin() {
        return plugin;
    }

    KitHooks hooks() {
        return hooks;
    }

    /**
     * The factories the plugin hands out, as it hands them.
     *
     * @throws RuntimeException whatever {@link UapiPlugin#moduleFactories()} threw
     */
    List<ModuleFactory> factories() {
        if (factories == null && factoriesFailure == null) {
            try {
                factories = plugin.moduleFactories();
            } catch (RuntimeException e) {
                factoriesFailure = e;
            }
        }
        if (factoriesFailure != null) {
            throw factoriesFailure;
        }
        return factories;
    }

    /** Every module the plugin provides, surveyed once; none when the plugin hands out no factories. */
    List<SurveyedModule> modules() {
        if (modules == null) {
            modules = survey();
        }
        return modules;
    }

    /**
     * The tests that {@code tests} makes for each function of each module, in declaration order.
     *
     * @param tests the tests of one function; may be none
     */
    List<DynamicTest> perFunction(BiFunction<SurveyedModule, FunctionUnderTest, Stream<DynamicTest>> tests) {
        List<DynamicTest> all = new ArrayList<>();
        for (SurveyedModule module : modules()) {
            for (FunctionUnderTest function : module.functions()) {
                tests.apply(module, function).forEach(all::add);
            }
        }
        return all;
    }

    /** Creates a module afresh: an empty store, a clock at {@code now}, randomness seeded with {@link #SEED}. */
    LiveModule create(SurveyedModule module, Instant now) {
        return create(module, now, hooks.account());
    }

    /** Creates a module afresh, whose calls run as {@code account}. */
    LiveModule create(SurveyedModule module, Instant now, Account account) {
        TestModuleContext context = context(module.name(), now);
        return new LiveModule(module.factory().create(context), context, account);
    }

    /** A module created afresh at {@link TestModuleContext#DEFAULT_INSTANT}. */
    LiveModule create(SurveyedModule module) {
        return create(module, TestModuleContext.DEFAULT_INSTANT);
    }

    /** The example arguments of a function, for an instance (they may depend on its clock). */
    Arguments examples(FunctionUnderTest function, LiveModule live) {
        return requireNonNull(hooks.exampleArguments(function, live.context()),
                "exampleArguments(" + function + ") returned null");
    }

    private TestModuleContext context(String module, Instant now) {
        TestModuleContext.Builder builder = TestModuleContext.builder(module).now(now).randomSeed(SEED);
        for (Map.Entry<String, String> setting : hooks.settings(module).entrySet()) {
            builder.setting(setting.getKey(), setting.getValue());
        }
        return builder.build();
    }

    private List<SurveyedModule> survey() {
        List<ModuleFactory> handedOut;
        try {
            handedOut = factories();
        } catch (RuntimeException e) {
            return List.of(); // the declaration checks report it
        }
        List<SurveyedModule> surveyed = new ArrayList<>();
        if (handedOut == null) {
            return surveyed;
        }
        for (int i = 0; i < handedOut.size(); i++) {
            ModuleFactory factory = handedOut.get(i);
            if (factory != null) {
                surveyed.add(survey(factory, i));
            }
        }
        return List.copyOf(surveyed);
    }

    private SurveyedModule survey(ModuleFactory factory, int index) {
        String name;
        try {
            name = requireNonNull(factory.moduleName(), "moduleName() returned null");
        } catch (RuntimeException e) {
            return new SurveyedModule(factory, "module #" + (index + 1), null, e);
        }
        try {
            TestModuleContext context = context(name, TestModuleContext.DEFAULT_INSTANT);
            ApiModule created = requireNonNull(factory.create(context), "create() returned null");
            return new SurveyedModule(factory, name, created, null);
        } catch (RuntimeException e) {
            return new SurveyedModule(factory, name, null, e);
        }
    }
}
