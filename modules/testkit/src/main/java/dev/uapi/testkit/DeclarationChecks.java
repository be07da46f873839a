package dev.uapi.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.UapiPlugin;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;

/**
 * The plugin's entry point and its declarations: what the host checks at startup, before any call. A plugin
 * that fails here is refused by the host or never found by it.
 */
final class DeclarationChecks {

    private final Subject subject;
    private final Class<?> pluginClass;
    private final String plugin;

    DeclarationChecks(Subject subject) {
        this.subject = subject;
        this.pluginClass = subject.plugin().getClass();
        this.plugin = pluginClass.getName();
    }

    List<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("the services file " + ServicesFiles.PATH + " names " + plugin, this::servicesFileNamesPlugin));
        tests.add(dynamicTest(plugin + " is public with a public no-argument constructor", this::pluginIsInstantiable));
        tests.add(dynamicTest(plugin + " hands out at least one module factory", this::pluginHandsOutFactories));
        tests.add(dynamicTest(plugin + " names its modules as its factories do, if it names them", this::namesMatchFactories));
        tests.add(dynamicTest(plugin + " gives each of its modules a name of its own", this::moduleNamesAreUnique));
        for (SurveyedModule module : subject.modules()) {
            tests.addAll(moduleTests(module));
        }
        return tests;
    }

    private List<DynamicTest> moduleTests(SurveyedModule module) {
        String name = module.name();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("“" + name + "” is a valid module name", () -> moduleNameIsValid(module)));
        tests.add(dynamicTest(name + " is created from a context of the kit's fakes", () -> moduleIsCreated(module)));
        if (!module.created()) {
            return tests;
        }
        String created = module.declared().name();
        tests.add(dynamicTest(name + ": the created module has the name its factory gives", () -> check(
                created.equals(name), "the factory's moduleName() is “" + name + "” but create() built “" + created + "”")));
        tests.add(dynamicTest(name + " declares at least one function", () -> check(
                !module.declared().functions().isEmpty(), name + " declares no function: the host refuses it")));
        tests.add(dynamicTest(name + " declares each function name once", () -> check(
                twice(module.declared().functions(), FunctionDeclaration::name).isEmpty(),
                name + " declares " + twice(module.declared().functions(), FunctionDeclaration::name)
                        + " more than once: the host refuses it")));
        for (FunctionUnderTest function : module.functions()) {
            tests.add(dynamicTest(function + " has a valid function name", () -> functionNameIsValid(function)));
            tests.add(dynamicTest(function + " declares each parameter once, with a valid name", () ->
                    parametersAreValid(function)));
        }
        return tests;
    }

    private void servicesFileNamesPlugin() {
        ClassLoader loader = pluginClass.getClassLoader();
        List<URL> files = ServicesFiles.files(loader);
        check(!files.isEmpty(), "no " + ServicesFiles.PATH + " is visible to the class loader of " + plugin + " ("
                + loader + "): add one to the plugin's jar that lists the class, or the host never finds it");
        Set<String> listed = new LinkedHashSet<>();
        for (URL file : files) {
            listed.addAll(ServicesFiles.providerNames(file));
        }
        check(listed.contains(plugin), ServicesFiles.PATH + " (" + files + ") lists " + listed + " but not " + plugin
                + ": the host never finds the plugin");
    }

    private void pluginIsInstantiable() {
        check(Modifier.isPublic(pluginClass.getModifiers()), plugin + " is not public: ServiceLoader cannot use it");
        check(pluginClass.getEnclosingClass() == null || Modifier.isStatic(pluginClass.getModifiers()),
                plugin + " is an inner class: ServiceLoader cannot instantiate it");
        try {
            pluginClass.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(plugin + " has no public no-argument constructor for ServiceLoader", e);
        }
    }

    private void pluginHandsOutFactories() {
        List<ModuleFactory> factories;
        try {
            factories = subject.factories();
        } catch (RuntimeException e) {
            throw new AssertionError(plugin + ".moduleFactories() threw " + e, e);
        }
        check(factories != null && !factories.isEmpty(), plugin + ".moduleFactories() hands out no factory");
        check(factories.stream().noneMatch(Objects::isNull), plugin + ".moduleFactories() hands out a null");
    }

    /**
     * A plugin that names its modules ({@code moduleNames()}) must name exactly its factories' modules, and
     * {@code moduleFactory(name)} must give each one's factory: a host calls one module through them alone.
     */
    private void namesMatchFactories() {
        UapiPlugin subjectPlugin = subject.plugin();
        List<String> names;
        try {
            names = subjectPlugin.moduleNames();
        } catch (RuntimeException e) {
            throw new AssertionError(plugin + ".moduleNames() threw " + e, e);
        }
        if (names == null) {
            return;
        }
        List<String> factoryNames = subject.factories().stream().map(ModuleFactory::moduleName).toList();
        check(new HashSet<>(names).equals(new HashSet<>(factoryNames)) && names.size() == factoryNames.size(),
                plugin + ".moduleNames() gives " + names + " but its factories are of " + factoryNames);
        for (String name : names) {
            ModuleFactory factory;
            try {
                factory = subjectPlugin.moduleFactory(name);
            } catch (RuntimeException e) {
                throw new AssertionError(plugin + ".moduleFactory(\"" + name + "\") threw " + e, e);
            }
            check(factory != null && name.equals(factory.moduleName()), plugin + ".moduleFactory(\"" + name
                    + "\") does not give the factory of " + name);
        }
    }

    private void moduleNamesAreUnique() {
        Set<String> twice = twice(subject.modules(), SurveyedModule::name);
        check(twice.isEmpty(), plugin + " has several factories for " + twice
                + ": the host uses only the first and reports the others");
    }

    private static void moduleNameIsValid(SurveyedModule module) {
        if (!module.created() && module.failure() != null && module.name().startsWith("module #")) {
            throw new AssertionError("moduleName() failed: " + module.failure(), module.failure());
        }
        check(ContractNames.isModuleName(module.name()), "“" + module.name() + "” is not a module name: use a letter,"
                + " then letters, digits or _, at most " + ContractNames.MAX_MODULE_NAME + " characters");
    }

    private static void moduleIsCreated(SurveyedModule module) {
        if (!module.created()) {
            throw new AssertionError(module.name() + ": create() failed on a context of the kit's fakes with the"
                    + " settings of settings(\"" + module.name() + "\"): " + module.failure(), module.failure());
        }
    }

    private static void functionNameIsValid(FunctionUnderTest function) {
        check(ContractNames.isFunctionName(function.name()), "“" + function.name() + "” is not a function name: use 1 to "
                + ContractNames.MAX_FUNCTION_NAME + " characters of [A-Za-z0-9_], not starting with _");
    }

    private static void parametersAreValid(FunctionUnderTest function) {
        List<String> problems = new ArrayList<>();
        for (Parameter parameter : function.declaration().parameters()) {
            if (!ContractNames.isParameterName(parameter.name())) {
                problems.add("“" + parameter.name() + "” is empty or starts with " + ContractNames.DISPATCHER_PREFIX);
            }
        }
        for (String name : twice(function.declaration().parameters(), Parameter::name)) {
            problems.add("“" + name + "” is declared more than once");
        }
        check(problems.isEmpty(), function + "'s parameters: " + String.join("; ", problems));
    }

    private static <T> Set<String> twice(List<T> items, Function<T, String> name) {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                twice.add(name.apply(item));
            }
        }
        return twice;
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }
}
