package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.DemoRule;
import dev.uapi.spi.FunctionDeclaration;
import dev.uapi.spi.ModuleFactory;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.UapiPlugin;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The plugin as the host finds it, and the module's declarations as data. */
class TwoFactorAuthPluginTest {

    private final ApiModule module = TwoFactorAuthTester.create().module();

    @Test
    void serviceLoaderFindsThePluginAndItsFactory() {
        // the dispatcher, a test dependency here, brings its own Tokens plugin onto this class path
        List<UapiPlugin> plugins = ServiceLoader.load(UapiPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(plugin -> plugin.getClass().getPackageName().equals(TwoFactorAuthPlugin.class.getPackageName()))
                .toList();
        assertThat(plugins).hasOnlyElementsOfType(TwoFactorAuthPlugin.class).hasSize(1);

        List<ModuleFactory> factories = plugins.get(0).moduleFactories();
        assertThat(factories).extracting(ModuleFactory::moduleName).containsExactly("TwoFactorAuth");
        ApiModule created = factories.get(0).create(TwoFactorAuthTester.context().setting("issuer", "Example").build());
        assertThat(created.name()).isEqualTo(factories.get(0).moduleName());
    }

    @Test
    void moduleDeclaresItsFeatureAndAllowsDemoAccounts() {
        assertThat(module.name()).isEqualTo("TwoFactorAuth");
        assertThat(module.feature()).isEqualTo("twofactorauth");
        assertThat(module.demo()).isEqualTo(DemoRule.ALLOWED);
        assertThat(module.description()).isNotBlank();
    }

    @Test
    void moduleHasTheFiveFunctionsOfCpanel() {
        assertThat(module.functions()).extracting(FunctionDeclaration::name).containsExactly(
                "generate_user_configuration",
                "set_user_configuration",
                "get_user_configuration",
                "remove_user_configuration",
                "get_team_user_configuration");
    }

    @Test
    void onlySetAndRemoveWrite() {
        Map<String, Boolean> writes = Map.of(
                "generate_user_configuration", false,
                "set_user_configuration", true,
                "get_user_configuration", false,
                "remove_user_configuration", true,
                "get_team_user_configuration", false);
        writes.forEach((function, expected) ->
                assertThat(module.function(function).orElseThrow().writes()).as(function).isEqualTo(expected));
    }

    @Test
    void parametersAreDeclaredWithDescriptionAndExample() {
        assertThat(parameters("set_user_configuration")).extracting(Parameter::name, Parameter::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("secret", true),
                        org.assertj.core.groups.Tuple.tuple("tfa_token", true));
        assertThat(parameters("get_team_user_configuration")).extracting(Parameter::name, Parameter::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("team_user", true));
        for (FunctionDeclaration function : module.functions()) {
            assertThat(function.description()).as(function.name()).isNotBlank();
            assertThat(function.acceptsNestedData()).as(function.name()).isFalse();
            for (Parameter parameter : function.parameters()) {
                assertThat(parameter.description()).as(parameter.name()).isNotBlank();
                assertThat(parameter.example()).as(parameter.name()).isNotBlank();
            }
        }
        assertThat(parameters("generate_user_configuration")).isEmpty();
        assertThat(parameters("get_user_configuration")).isEmpty();
        assertThat(parameters("remove_user_configuration")).isEmpty();
    }

    @Test
    void functionsDeclaredReadOnlyWriteNothing() {
        TwoFactorAuthTester tester = TwoFactorAuthTester.create();
        tester.set("alice", TwoFactorAuthTester.RFC_SECRET, TwoFactorAuthTester.RFC_CODE);
        int writesBefore = tester.testContext().storage().writes().size();

        tester.call("alice", "generate_user_configuration", Map.of());
        tester.call("alice", "get_user_configuration", Map.of());
        tester.call("alice", "get_team_user_configuration", Map.of("team_user", "bob"));

        assertThat(tester.testContext().storage().writes()).hasSize(writesBefore);
    }

    private List<Parameter> parameters(String function) {
        return module.function(function).orElseThrow().parameters();
    }
}
