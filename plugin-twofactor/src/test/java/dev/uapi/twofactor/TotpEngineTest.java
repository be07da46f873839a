package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The window of a check at its edges. The engine's HMAC is compared with the JDK's in
 * {@link PrecomputedHmacTest}, the RFC vectors are in {@link RfcVectorsTest}.
 */
class TotpEngineTest {

    private final TotpEngine engine = new TotpEngine();

    @Test
    void aCodeMatchesAtEachStepOfTheWindowAndTheLatestMatchingStepIsReturned() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        for (TotpAlgorithm algorithm : TotpAlgorithm.values()) {
            TotpParameters parameters = new TotpParameters(algorithm, 6, 30);
            long now = 1_000_000;
            for (long step = now - 2; step <= now + 2; step++) {
                byte[] code = engine.code(key, algorithm, 6, step).getBytes(StandardCharsets.US_ASCII);
                long expected = Math.abs(step - now) <= 1 ? step : TotpEngine.NO_MATCH;
                assertThat(engine.matchingStep(key, parameters, code, now, 1)).as("%s, step %d", algorithm, step)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void stepsBeforeTheEpochAreSkippedAndACheckAtStepZeroStillWorks() {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        TotpParameters parameters = new TotpParameters(TotpAlgorithm.SHA1, 6, 30);
        byte[] atZero = engine.code(key, TotpAlgorithm.SHA1, 6, 0).getBytes(StandardCharsets.US_ASCII);
        byte[] atOne = engine.code(key, TotpAlgorithm.SHA1, 6, 1).getBytes(StandardCharsets.US_ASCII);
        assertThat(engine.matchingStep(key, parameters, atZero, 0, 1)).isZero();
        assertThat(engine.matchingStep(key, parameters, atOne, 0, 1)).isEqualTo(1);
        assertThat(engine.matchingStep(key, parameters, atZero, 0, 0)).isZero();
    }

    @Test
    void twoKeysCheckedOnOneThreadInTurnNeverMixAndThreadsDoNotShareState() throws Exception {
        byte[] alice = "alice-secret-0123456".getBytes(StandardCharsets.US_ASCII);
        byte[] bob = "bob-secret-987654321".getBytes(StandardCharsets.US_ASCII);
        String aliceCode = engine.code(alice, TotpAlgorithm.SHA512, 8, 42);
        String bobCode = engine.code(bob, TotpAlgorithm.SHA512, 8, 42);
        assertThat(aliceCode).isNotEqualTo(bobCode);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean forAlice = i % 2 == 0;
                checks.add(threads.submit(() -> engine.code(forAlice ? alice : bob, TotpAlgorithm.SHA512, 8, 42)
                        .equals(forAlice ? aliceCode : bobCode)));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
