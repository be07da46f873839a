package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The engine's own HMAC against the JDK's {@link Mac}, and the window of a check at its edges. The RFC
 * vectors are in {@link RfcVectorsTest}.
 */
class TotpEngineTest {

    private final TotpEngine engine = new TotpEngine();

    @Test
    void theHmacEqualsTheJdksForEveryAlgorithmKeyLengthAndSeveralMessagesPerKey() throws Exception {
        SplittableRandom random = new SplittableRandom(2104);
        for (TotpAlgorithm algorithm : TotpAlgorithm.values()) {
            PrecomputedHmac hmac = new PrecomputedHmac(algorithm);
            Mac jdk = Mac.getInstance(algorithm.macName());
            // empty, shorter than a block, exactly a block, longer than a block (hashed first)
            for (int keyLength = 0; keyLength <= 2 * algorithm.blockBytes() + 1; keyLength++) {
                byte[] key = bytes(random, keyLength);
                hmac.key(key);
                // SecretKeySpec refuses an empty key; one zero byte pads to the same block, so the same HMAC
                jdk.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm.macName()));
                for (int message = 0; message < 3; message++) {
                    byte[] text = bytes(random, message == 1 ? 8 : random.nextInt(300));
                    byte[] mine = new byte[hmac.length()];
                    hmac.mac(text, message == 2, mine);
                    assertThat(HexFormat.of().formatHex(mine))
                            .as("%s, key of %d bytes, message %d", algorithm, keyLength, message)
                            .isEqualTo(HexFormat.of().formatHex(jdk.doFinal(text)));
                }
            }
        }
    }

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

    private static byte[] bytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
