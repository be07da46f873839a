package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code generate_user_configuration}: a fresh secret from the injected randomness, its URI, and nothing stored. */
class GenerateUserConfigurationTest {

    @Test
    void answersSecretUriAndQrCodeInThatOrder() {
        Map<?, ?> data = generate(TwoFactorAuthTester.create(), "alice");
        assertThat(data.keySet().stream().map(String::valueOf).toList()).containsExactly("secret", "otpauth_str", "qr_code");
        assertThat((String) data.get("otpauth_str"))
                .isEqualTo("otpauth://totp/test-host:alice?secret=" + data.get("secret") + "&issuer=test-host");
    }

    @Test
    void secretHas160BitsOfBase32WithoutPaddingByDefault() {
        String secret = (String) generate(TwoFactorAuthTester.create(), "alice").get("secret");
        assertThat(secret).hasSize(32).matches("[A-Z2-7]{32}");
    }

    @Test
    void secretLengthIsASettingAndSixteenStaysPossible() {
        TwoFactorAuthTester tester = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .setting("secret_length", "16").build());
        assertThat((String) generate(tester, "alice").get("secret")).matches("[A-Z2-7]{16}");
    }

    @Test
    void secretsComeFromTheInjectedRandomness() {
        String first = (String) generate(TwoFactorAuthTester.create(TwoFactorAuthTester.context().randomSeed(7).build()), "a")
                .get("secret");
        String again = (String) generate(TwoFactorAuthTester.create(TwoFactorAuthTester.context().randomSeed(7).build()), "a")
                .get("secret");
        String other = (String) generate(TwoFactorAuthTester.create(TwoFactorAuthTester.context().randomSeed(8).build()), "a")
                .get("secret");
        assertThat(first).as("same seed, same secret").isEqualTo(again);
        assertThat(first).as("another seed, another secret").isNotEqualTo(other);
    }

    @Test
    void eachCallGivesANewSecret() {
        TwoFactorAuthTester tester = TwoFactorAuthTester.create();
        assertThat(generate(tester, "alice").get("secret")).isNotEqualTo(generate(tester, "alice").get("secret"));
    }

    @Test
    void storesNothing() {
        TwoFactorAuthTester tester = TwoFactorAuthTester.create();
        generate(tester, "alice");
        assertThat(tester.testContext().storage().writes()).isEmpty();
        assertThat(tester.data("alice", GetUserConfiguration.NAME, Map.of())).isEqualTo(Map.of("is_enabled", 0));
    }

    @Test
    void nonDefaultParametersAreInTheUri() {
        TwoFactorAuthTester tester = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .setting("issuer", "Example").setting("algorithm", "SHA256").setting("period", "60").build());
        Map<?, ?> data = generate(tester, "alice");
        assertThat((String) data.get("otpauth_str")).isEqualTo("otpauth://totp/Example:alice?secret="
                + data.get("secret") + "&issuer=Example&algorithm=SHA256&period=60");
    }

    private static Map<?, ?> generate(TwoFactorAuthTester tester, String account) {
        return (Map<?, ?>) tester.data(account, GenerateUserConfiguration.NAME, Map.of());
    }
}
