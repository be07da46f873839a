package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_CODE;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code get_user_configuration} and {@code remove_user_configuration}. */
class UserConfigurationTest {

    private final TwoFactorAuthTester tester = TwoFactorAuthTester.create();

    @Test
    void notConfiguredAnswersIsEnabledZeroOnly() {
        assertThat(tester.data("alice", GetUserConfiguration.NAME, Map.of())).isEqualTo(Map.of("is_enabled", 0));
    }

    @Test
    void configuredAnswersIsEnabledAndTheIssuer() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.data("alice", GetUserConfiguration.NAME, Map.of()))
                .isEqualTo(Map.of("is_enabled", 1, "issuer", TwoFactorAuthTester.HOST_NAME));
    }

    @Test
    void issuerIsTheOneEnrolledUnder() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        TwoFactorAuthTester renamed = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .storage(tester.testContext().storage()).setting("issuer", "Renamed").build());
        assertThat(renamed.data("alice", GetUserConfiguration.NAME, Map.of()))
                .isEqualTo(Map.of("is_enabled", 1, "issuer", TwoFactorAuthTester.HOST_NAME));
    }

    @Test
    void removeTurnsItOff() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.data("alice", RemoveUserConfiguration.NAME, Map.of())).isEqualTo(Map.of("tfa_removed", 1));
        assertThat(tester.data("alice", GetUserConfiguration.NAME, Map.of())).isEqualTo(Map.of("is_enabled", 0));
    }

    @Test
    void removeSucceedsWhenNothingWasConfigured() {
        assertThat(tester.data("alice", RemoveUserConfiguration.NAME, Map.of())).isEqualTo(Map.of("tfa_removed", 1));
        assertThat(tester.testContext().storage().writes()).isEmpty();
    }

    @Test
    void removeTouchesOnlyTheCaller() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        tester.data("bob", RemoveUserConfiguration.NAME, Map.of());
        assertThat(tester.data("alice", GetUserConfiguration.NAME, Map.of()))
                .isEqualTo(Map.of("is_enabled", 1, "issuer", TwoFactorAuthTester.HOST_NAME));
    }

    @Test
    void enablingAndRemovingAreLoggedWithTheAccount() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        tester.data("alice", RemoveUserConfiguration.NAME, Map.of());
        assertThat(tester.testContext().logger().texts()).contains(
                "Account alice turned two-factor authentication on.",
                "Account alice turned two-factor authentication off.");
    }
}
