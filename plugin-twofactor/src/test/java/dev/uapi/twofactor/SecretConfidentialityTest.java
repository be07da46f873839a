package dev.uapi.twofactor;

import static dev.uapi.twofactor.TwoFactorAuthTester.CONFIGURED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.SecretCipherException;
import dev.uapi.spi.Versioned;
import dev.uapi.testkit.InMemoryModuleStorage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secret leaves the module only in {@code generate_user_configuration}'s answer: never in
 * {@code get_user_configuration}, an error, a log line or the stored bytes, in any encoding.
 */
class SecretConfidentialityTest {

    private final TwoFactorAuthTester tester = TwoFactorAuthTester.create();
    private String secret;

    private SecretEncodings encodings() {
        return SecretEncodings.of(secret);
    }

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
        assertThat(encodings().foundIn(String.valueOf(data))).isFalse();
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
            assertThat(encodings().foundIn(line)).as("a log line holds the secret")
                    .isFalse();
        }
    }

    @Test
    void storedBytesDoNotContainTheSecretInAnyEncoding() {
        InMemoryModuleStorage storage = tester.testContext().storage();
        assertThat(storage.size()).as("configuration and used step are stored").isGreaterThanOrEqualTo(2);
        for (byte[] stored : storage.storedBytes()) {
            assertThat(encodings().foundIn(stored)).as("a stored value holds the secret").isFalse();
        }
    }

    @Test
    void errorsDoNotContainTheSecret() {
        List<String> errors = List.of(
                tester.set("alice", secret + "0", "123456"),
                tester.set("alice", secret, "12345"),
                tester.set("alice", secret, "123456"));
        for (String error : errors) {
            assertThat(encodings().foundIn(error)).as("an error holds the secret").isFalse();
        }
    }

    @Test
    void theLeakScanFindsTheSecretInEachOfItsForms() {
        byte[] key = new org.apache.commons.codec.binary.Base32().decode(secret);
        assertThat(encodings().foundIn("x" + secret.toLowerCase(java.util.Locale.ROOT) + "y")).isTrue();
        assertThat(encodings().foundIn("x" + java.util.HexFormat.of().formatHex(key))).isTrue();
        assertThat(encodings().foundIn("x" + java.util.Base64.getEncoder().encodeToString(key))).isTrue();
        byte[] embedded = new byte[key.length + 2];
        System.arraycopy(key, 0, embedded, 1, key.length);
        assertThat(encodings().foundIn(embedded)).isTrue();
        assertThat(encodings().foundIn("nothing to see")).isFalse();
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
}
