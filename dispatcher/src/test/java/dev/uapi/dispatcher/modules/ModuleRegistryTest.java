package dev.uapi.dispatcher.modules;

import static dev.uapi.dispatcher.modules.TestRegistries.factory;
import static dev.uapi.dispatcher.modules.TestRegistries.plugin;
import static dev.uapi.dispatcher.modules.TestRegistries.registry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Result;
import dev.uapi.spi.SettingsException;
import dev.uapi.spi.UapiPlugin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModuleRegistryTest {

    static FunctionDeclaration function(String name) {
        return FunctionDeclaration.builder(name).handler(call -> Result.empty()).build();
    }

    static ApiModule module(String name, String... functions) {
        ApiModule.Builder builder = ApiModule.builder(name);
        for (String function : functions) {
            builder.function(function(function));
        }
        return builder.build();
    }

    @Test
    void healthyModuleLoads() {
        ModuleRegistry registry = registry(plugin("p.Good", factory(module("Good", "ping"))));

        assertThat(registry.loadAll()).isEmpty();
        assertThat(registry.slot("Good").module().function("ping")).isNotNull();
    }

    @Test
    void theSlotsAndEachPluginsModulesComeInNameOrder() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("Module%02d".formatted(i));
        }
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(7));
        ModuleRegistry registry = registry(
                plugin("p.One", shuffled.subList(0, 20).stream().map(name -> factory(module(name, "ping"))).toArray(ModuleFactory[]::new)),
                plugin("p.Two", shuffled.subList(20, 40).stream().map(name -> factory(module(name, "ping"))).toArray(ModuleFactory[]::new)));

        assertThat(registry.slots()).extracting(ModuleSlot::name).containsExactlyElementsOf(names);
        assertThat(registry.plugins().get(0).modules()).extracting(ModuleSlot::name)
                .containsExactlyElementsOf(shuffled.subList(0, 20).stream().sorted().toList());
    }

    @Test
    void everyProblemIsGatheredAndNamesItsPluginModuleAndFunction() {
        UapiPlugin throwingPlugin = () -> {
            throw new IllegalStateException("no factories today");
        };
        ModuleRegistry registry = registry(
                plugin("p.Good", factory(module("Good", "ping"))),
                plugin("p.Duplicate", factory(module("Good", "ping"))),
                plugin("p.BadNames", factory(module("Bad-Name", "x")), factory(module("Odd", "_hidden", "ok", "ok"))),
                plugin("p.Throws", factory("Exploding", context -> {
                    throw new IllegalStateException("the disk is on fire");
                })),
                new DiscoveredPlugin("p.Factories", throwingPlugin, List.of()));

        List<String> problems = registry.loadAll().stream().map(StartupProblem::describe).toList();

        String incident = registry.slot("Exploding").failure().replaceAll(".*\\(incident ([0-9a-f]+)\\).*", "$1");
        assertThat(problems).containsExactlyInAnyOrder(
                "plugin p.Duplicate, module Good: the module is already provided by plugin p.Good; this one is ignored",
                "plugin p.BadNames, module Bad-Name: illegal module name: use a letter, then letters, digits or _",
                "plugin p.BadNames, module Odd, function _hidden: illegal function name: use 1 to 1024 characters of [A-Za-z0-9_], not starting with _",
                "plugin p.BadNames, module Odd, function ok: the function is declared twice",
                "plugin p.Throws, module Exploding: create() failed: java.lang.IllegalStateException: the disk is on fire"
                        + " (incident " + incident + ")",
                "plugin p.Factories: moduleFactories() failed: java.lang.IllegalStateException: no factories today");
        assertThat(registry.slot("Good").module()).isNotNull();
        assertThat(registry.slot("Good").plugin()).isEqualTo("p.Good");
        assertThat(registry.slot("Exploding").module()).isNull();
        assertThat(registry.slot("Exploding").failure()).isEqualTo("an unexpected error occurred (incident "
                + incident + "). The server log has the details.");
        assertThat(registry.slot("Odd").failure()).isNotNull();
    }

    @Test
    void factoryNamingAnotherModuleThanItCreatesFails() {
        ModuleRegistry registry = registry(plugin("p", factory("Alpha", context -> module("Beta", "x"))));

        assertThat(registry.loadAll()).extracting(StartupProblem::message)
                .containsExactly("the factory names the module “Alpha” but created “Beta”");
    }

    @Test
    void unknownSettingFailsTheModuleAndListsTheKnownOnes() {
        ModuleRegistry registry = registry(Map.of("Conf", Map.of("isuer", "Example", "digits", "6")),
                plugin("p", factory("Conf", context -> {
                    context.settings().text("issuer", "host");
                    context.settings().integer("digits", 6, 6, 8);
                    return module("Conf", "x");
                })));

        assertThat(registry.loadAll()).extracting(StartupProblem::message)
                .containsExactly("uapi.yaml: modules.Conf.isuer: unknown key; known keys: digits, issuer");
    }

    @Test
    void invalidSettingValueFailsTheModuleWithTheSettingsMessage() {
        ModuleRegistry registry = registry(Map.of("Conf", Map.of("digits", "7x")),
                plugin("p", factory("Conf", context -> {
                    context.settings().integer("digits", 6, 6, 8);
                    return module("Conf", "x");
                })));

        assertThat(registry.slot("Conf").module()).isNull();
        assertThat(registry.slot("Conf").failure())
                .isEqualTo("uapi.yaml: modules.Conf.digits: expected an integer from 6 to 8, not “7x”");
    }

    @Test
    void settingsExceptionIsAModuleFailureNotACrash() {
        ModuleRegistry registry = registry(plugin("p", factory("Conf", context -> {
            throw new SettingsException("bad");
        })), plugin("q", factory(module("Other", "x"))));

        assertThat(registry.loadAll()).hasSize(1);
        assertThat(registry.slot("Other").module()).isNotNull();
    }

    @Test
    void moduleIsCreatedOnceAndOnlyWhenUsed() {
        int[] created = {0};
        ModuleRegistry registry = registry(plugin("p", factory("Lazy", context -> {
            created[0]++;
            return module("Lazy", "x");
        })));

        assertThat(created[0]).isZero();
        registry.slot("Lazy").module();
        registry.slot("Lazy").module();
        registry.loadAll();
        assertThat(created[0]).isEqualTo(1);
    }

    @Test
    void errorsFromEveryPartOfAPluginAreContainedAndNamed() {
        UapiPlugin recursing = new UapiPlugin() {
            @Override
            public List<dev.uapi.spi.ModuleFactory> moduleFactories() {
                return moduleFactories();
            }
        };
        dev.uapi.spi.ModuleFactory nameless = new dev.uapi.spi.ModuleFactory() {
            @Override
            public String moduleName() {
                throw new AssertionError("no name");
            }

            @Override
            public ApiModule create(dev.uapi.spi.ModuleContext context) {
                throw new AssertionError("never");
            }
        };
        ModuleRegistry registry = registry(
                new DiscoveredPlugin("p.Recursing", recursing, List.of()),
                plugin("p.Nameless", nameless, factory(module("Named", "x"))),
                plugin("p.Overflowing", factory("Deep", context -> {
                    throw new StackOverflowError();
                })),
                plugin("p.Missing", factory("Lib", context -> {
                    throw new NoClassDefFoundError("com/example/Gone");
                })),
                plugin("p.Good", factory(module("Good", "ping"))));

        List<String> problems = registry.loadAll().stream().map(StartupProblem::describe).toList();

        assertThat(problems).hasSize(4);
        assertThat(problems).contains("plugin p.Recursing: moduleFactories() failed: java.lang.StackOverflowError",
                "plugin p.Nameless: moduleName() failed: java.lang.AssertionError: no name");
        assertThat(problems).anySatisfy(line -> assertThat(line).matches(
                "plugin p.Overflowing, module Deep: create\\(\\) failed: java.lang.StackOverflowError \\(incident [0-9a-f]{10}\\)"));
        assertThat(problems).anySatisfy(line -> assertThat(line).matches("plugin p.Missing, module Lib: create\\(\\)"
                + " failed: needs class com.example.Gone, which the class path does not provide \\(incident [0-9a-f]{10}\\)"));
        assertThat(registry.slot("Named").module()).isNotNull();
        assertThat(registry.slot("Good").module()).isNotNull();
    }

    @Test
    void aPluginWithTwoFactoriesForOneModuleKeepsTheFirstAndSaysSo() {
        ModuleRegistry registry = registry(plugin("p.Twice", factory(module("Same", "first")),
                factory(module("Same", "second"))));

        assertThat(registry.loadAll()).extracting(StartupProblem::describe).containsExactly(
                "plugin p.Twice, module Same: the plugin has more than one factory for the module; only the first is used");
        assertThat(registry.slot("Same").module().function("first")).isNotNull();
    }

    @Test
    void aReloadKeepsTheSlotsOfThePluginsItKeepsAndSwapsTheSetInOneStep() {
        DiscoveredPlugin kept = plugin("p.Kept", factory(module("Kept", "ping")));
        DiscoveredPlugin old = plugin("p.Changed", factory(module("Changed", "old")));
        ModuleRegistry registry = registry(kept, old);
        registry.loadAll();
        ModuleSlot keptSlot = registry.slot("Kept");
        LoadedModule oldModule = registry.slot("Changed").module();

        DiscoveredPlugin changed = plugin("p.Changed", factory(module("Changed", "new")));
        DiscoveredPlugin added = plugin("p.Added", factory(module("Added", "ping")));
        ModuleRegistry next = registry.reloaded(TestRegistries.contexts(Map.of()), List.of(kept, changed, added));

        assertThat(next.loadAll()).isEmpty();
        assertThat(registry.slot("Added")).as("not in use before adopt").isNull();
        registry.adopt(next);

        assertThat(registry.slot("Kept")).isSameAs(keptSlot);
        assertThat(registry.slot("Changed").module().function("new")).isNotNull();
        assertThat(registry.slot("Added").module().function("ping")).isNotNull();
        // what a call found before the swap is untouched by it
        assertThat(oldModule.function("old")).isNotNull();
        assertThat(registry.discovered()).containsExactly(kept, changed, added);
    }

    /** A plugin that names its modules and makes a factory only when asked for that one, counting the asks. */
    private static UapiPlugin namedPlugin(List<String> names, List<String> asked, ModuleFactory... factories) {
        return new UapiPlugin() {
            @Override
            public List<ModuleFactory> moduleFactories() {
                asked.add("*");
                return List.of(factories);
            }

            @Override
            public List<String> moduleNames() {
                return names;
            }

            @Override
            public ModuleFactory moduleFactory(String moduleName) {
                asked.add(moduleName);
                for (ModuleFactory factory : factories) {
                    if (factory.moduleName().equals(moduleName)) {
                        return factory;
                    }
                }
                return null;
            }
        };
    }

    @Test
    void aPluginThatNamesItsModulesIsAskedOnlyForTheFactoryOfTheModuleCreated() {
        List<String> asked = new ArrayList<>();
        ModuleRegistry registry = registry(new DiscoveredPlugin("p.Named", namedPlugin(List.of("Alpha", "Beta"), asked,
                factory(module("Alpha", "ping")), factory("Beta", context -> {
                    throw new IllegalStateException("Beta cannot start");
                })), List.of()));

        assertThat(registry.slots()).extracting(ModuleSlot::name).containsExactlyInAnyOrder("Alpha", "Beta");
        assertThat(asked).isEmpty();
        assertThat(registry.slot("Alpha").module().function("ping")).isNotNull();
        assertThat(asked).containsExactly("Alpha");
        assertThat(registry.discoveryProblems()).isEmpty();
    }

    @Test
    void everyModuleIsCheckedAndTheNamesAreComparedWithTheFactoriesWhenAllAreLoaded() {
        List<String> asked = new ArrayList<>();
        ModuleRegistry registry = registry(new DiscoveredPlugin("p.Named", namedPlugin(
                List.of("Alpha", "Beta", "Gamma", "Bad-Name", "Alpha"), asked,
                factory(module("Alpha", "ping")),
                factory("Beta", context -> {
                    throw new SettingsException("Beta cannot start");
                }),
                factory(module("Delta", "ping"))), List.of()));

        List<String> problems = registry.loadAll().stream().map(StartupProblem::describe).toList();

        assertThat(problems).containsExactlyInAnyOrder(
                "plugin p.Named, module Bad-Name: illegal module name: use a letter, then letters, digits or _",
                "plugin p.Named, module Alpha: moduleNames() names the module more than once; only the first is used",
                "plugin p.Named, module Delta: moduleFactories() has a factory for the module but moduleNames() does"
                        + " not name it, so it cannot be called",
                "plugin p.Named, module Gamma: moduleNames() names the module but moduleFactories() has no factory for it",
                "plugin p.Named, module Bad-Name: moduleNames() names the module but moduleFactories() has no factory"
                        + " for it",
                "plugin p.Named, module Beta: Beta cannot start",
                "plugin p.Named, module Gamma: the plugin names the module in moduleNames() but moduleFactory() gives"
                        + " no factory for it");
        assertThat(registry.slot("Alpha").failure()).isNull();
        assertThat(registry.slot("Gamma").failure()).isEqualTo(
                "the plugin names the module in moduleNames() but moduleFactory() gives no factory for it");
        assertThat(registry.plugins().get(0).problems()).hasSize(7);
    }

    @Test
    void aPluginWhoseNamesOrFactoryFailIsContained() {
        UapiPlugin failingNames = new UapiPlugin() {
            @Override
            public List<ModuleFactory> moduleFactories() {
                return List.of(factory(module("Never", "x")));
            }

            @Override
            public List<String> moduleNames() {
                throw new IllegalStateException("no names today");
            }
        };
        UapiPlugin wrongFactory = new UapiPlugin() {
            @Override
            public List<ModuleFactory> moduleFactories() {
                return List.of(factory(module("Right", "x")));
            }

            @Override
            public List<String> moduleNames() {
                return List.of("Right");
            }

            @Override
            public ModuleFactory moduleFactory(String moduleName) {
                return factory(module("Wrong", "x"));
            }
        };
        ModuleRegistry registry = registry(new DiscoveredPlugin("p.FailingNames", failingNames, List.of()),
                new DiscoveredPlugin("p.WrongFactory", wrongFactory, List.of()));

        assertThat(registry.loadAll()).extracting(StartupProblem::describe).containsExactlyInAnyOrder(
                "plugin p.FailingNames: moduleNames() failed: java.lang.IllegalStateException: no names today",
                "plugin p.WrongFactory, module Right: moduleFactory(\"Right\") gave the factory of module “Wrong”");
        assertThat(registry.slot("Never")).isNull();
    }
}
