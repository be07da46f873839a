package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_CODE;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code set_user_configuration}: the secret, the code, the window, and the spec's exact errors. */
class SetUserConfigurationTest {

    private static final String INVALID_SECRET = "Failed to set user configuration: Missing or Invalid: “secret”";
    private static final String INVALID_CODE = "Failed to set user configuration: The security code is invalid.";

    private final TwoFactorAuthTester tester = TwoFactorAuthTester.create();

    @Test
    void codeWithLeadingZerosIsAccepted() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.data("alice", GetUserConfiguration.NAME, Map.of()))
                .isEqualTo(Map.of("is_enabled", 1, "issuer", TwoFactorAuthTester.HOST_NAME));
    }

    @Test
    void codeWithoutItsLeadingZerosIsRefused() {
        assertThat(tester.set("alice", RFC_SECRET, "5924")).isEqualTo(INVALID_CODE);
        assertThat(tester.set("alice", RFC_SECRET, "05924")).isEqualTo(INVALID_CODE);
        assertThat(tester.testContext().storage().size()).isZero();
    }

    @Test
    void codesOfOneStepEitherSideAreAccepted() {
        assertThat(tester.set("before", RFC_SECRET, codeAtOffset(-1))).isEqualTo(CONFIGURED);
        assertThat(tester.set("after", RFC_SECRET, codeAtOffset(1))).isEqualTo(CONFIGURED);
    }

    @Test
    void codesOfTwoStepsEitherSideAreRefused() {
        assertThat(tester.set("alice", RFC_SECRET, codeAtOffset(-2))).isEqualTo(INVALID_CODE);
        assertThat(tester.set("alice", RFC_SECRET, codeAtOffset(2))).isEqualTo(INVALID_CODE);
    }

    @Test
    void aWiderWindowIsASetting() {
        TwoFactorAuthTester wide = TwoFactorAuthTester.create(TwoFactorAuthTester.context().setting("window", "2").build());
        assertThat(wide.set("alice", RFC_SECRET, codeAtOffset(-2))).isEqualTo(CONFIGURED);
        assertThat(wide.set("alice", RFC_SECRET, codeAtOffset(-3))).isEqualTo(INVALID_CODE);
    }

    @Test
    void aZeroWindowAcceptsTheCurrentStepOnly() {
        TwoFactorAuthTester strict = TwoFactorAuthTester.create(TwoFactorAuthTester.context().setting("window", "0").build());
        assertThat(strict.set("alice", RFC_SECRET, codeAtOffset(-1))).isEqualTo(INVALID_CODE);
        assertThat(strict.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
    }

    @Test
    void theStepBoundaryFollowsTheClock() {
        // 1234567890 is 0 s into its step; 29 s later the same step still holds, 30 s later the next one does
        tester.testContext().clock().advance(Duration.ofSeconds(29));
        assertThat(tester.set("alice", RFC_SECRET, codeAtOffset(2))).isEqualTo(INVALID_CODE);
        tester.testContext().clock().advance(Duration.ofSeconds(1));
        assertThat(tester.set("alice", RFC_SECRET, codeAtOffset(2))).isEqualTo(CONFIGURED);
    }

    @Test
    void secretIsCaseInsensitiveAndIgnoresSpacesAndPadding() {
        assertThat(tester.set("a", "gezd gnbv gy3t qojq gezd gnbv gy3t qojq", RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.set("b", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ====", RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.set("c", " gEzDgNbVgY3tQoJqGeZdGnBvGy3TqOjQ ", RFC_CODE)).isEqualTo(CONFIGURED);
    }

    @Test
    void sixteenCharacterSecretsAreAccepted() {
        assertThat(tester.set("alice", "JBSWY3DPEHPK3PXP", jbswyCode(0))).isEqualTo(CONFIGURED);
    }

    @Test
    void missingSecretIsRefused() {
        assertThat(tester.error("alice", SetUserConfiguration.NAME, Map.of("tfa_token", RFC_CODE))).isEqualTo(INVALID_SECRET);
    }

    @Test
    void missingSecretAndCodeReportTheSecret() {
        assertThat(tester.error("alice", SetUserConfiguration.NAME, Map.of())).isEqualTo(INVALID_SECRET);
    }

    @Test
    void badSecretsAreRefusedAndNothingIsStored() {
        List<String> secrets = List.of(
                "",
                "   ",
                "JBSWY3DPEHPK3PX",                          // 15 characters
                "JBSWY3DPEHPK3PX0",                         // 0 is not base32
                "JBSWY3DPEHPK3PX1",                         // nor 1
                "JBSWY3DPEHPK3PX8",                         // nor 8
                "JBSWY3DPEHPK3PXP1",                        // lenient decoders would skip the 1
                "JBSWY3DPEHPK3PXPA",                        // 17: no whole-byte encoding has this length
                "JBSWY3DP=EHPK3PXP",                        // padding in the middle
                "ＪＢＳＷＹ３ＤＰＥＨＰＫ３ＰＸＰ",             // full-width look-alikes
                "JBSWY3DPEHPK3PXıJBSWY3DP",                 // a dotless i, which toUpperCase makes I
                "JBSWY3DPEHPK3PXP\tJBSWY3DP",
                "A".repeat(10 * 1024));
        for (String secret : secrets) {
            assertThat(tester.set("alice", secret, RFC_CODE)).as("secret of %d characters", secret.length())
                    .isEqualTo(INVALID_SECRET);
        }
        assertThat(tester.testContext().storage().writes()).isEmpty();
    }

    @Test
    void missingCodeIsRefused() {
        assertThat(tester.error("alice", SetUserConfiguration.NAME, Map.of("secret", RFC_SECRET))).isEqualTo(INVALID_CODE);
    }

    @Test
    void wrongCodeIsRefused() {
        assertThat(tester.set("alice", RFC_SECRET, "005925")).isEqualTo(INVALID_CODE);
        assertThat(tester.data("alice", GetUserConfiguration.NAME, Map.of())).isEqualTo(Map.of("is_enabled", 0));
    }

    @Test
    void malformedCodesAreRefusedWithoutBeingCountedOrStored() {
        List<String> codes = List.of("", "00592", "0059240", "00592a", "abcdef", "005 924", " 005924", "005924 ",
                "００５９２４", "٠٠٥٩٢٤", "+05924", "-05924", "0x5924", "9".repeat(10 * 1024));
        for (String code : codes) {
            assertThat(tester.set("alice", RFC_SECRET, code)).as("code of %d characters", code.length())
                    .isEqualTo(INVALID_CODE);
        }
        assertThat(tester.testContext().storage().writes()).isEmpty();
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
    }

    @Test
    void aNewConfigurationReplacesTheEarlierOne() {
        TwoFactorAuthTester renamed = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .storage(tester.testContext().storage())
                .secretCipher(tester.testContext().secretCipher())
                .setting("issuer", "New Issuer")
                .build());
        assertThat(tester.set("alice", RFC_SECRET, codeAtOffset(-1))).isEqualTo(CONFIGURED);
        assertThat(renamed.set("alice", "JBSWY3DPEHPK3PXP", jbswyCode(0))).isEqualTo(CONFIGURED);

        assertThat(tester.data("alice", GetUserConfiguration.NAME, Map.of()))
                .isEqualTo(Map.of("is_enabled", 1, "issuer", "New Issuer"));
        assertThat(new ConfigurationStore(tester.testContext().storage(), tester.testContext().secretCipher())
                .secret("alice")).contains("JBSWY3DPEHPK3PXP");
    }

    @Test
    void eightDigitSha512CodesAreASetting() {
        TwoFactorAuthTester sha512 = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .setting("algorithm", "SHA512").setting("digits", "8").build());
        String seed = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA";
        assertThat(sha512.set("alice", seed, "93441116")).isEqualTo(CONFIGURED);  // RFC 6238 at 1234567890
    }

    @Test
    void theSecretAndParametersAreStoredForLaterChecks() {
        assertThat(tester.set("alice", "gezdgnbvgy3tqojq gezdgnbvgy3tqojq==", RFC_CODE)).isEqualTo(CONFIGURED);
        ConfigurationStore store = new ConfigurationStore(tester.testContext().storage(), tester.testContext().secretCipher());
        assertThat(store.secret("alice")).contains(RFC_SECRET);
        assertThat(store.find("alice")).contains(new Enrollment(TwoFactorAuthTester.HOST_NAME, TotpParameters.DEFAULTS));
        assertThat(tester.testContext().secretCipher().sealedContexts())
                .containsExactly("TwoFactorAuth/configuration/secret/alice");
    }

    private static String codeAtOffset(int steps) {
        return TwoFactorAuthTester.code(RFC_SECRET, steps);
    }

    private static String jbswyCode(int steps) {
        return TwoFactorAuthTester.code("JBSWY3DPEHPK3PXP", steps);
    }
}
