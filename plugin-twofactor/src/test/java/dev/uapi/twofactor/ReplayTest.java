package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_CODE;
import static dev.uapi.twofactor.TwoFactorAuthTester.RFC_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A code is accepted once per account, and never after a later one (RFC 6238 §5.2). */
class ReplayTest {

    private static final String INVALID_CODE = "Failed to set user configuration: The security code is invalid.";

    private final TwoFactorAuthTester tester = TwoFactorAuthTester.create();

    @Test
    void sameCodeTwiceIsRefusedTheSecondTime() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(INVALID_CODE);
    }

    @Test
    void sameCodeIsRefusedWithinItsWholeWindow() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        tester.testContext().clock().advance(Duration.ofSeconds(30));
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(INVALID_CODE);
    }

    @Test
    void earlierStepsCodeAfterALaterOneIsRefused() {
        assertThat(tester.set("alice", RFC_SECRET, TwoFactorAuthTester.code(RFC_SECRET, 1))).isEqualTo(CONFIGURED);
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(INVALID_CODE);
        assertThat(tester.set("alice", RFC_SECRET, TwoFactorAuthTester.code(RFC_SECRET, -1))).isEqualTo(INVALID_CODE);
    }

    @Test
    void nextStepsCodeIsAcceptedAfterTheCurrentOne() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.set("alice", RFC_SECRET, TwoFactorAuthTester.code(RFC_SECRET, 1))).isEqualTo(CONFIGURED);
    }

    @Test
    void enrollingCodeCountsAfterRemovalAndReEnrollment() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        tester.data("alice", RemoveUserConfiguration.NAME, Map.of());
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(INVALID_CODE);
    }

    @Test
    void replayIsPerAccount() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(tester.set("bob", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
    }

    @Test
    void replayedCodesAreNotCountedAsWrongCodes() {
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        for (int i = 0; i < 10; i++) {
            assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(INVALID_CODE);
        }
        assertThat(tester.set("alice", RFC_SECRET, TwoFactorAuthTester.code(RFC_SECRET, 1))).isEqualTo(CONFIGURED);
    }

    @Test
    void replayHoldsAcrossTwoServerProcessesSharingOneStore() {
        TwoFactorAuthTester other = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .storage(tester.testContext().storage())
                .secretCipher(tester.testContext().secretCipher())
                .build());
        assertThat(tester.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(CONFIGURED);
        assertThat(other.set("alice", RFC_SECRET, RFC_CODE)).isEqualTo(INVALID_CODE);
    }

    @Test
    void sixteenThreadsSubmittingTheSameCodeAtOnceSucceedExactlyOnce() throws Exception {
        TwoFactorAuthTester secondProcess = TwoFactorAuthTester.create(TwoFactorAuthTester.context()
                .storage(tester.testContext().storage())
                .secretCipher(tester.testContext().secretCipher())
                .build());
        for (int round = 0; round < 20; round++) {
            String account = "user" + round;
            int threads = 16;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    TwoFactorAuthTester process = i % 2 == 0 ? tester : secondProcess;
                    answers.add(pool.submit(() -> {
                        start.await();
                        return process.set(account, RFC_SECRET, RFC_CODE);
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> answer : answers) {
                    results.add(answer.get(30, TimeUnit.SECONDS));
                }
                assertThat(results).as("answers of round %d", round)
                        .containsOnly(CONFIGURED, INVALID_CODE)
                        .filteredOn(CONFIGURED::equals).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
