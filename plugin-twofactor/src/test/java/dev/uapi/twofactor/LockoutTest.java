package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Five wrong codes in a row lock an account's code checks for fifteen minutes (RFC 4226 §7.3). */
class LockoutTest {

    private static final String INVALID_CODE = "Failed to set user configuration: The security code is invalid.";

    /** The lock message at the default test instant, 2009-02-13 23:31:30 UTC, plus 15 minutes. */
    private static final String LOCKED = "Failed to set user configuration: Too many invalid security codes."
            + " Try again after 2009-02-13 23:46:30 UTC.";

    private final TwoFactorAuthTester tester = TwoFactorAuthTester.create();

    @Test
    void fiveWrongCodesThenTheRightOneIsRefusedWithTheLockMessage() {
        failFiveTimes("alice");
        assertThat(tester.set("alice", RFC_SECRET, code(0))).isEqualTo(LOCKED);
        assertThat(tester.data("alice", GetUserConfiguration.NAME, java.util.Map.of()))
                .isEqualTo(java.util.Map.of("is_enabled", 0));
    }

    @Test
    void aLockSetAndAReplayRefusedAreCountedForTheMetrics() {
        failFiveTimes("alice");
        assertThat(tester.set("alice", RFC_SECRET, code(0))).isEqualTo(LOCKED);
        assertThat(tester.set("alice", RFC_SECRET, wrong(code(0)))).isEqualTo(LOCKED);
        assertThat(tester.testContext().events().counts()).containsExactly(java.util.Map.entry("lockout", 1L));

        assertThat(tester.set("bob", RFC_SECRET, code(0))).isEqualTo(CONFIGURED);
        tester.set("bob", RFC_SECRET, code(0));
        assertThat(tester.testContext().events().countOf("replay_refused")).isEqualTo(1);
    }

    @Test
    void duringTheLockAWrongCodeGetsTheSameMessageAsARightOne() {
        failFiveTimes("alice");
        assertThat(tester.set("alice", RFC_SECRET, wrong(code(0)))).isEqualTo(LOCKED);
        assertThat(tester.set("alice", RFC_SECRET, code(0))).isEqualTo(LOCKED);
    }

    @Test
    void fourWrongCodesDoNotLock() {
        for (int i = 0; i < 4; i++) {
            assertThat(tester.set("alice", RFC_SECRET, wrong(code(0)))).isEqualTo(INVALID_CODE);
        }
        assertThat(tester.set("alice", RFC_SECRET, code(0))).isEqualTo(CONFIGURED);
    }

    @Test
    void lockEndsAfterTheLockPeriod() {
        failFiveTimes("alice");
        tester.testContext().clock().advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(tester.set("alice", RFC_SECRET, codeNow())).isEqualTo(LOCKED);
        tester.testContext().clock().advance(Duration.ofSeconds(1));
        assertThat(tester.set("alice", RFC_SECRET, codeNow())).isEqualTo(CONFIGURED);
    }

    @Test
    void afterTheLockAGuesserHasTheFullLimitAndNoMore() {
        failFiveTimes("alice");
        tester.testContext().clock().advance(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            assertThat(tester.set("alice", RFC_SECRET, wrong(codeNow()))).isEqualTo(INVALID_CODE);
        }
        assertThat(tester.set("alice", RFC_SECRET, codeNow())).startsWith(
                "Failed to set user configuration: Too many invalid security codes. Try again after 2009-02-14 00:01:30 UTC.");
    }

    @Test
    void successResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThat(tester.set("alice", RFC_SECRET, wrong(code(0)))).isEqualTo(INVALID_CODE);
        }
        assertThat(tester.set("alice", RFC_SECRET, code(0))).isEqualTo(CONFIGURED);
        for (int i = 0; i < 4; i++) {
            assertThat(tester.set("alice", RFC_SECRET, wrong(code(1)))).isEqualTo(INVALID_CODE);
        }
        assertThat(tester.set("alice", RFC_SECRET, code(1))).isEqualTo(CONFIGURED);
    }

    @Test
    void lockIsPerAccount() {
        failFiveTimes("alice");
        assertThat(tester.set("bob", RFC_SECRET, code(0))).isEqualTo(CONFIGURED);
    }

    @Test
    void lockHoldsAcrossTwoServerProcessesSharingOneStore() {
        TwoFactorAuthTester other = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .storage(tester.testContext().storage())
                .secretCipher(tester.testContext().secretCipher())
                .build());
        for (int i = 0; i < 5; i++) {
            TwoFactorAuthTester process = i % 2 == 0 ? tester : other;
            assertThat(process.set("alice", RFC_SECRET, wrong(code(0)))).isEqualTo(INVALID_CODE);
        }
        assertThat(other.set("alice", RFC_SECRET, code(0))).isEqualTo(LOCKED);
    }

    @Test
    void limitAndDurationAreSettings() {
        TwoFactorAuthTester strict = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .setting("max_failures", "2").setting("lockout_seconds", "60").build());
        assertThat(strict.set("alice", RFC_SECRET, wrong(code(0)))).isEqualTo(INVALID_CODE);
        assertThat(strict.set("alice", RFC_SECRET, wrong(code(0)))).isEqualTo(INVALID_CODE);
        assertThat(strict.set("alice", RFC_SECRET, code(0))).isEqualTo(
                "Failed to set user configuration: Too many invalid security codes. Try again after 2009-02-13 23:32:30 UTC.");
        strict.testContext().clock().advance(Duration.ofSeconds(60));
        assertThat(strict.set("alice", RFC_SECRET, TwoFactorAuthTester.code(RFC_SECRET, 2))).isEqualTo(CONFIGURED);
    }

    @Test
    void lockEndIsRoundedUpToTheSecond() {
        tester.testContext().clock().set(Instant.parse("2009-02-13T23:31:30.250Z"));
        failFiveTimes("alice");
        assertThat(tester.set("alice", RFC_SECRET, code(0)))
                .endsWith("Try again after 2009-02-13 23:46:31 UTC.");
    }

    @Test
    void lockingIsLoggedWithoutTheCode() {
        failFiveTimes("alice");
        assertThat(tester.testContext().logger().texts())
                .anySatisfy(line -> assertThat(line).contains("alice").contains("locked until 2009-02-13T23:46:30Z"))
                .noneSatisfy(line -> assertThat(line).contains(wrong(code(0))));
    }

    private void failFiveTimes(String account) {
        for (int i = 0; i < 5; i++) {
            assertThat(tester.set(account, RFC_SECRET, wrong(code(0)))).isEqualTo(INVALID_CODE);
        }
    }

    private static String code(int stepOffset) {
        return TwoFactorAuthTester.code(RFC_SECRET, stepOffset);
    }

    private String codeNow() {
        return TwoFactorAuthTester.code(RFC_SECRET, TotpParameters.DEFAULTS,
                tester.testContext().clock().instant().getEpochSecond(), 0);
    }

    /** The right code plus one: with this secret and these instants it matches no step of the window. */
    private String wrong(String code) {
        int number = (Integer.parseInt(code) + 1) % 1_000_000;
        return String.format("%06d", number);
    }
}
