package dev.uapi.dispatcher.modules;

import static dev.uapi.dispatcher.modules.FixturePlugins.library;
import static dev.uapi.dispatcher.modules.FixturePlugins.plugin;
import static dev.uapi.dispatcher.modules.FixturePlugins.throwingPlugin;
import static dev.uapi.dispatcher.modules.FixturePlugins.visibilityProbe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.Host;
import dev.uapi.spi.Arguments;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real host over a {@code UAPI_HOME} whose plugins directory holds working and broken plugins, each built
 * at test time. The dispatcher's test class path adds the class-path plugin {@code Test}.
 */
class PluginDirectoriesTest {

    @TempDir
    static Path home;

    static Host host;

    @BeforeAll
    static void installPluginsAndStart() throws IOException {
        Path plugins = home.resolve("plugins");
        // one library, two versions, the same class name: each plugin bundles its own
        Path version1 = library("1.0", plugins.resolve("alpha/library-1.0.jar"));
        plugin("fixture.alpha", "Alpha", "fixture.lib.Library.version()")
                .compiledAgainst(version1).writeTo(plugins.resolve("alpha/alpha.jar"));
        Path version2 = library("2.0", plugins.resolve("beta/library-2.0.jar"));
        plugin("fixture.beta", "Beta", "fixture.lib.Library.version()")
                .compiledAgainst(version2).writeTo(plugins.resolve("beta/beta.jar"));
        // a class of the same name as one of the host's own libraries
        plugin("fixture.gamma", "Gamma", "com.fasterxml.jackson.databind.ObjectMapper.origin()")
                .source("com.fasterxml.jackson.databind.ObjectMapper", """
                        package com.fasterxml.jackson.databind;
                        public final class ObjectMapper {
                            public static String origin() {
                                return "gamma's own ObjectMapper";
                            }
                        }
                        """)
                .writeTo(plugins.resolve("gamma/gamma.jar"));
        visibilityProbe("fixture.probe", "Probe",
                "com.google.inject.Injector", "com.fasterxml.jackson.databind.ObjectMapper",
                "org.eclipse.jetty.server.Server", "org.sqlite.JDBC", "dev.uapi.dispatcher.Host",
                "dev.uapi.testkit.TestClock", "fixture.lib.Library", "dev.uapi.spi.UapiPlugin",
                "java.sql.Connection")
                .writeTo(plugins.resolve("probe/probe.jar"));

        Files.createDirectories(plugins.resolve("corrupt"));
        Files.writeString(plugins.resolve("corrupt/corrupt.jar"), "this is not a zip file", StandardCharsets.UTF_8);
        PluginJar.withSources()
                .source("fixture.unlisted.FixturePlugin",
                        "package fixture.unlisted; public final class FixturePlugin {}")
                .writeTo(plugins.resolve("no-services/plugin.jar"));
        throwingPlugin("fixture.throwing", "Throwing", "the fixture's disk is on fire")
                .writeTo(plugins.resolve("throwing/throwing.jar"));
        plugin("fixture.takeover", "Test", "\"takeover\"").writeTo(plugins.resolve("takeover/takeover.jar"));
        // read after alpha, in name order
        plugin("fixture.copy", "Alpha", "\"copy\"").writeTo(plugins.resolve("alpha-copy/alpha-copy.jar"));

        host = Host.start(home);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static Envelope call(String module) {
        return host.dispatcher().call("alice", module, "answer", Arguments.empty());
    }

    private static List<String> problems() {
        return host.registry().loadAll().stream().map(StartupProblem::describe).toList();
    }

    @Test
    void twoPluginsBundlingDifferentVersionsOfOneLibraryEachUseTheirOwn() {
        assertThat(call("Alpha").data()).isEqualTo("1.0");
        assertThat(call("Beta").data()).isEqualTo("2.0");
    }

    @Test
    void aPluginUsesItsOwnClassWhereTheHostHasOneOfTheSameName() {
        assertThat(call("Gamma").data()).isEqualTo("gamma's own ObjectMapper");
    }

    @Test
    void thePluginSeesOnlyTheContractTheJdkAndWhatItBundles() {
        Envelope probe = call("Probe");

        assertThat(probe.status()).isEqualTo(1);
        assertThat(probe.data()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsExactly(
                entry("com.google.inject.Injector", "hidden, hidden"),
                entry("com.fasterxml.jackson.databind.ObjectMapper", "hidden, hidden"),
                entry("org.eclipse.jetty.server.Server", "hidden, hidden"),
                entry("org.sqlite.JDBC", "hidden, hidden"),
                entry("dev.uapi.dispatcher.Host", "hidden, hidden"),
                entry("dev.uapi.testkit.TestClock", "hidden, hidden"),
                entry("fixture.lib.Library", "hidden, hidden"),
                entry("dev.uapi.spi.UapiPlugin", "visible, visible"),
                entry("java.sql.Connection", "visible, visible"));
    }

    @Test
    void eachPluginDirectoryHasItsOwnClassLoaderWhoseParentShowsOnlyTheContract() {
        ClassLoader alpha = host.registry().slot("Alpha").module().classLoader();
        ClassLoader beta = host.registry().slot("Beta").module().classLoader();

        assertThat(alpha).isInstanceOf(URLClassLoader.class).isNotSameAs(beta);
        assertThat(alpha.getName()).isEqualTo("plugins/alpha");
        assertThat(alpha.getParent()).isInstanceOf(ContractClassLoader.class);
        assertThat(host.registry().slot("Alpha").source()).isEqualTo("plugins/alpha");
        assertThat(host.registry().slot("Alpha").plugin()).isEqualTo("fixture.alpha.FixturePlugin (plugins/alpha)");
    }

    @Test
    void aCorruptJarIsReportedAndTheOtherPluginsStillAnswer() {
        assertThat(problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith("plugin plugins/corrupt: no plugin found: corrupt.jar is not a readable jar ("));
        assertThat(call("Alpha").status()).isEqualTo(1);
    }

    @Test
    void aDirectoryWhoseJarListsNoPluginIsReported() {
        assertThat(problems()).contains("plugin plugins/no-services: no plugin found: no jar has "
                + "META-INF/services/dev.uapi.spi.UapiPlugin (plugin.jar)");
    }

    @Test
    void aFactoryThatThrowsFailsOnlyItsOwnModule() {
        Envelope throwing = call("Throwing");

        assertThat(throwing.status()).isZero();
        // the caller sees an incident id only; the startup problem names the cause under the same id
        assertThat(throwing.errors()).singleElement().asString().matches("Failed to load module “Throwing”: an"
                + " unexpected error occurred \\(incident ([0-9a-f]{10})\\)\\. The server log has the details\\.");
        String incident = throwing.errors().get(0).replaceAll(".*\\(incident ([0-9a-f]+)\\).*", "$1");
        assertThat(problems()).contains("plugin fixture.throwing.FixturePlugin (plugins/throwing), module Throwing: "
                + "create() failed: java.lang.IllegalStateException: the fixture's disk is on fire (incident "
                + incident + ")");
        assertThat(call("Beta").status()).isEqualTo(1);
    }

    @Test
    void aModuleNameTheClassPathProvidesStaysWithTheClassPath() {
        assertThat(problems()).contains("plugin fixture.takeover.FixturePlugin (plugins/takeover), module Test: "
                + "the module is already provided by plugin dev.uapi.dispatcher.testplugin.TestPlugin; this one is ignored");
        assertThat(host.registry().slot("Test").source()).isEqualTo(PluginDiscovery.CLASS_PATH);
        assertThat(host.dispatcher().call("alice", "Test", "noop", Arguments.empty()).status()).isEqualTo(1);
    }

    @Test
    void aModuleNameAnEarlierDirectoryProvidesStaysWithIt() {
        assertThat(problems()).contains("plugin fixture.copy.FixturePlugin (plugins/alpha-copy), module Alpha: "
                + "the module is already provided by plugin fixture.alpha.FixturePlugin (plugins/alpha); this one is ignored");
        assertThat(call("Alpha").data()).isEqualTo("1.0");
    }

    @Test
    void eachPluginIsReportedOnOneLineWithWhatItRegistered() {
        host.loadAll();
        List<String> messages = host.plugins().stream().map(PluginReport::describe).toList();

        // the class path's own plugins come first; which they are depends on the build, Test is always one
        assertThat(messages).contains("plugin dev.uapi.dispatcher.testplugin.TestPlugin: registered Test");
        List<String> directories = messages.subList(messages.indexOf(
                "plugin fixture.alpha.FixturePlugin (plugins/alpha): registered Alpha"), messages.size());
        assertThat(directories).hasSize(9).containsExactly(
                "plugin fixture.alpha.FixturePlugin (plugins/alpha): registered Alpha",
                "plugin fixture.copy.FixturePlugin (plugins/alpha-copy): registered nothing; 1 problem: module Alpha: "
                        + "the module is already provided by plugin fixture.alpha.FixturePlugin (plugins/alpha); "
                        + "this one is ignored",
                "plugin fixture.beta.FixturePlugin (plugins/beta): registered Beta",
                directories.get(3),
                "plugin fixture.gamma.FixturePlugin (plugins/gamma): registered Gamma",
                "plugin plugins/no-services: registered nothing; 1 problem: no plugin found: no jar has "
                        + "META-INF/services/dev.uapi.spi.UapiPlugin (plugin.jar)",
                "plugin fixture.probe.FixturePlugin (plugins/probe): registered Probe",
                "plugin fixture.takeover.FixturePlugin (plugins/takeover): registered nothing; 1 problem: module Test: "
                        + "the module is already provided by plugin dev.uapi.dispatcher.testplugin.TestPlugin; "
                        + "this one is ignored",
                "plugin fixture.throwing.FixturePlugin (plugins/throwing): registered Throwing (failed); 1 problem: "
                        + "module Throwing: create() failed: java.lang.IllegalStateException: the fixture's disk is on"
                        + " fire (incident " + host.registry().slot("Throwing").failure().replaceAll(
                                ".*\\(incident ([0-9a-f]+)\\).*", "$1") + ")");
        assertThat(directories.get(3)).startsWith("plugin plugins/corrupt: registered nothing; 1 problem: "
                + "no plugin found: corrupt.jar is not a readable jar (");
        assertThat(host.plugins()).filteredOn(PluginReport::hasProblems).extracting(PluginReport::source)
                .containsExactly("plugins/alpha-copy", "plugins/corrupt", "plugins/no-services", "plugins/takeover",
                        "plugins/throwing");
    }
}
