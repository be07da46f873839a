package dev.uapi.dispatcher.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.UapiPlugin;
import java.io.IOException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class ContractClassLoaderTest {

    private final ClassLoader host = getClass().getClassLoader();
    private final ContractClassLoader contract = new ContractClassLoader(host);

    @Test
    void theContractIsTheHostsOwnSoThatPluginsImplementTheHostsTypes() throws ClassNotFoundException {
        assertThat(contract.loadClass("dev.uapi.spi.UapiPlugin")).isSameAs(UapiPlugin.class);
        assertThat(contract.loadClass("dev.uapi.spi.ModuleStorage")).isSameAs(ModuleStorage.class);
    }

    @Test
    void theJdkIsVisibleIncludingThePlatformModules() throws ClassNotFoundException {
        assertThat(contract.loadClass("java.lang.String")).isSameAs(String.class);
        assertThat(contract.loadClass("java.sql.Connection")).isSameAs(java.sql.Connection.class);
        assertThat(contract.loadClass("java.net.http.HttpClient")).isSameAs(java.net.http.HttpClient.class);
    }

    @Test
    void everythingElseTheHostHasIsHidden() {
        for (String name : new String[] {"com.google.inject.Guice", "com.fasterxml.jackson.databind.ObjectMapper",
            "org.eclipse.jetty.server.Server", "picocli.CommandLine", "dev.uapi.dispatcher.Host",
            "dev.uapi.dispatcher.modules.ContractClassLoader", "dev.uapi.testkit.TestClock",
            "org.junit.jupiter.api.Test", "dev.uapi.spiral.LooksLikeTheContract"}) {
            assertThatThrownBy(() -> contract.loadClass(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void theHostsServicesFilesAreHiddenButTheContractsClassFilesAreNot() throws IOException {
        String services = "META-INF/services/dev.uapi.spi.UapiPlugin";
        assertThat(host.getResource(services)).as("the test class path has a plugin").isNotNull();

        assertThat(contract.getResource(services)).isNull();
        assertThat(Collections.list(contract.getResources(services))).isEmpty();
        assertThat(contract.getResource("dev/uapi/spi/UapiPlugin.class")).isNotNull();
        assertThat(contract.getResource("com/google/inject/Guice.class")).isNull();
    }
}
