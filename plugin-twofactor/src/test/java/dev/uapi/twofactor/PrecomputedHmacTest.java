package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@link PrecomputedHmac}'s MACs against the JDK's {@link Mac}, for every key length and also once the JIT has
 * compiled it (the JDK's SHA-512 intrinsic buffers a lone whole block, which the interpreter does not), and
 * what it leaves behind.
 */
class PrecomputedHmacTest {

    // key lengths at the edges: empty, short, a SHA-1 key, one block of SHA-1/SHA-256, one block of SHA-512
    // less, exactly and one more (hashed first), and longer than any block
    private static final int[] KEY_LENGTHS = {0, 1, 20, 63, 64, 65, 127, 128, 129, 300};

    @Test
    void theHmacEqualsTheJdksForEveryAlgorithmKeyLengthAndMessageAlsoOnceCompiled() throws Exception {
        SplittableRandom random = new SplittableRandom(2104);
        for (TotpAlgorithm algorithm : TotpAlgorithm.values()) {
            PrecomputedHmac hmac = new PrecomputedHmac(algorithm);
            Mac jdk = Mac.getInstance(algorithm.macName());
            byte[] mine = new byte[hmac.length()];
            // every key length from empty to longer than two blocks (hashed first), swept until one instance has
            // taken some 5,000 keys: enough for the JIT to compile the digests' hot methods to their intrinsics
            int lengths = 2 * algorithm.blockBytes() + 2;
            for (int round = 0; round < 5_000 + lengths; round++) {
                byte[] key = bytes(random, round % lengths);
                hmac.key(key);
                jdk.init(jdkKey(key, algorithm));
                for (int message = 0; message < 3; message++) {
                    // a counter as a check hashes it, then texts of other lengths; the last one ends the window
                    byte[] text = bytes(random, message == 1 ? 8 : random.nextInt(300));
                    hmac.mac(text, message == 2, mine);
                    byte[] expected = jdk.doFinal(text);
                    if (!MessageDigest.isEqual(mine, expected)) {
                        assertThat(HexFormat.of().formatHex(mine))
                                .as("%s, round %d, key of %d bytes, message %d", algorithm, round, key.length, message)
                                .isEqualTo(HexFormat.of().formatHex(expected));
                    }
                }
            }
        }
    }

    @Test
    void theLastMacLeavesBothDigestsAsFreshAsNewOnes() throws Exception {
        SplittableRandom random = new SplittableRandom(2104);
        for (TotpAlgorithm algorithm : TotpAlgorithm.values()) {
            PrecomputedHmac hmac = new PrecomputedHmac(algorithm);
            byte[] mine = new byte[hmac.length()];
            for (int keyLength : KEY_LENGTHS) {
                hmac.key(bytes(random, keyLength));
                hmac.mac(bytes(random, 8), false, mine);
                hmac.mac(bytes(random, 8), true, mine);
                for (String name : new String[] {"inner", "outer"}) {
                    assertThat(differenceFromNew(digestOf(hmac, name), algorithm))
                            .as("%s digest of %s after a key of %d bytes", name, algorithm, keyLength)
                            .isNull();
                }
            }
        }
    }

    private static MessageDigest digestOf(PrecomputedHmac hmac, String name) throws ReflectiveOperationException {
        Field field = PrecomputedHmac.class.getDeclaredField(name);
        field.setAccessible(true);
        return (MessageDigest) field.get(hmac);
    }

    // The first field of the JDK's implementation that differs from a new digest's, or null. An array that a
    // new digest has not allocated yet may exist, but only zeroed.
    private static String differenceFromNew(MessageDigest used, TotpAlgorithm algorithm) throws Exception {
        Object usedImplementation = implementation(used);
        Object newImplementation = implementation(MessageDigest.getInstance(algorithm.digestName()));
        for (Class<?> type = usedImplementation.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object now = field.get(usedImplementation);
                Object fresh = field.get(newImplementation);
                if (!sameAsNew(now, fresh)) {
                    return type.getSimpleName() + "." + field.getName();
                }
            }
        }
        return null;
    }

    private static boolean sameAsNew(Object now, Object fresh) {
        if (now == null || !now.getClass().isArray()) {
            return Objects.equals(now, fresh);
        }
        for (int i = 0; i < Array.getLength(now); i++) {
            Object element = Array.get(now, i);
            Object expected = fresh == null ? Array.get(Array.newInstance(now.getClass().getComponentType(), 1), 0)
                    : Array.get(fresh, i);
            if (!element.equals(expected)) {
                return false;
            }
        }
        return true;
    }

    // MessageDigest.getInstance wraps the provider's MessageDigestSpi in a MessageDigest
    private static Object implementation(MessageDigest digest) throws ReflectiveOperationException {
        for (Class<?> type = digest.getClass(); type != MessageDigest.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals("digestSpi")) {
                    field.setAccessible(true);
                    return field.get(digest);
                }
            }
        }
        return digest;
    }

    // SecretKeySpec refuses an empty key; one zero byte pads to the same block, so the same HMAC
    private static SecretKeySpec jdkKey(byte[] key, TotpAlgorithm algorithm) {
        return new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm.macName());
    }

    private static byte[] bytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
