package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_CODE;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code get_team_user_configuration} reads the account {@code <team_user>@<caller>}. */
class GetTeamUserConfigurationTest {

    private final TwoFactorAuthTester tester = TwoFactorAuthTester.create();

    @Test
    void readsTheTeamUserOfTheCaller() {
        assertThat(tester.set("bob@alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);

        assertThat(tester.data("alice", GetTeamUserConfiguration.NAME, Map.of("team_user", "bob")))
                .isEqualTo(Map.of("is_enabled", 1, "issuer", TwoFactorAuthTester.HOST_NAME));
        assertThat(tester.data("carol", GetTeamUserConfiguration.NAME, Map.of("team_user", "bob")))
                .isEqualTo(Map.of("is_enabled", 0));
        assertThat(tester.data("alice", GetTeamUserConfiguration.NAME, Map.of("team_user", "dave")))
                .isEqualTo(Map.of("is_enabled", 0));
    }

    @Test
    void doesNotReadTheCallersOwnConfiguration() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.data("alice", GetTeamUserConfiguration.NAME, Map.of("team_user", "alice")))
                .isEqualTo(Map.of("is_enabled", 0));
    }

    @Test
    void missingTeamUserIsRefused() {
        assertThat(tester.error("alice", GetTeamUserConfiguration.NAME, Map.of()))
                .isEqualTo("Provide the “team_user” argument.");
    }

    @Test
    void emptyTeamUserIsRefused() {
        assertThat(tester.error("alice", GetTeamUserConfiguration.NAME, Map.of("team_user", "")))
                .isEqualTo("The “team_user” argument cannot be empty.");
    }

    @Test
    void teamUserThatNoAccountCanHaveIsNotEnabled() {
        assertThat(tester.set("bob@carol@alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.data("alice", GetTeamUserConfiguration.NAME, Map.of("team_user", "bob@carol")))
                .isEqualTo(Map.of("is_enabled", 0));
        assertThat(tester.data("alice", GetTeamUserConfiguration.NAME, Map.of("team_user", "b".repeat(300))))
                .isEqualTo(Map.of("is_enabled", 0));
    }

    @Test
    void writesNothing() {
        tester.data("alice", GetTeamUserConfiguration.NAME, Map.of("team_user", "bob"));
        assertThat(tester.testContext().storage().writes()).isEmpty();
    }
}
