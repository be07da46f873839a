package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.SecretCipherException;
import dev.uapi.spi.Versioned;
import dev.uapi.testkit.InMemoryModuleStorage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secret leaves the module only in {@code generate_user_configuration}'s answer: never in
 * {@code get_user_configuration}, an error, a log line or the stored bytes, in any encoding.
 */
class SecretConfidentialityTest {

    private final TwoFactorAuthTester tester = TwoFactorAuthTester.create();
    private String secret;

    @BeforeEach
    void enrollWithAGeneratedSecret() {
        Map<?, ?> generated = (Map<?, ?>) tester.data("alice", GenerateUserConfiguration.NAME, Map.of());
        secret = (String) generated.get("secret");
        assertThat(tester.set("alice", secret, "000000").equals(CONFIGURED)).as("a wrong code first").isFalse();
        assertThat(tester.set("alice", secret, TwoFactorAuthTester.code(secret, 0))).isEqualTo(CONFIGURED);
    }

    @Test
    void getUserConfigurationNeverReturnsTheSecret() {
        Object data = tester.data("alice", GetUserConfiguration.NAME, Map.of());
        assertThat(data).isEqualTo(Map.of("is_enabled", 1, "issuer", TwoFactorAuthTester.HOST_NAME));
        assertThat(containsAnyEncoding(String.valueOf(data).getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void noLogLineContainsTheSecret() {
        tester.data("alice", RemoveUserConfiguration.NAME, Map.of());
        for (int i = 0; i < 6; i++) {
            tester.set("alice", secret, "123456");
        }
        List<String> lines = tester.testContext().logger().texts();
        assertThat(lines).as("the log has lines to check").hasSizeGreaterThanOrEqualTo(3);
        for (String line : lines) {
            assertThat(containsAnyEncoding(line.getBytes(StandardCharsets.UTF_8))).as("a log line holds the secret")
                    .isFalse();
        }
    }

    @Test
    void storedBytesDoNotContainTheSecretInAnyEncoding() {
        InMemoryModuleStorage storage = tester.testContext().storage();
        assertThat(storage.size()).as("configuration and used step are stored").isGreaterThanOrEqualTo(2);
        for (byte[] stored : storage.storedBytes()) {
            assertThat(containsAnyEncoding(stored)).as("a stored value holds the secret").isFalse();
        }
    }

    @Test
    void errorsDoNotContainTheSecret() {
        List<String> errors = List.of(
                tester.set("alice", secret + "0", "123456"),
                tester.set("alice", secret, "12345"),
                tester.set("alice", secret, "123456"));
        for (String error : errors) {
            assertThat(containsAnyEncoding(error.getBytes(StandardCharsets.UTF_8))).as("an error holds the secret").isFalse();
        }
    }

    @Test
    void sealedSecretMovedToAnotherAccountCannotBeOpened() {
        InMemoryModuleStorage storage = tester.testContext().storage();
        Versioned alices = storage.get("alice", ConfigurationStore.KEY).orElseThrow();
        storage.put("mallory", ConfigurationStore.KEY, alices.value());
        ConfigurationStore store = new ConfigurationStore(storage, tester.testContext().secretCipher());

        assertThat(store.secret("alice")).isPresent();
        assertThatThrownBy(() -> store.secret("mallory")).isInstanceOf(SecretCipherException.class);
    }

    private boolean containsAnyEncoding(byte[] haystack) {
        for (byte[] needle : encodings()) {
            if (indexOf(haystack, needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    private List<byte[]> encodings() {
        byte[] key = new Base32().decode(secret);
        List<String> texts = new ArrayList<>(List.of(
                secret,
                secret.toLowerCase(Locale.ROOT),
                HexFormat.of().formatHex(key),
                HexFormat.of().withUpperCase().formatHex(key),
                Base64.getEncoder().encodeToString(key),
                Base64.getEncoder().withoutPadding().encodeToString(key),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key),
                Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.US_ASCII))));
        List<byte[]> needles = new ArrayList<>();
        needles.add(key);
        for (String text : texts) {
            needles.add(text.getBytes(StandardCharsets.US_ASCII));
            needles.add(text.getBytes(StandardCharsets.UTF_16BE));
        }
        return needles;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
