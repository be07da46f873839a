package dev.uapi.dispatcher.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.SecretCipherException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ServerKeyCipherTest {

    private static final String CONTEXT = "TwoFactorAuth/alice/secret";
    private static final byte[] SECRET = "JBSWY3DPEHPK3PXP".getBytes(UTF_8);

    private final ServerKey key = ServerKey.of(filled(0x11));
    private final ServerKeyCipher cipher = new ServerKeyCipher(key, new SecureRandom());

    @Test
    void aSealedSecretOpensWithTheSameContext() {
        byte[] sealed = cipher.seal(SECRET, CONTEXT);

        assertThat(cipher.open(sealed, CONTEXT)).isEqualTo(SECRET);
    }

    @Test
    void anEmptySecretRoundTrips() {
        assertThat(cipher.open(cipher.seal(new byte[0], ""), "")).isEmpty();
    }

    @Test
    void anotherCipherWithTheSameKeyOpensIt() {
        byte[] sealed = cipher.seal(SECRET, CONTEXT);

        assertThat(new ServerKeyCipher(ServerKey.of(filled(0x11)), new SecureRandom()).open(sealed, CONTEXT))
                .isEqualTo(SECRET);
    }

    @Test
    void sealedBytesFollowTheDocumentedLayout() {
        ServerKeyCipher fixedNonces = new ServerKeyCipher(key, new FixedRandom((byte) 0x42));

        byte[] sealed = fixedNonces.seal(SECRET, CONTEXT);

        assertThat(sealed).hasSize(ServerKeyCipher.OVERHEAD + SECRET.length);
        assertThat(sealed[0]).isEqualTo(ServerKeyCipher.FORMAT);
        assertThat(Arrays.copyOfRange(sealed, 1, 9)).isEqualTo(key.idBytes());
        assertThat(Arrays.copyOfRange(sealed, 9, 21)).containsOnly(0x42);
        assertThat(ServerKeyCipher.OVERHEAD).isEqualTo(1 + 8 + 12 + 16);
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentBytes() {
        assertThat(cipher.seal(SECRET, CONTEXT)).isNotEqualTo(cipher.seal(SECRET, CONTEXT));
    }

    @Test
    void theSecretDoesNotAppearInTheSealedBytes() {
        byte[] sealed = cipher.seal(SECRET, CONTEXT);

        assertThat(new String(sealed, UTF_8)).doesNotContain("JBSWY3DP");
    }

    @Test
    void everyAlteredByteIsRefused() {
        byte[] sealed = cipher.seal(SECRET, CONTEXT);

        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.open(altered, CONTEXT))
                    .as("byte %d altered", i)
                    .isInstanceOf(SecretCipherException.class)
                    .hasMessageNotContaining("JBSWY3DP");
        }
    }

    @Test
    void anAlteredCiphertextNamesTamperingOrAnotherContext() {
        byte[] sealed = cipher.seal(SECRET, CONTEXT);
        sealed[sealed.length - 1] ^= 0x01;

        assertThatThrownBy(() -> cipher.open(sealed, CONTEXT))
                .isInstanceOf(SecretCipherException.class)
                .hasMessageContaining("altered, or sealed for another context");
    }

    @Test
    void anotherContextIsRefused() {
        byte[] sealed = cipher.seal(SECRET, CONTEXT);

        assertThatThrownBy(() -> cipher.open(sealed, "TwoFactorAuth/mallory/secret"))
                .isInstanceOf(SecretCipherException.class)
                .hasMessageContaining("another context");
    }

    @Test
    void anotherKeyIsRefusedNamingBothKeyIds() {
        ServerKey other = ServerKey.of(filled(0x22));
        byte[] sealed = new ServerKeyCipher(other, new SecureRandom()).seal(SECRET, CONTEXT);

        assertThatThrownBy(() -> cipher.open(sealed, CONTEXT))
                .isInstanceOf(SecretCipherException.class)
                .hasMessageContaining("sealed under another server key")
                .hasMessageContaining(other.id())
                .hasMessageContaining(key.id());
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] sealed = cipher.seal(SECRET, CONTEXT);

        for (int length = 0; length < sealed.length; length++) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> cipher.open(truncated, CONTEXT))
                    .as("cut to %d bytes", length)
                    .isInstanceOf(SecretCipherException.class);
        }
    }

    @Test
    void anUnknownFormatIsRefusedNamingIt() {
        byte[] sealed = cipher.seal(SECRET, CONTEXT);
        sealed[0] = 7;

        assertThatThrownBy(() -> cipher.open(sealed, CONTEXT))
                .isInstanceOf(SecretCipherException.class)
                .hasMessageContaining("unknown format 7");
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThatThrownBy(() -> cipher.seal(null, CONTEXT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cipher.seal(SECRET, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cipher.open(null, CONTEXT)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cipher.open(cipher.seal(SECRET, CONTEXT), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void toStringShowsTheKeyIdOnly() {
        assertThat(cipher.toString()).contains(key.id()).doesNotContain("1111111111111111111111");
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[ServerKey.LENGTH];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    /** Gives the same byte every time, to see where the cipher puts what the injected source gave it. */
    private static final class FixedRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final byte value;

        FixedRandom(byte value) {
            this.value = value;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            Arrays.fill(bytes, value);
        }
    }
}
