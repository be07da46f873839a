package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.SecretCipher;
import dev.uapi.spi.Versioned;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each account's configuration in the module's storage: the issuer and TOTP parameters in the clear, the
 * secret sealed by the host's {@link SecretCipher} and bound to the account, so that neither a copy of the
 * database nor a ciphertext moved to another account reveals or enables anything.
 *
 * <p>Stored under the key {@value #KEY} as UTF-8 lines {@code name=value}:
 * {@code format}, {@code issuer}, {@code algorithm}, {@code digits}, {@code period} and {@code secret} (the
 * sealed bytes in base64). Safe for use from many threads.
 */
final class ConfigurationStore {

    static final String KEY = "configuration";
    private static final String FORMAT = "1";

    private final ModuleStorage storage;
    private final SecretCipher cipher;

    @Inject
    ConfigurationStore(ModuleStorage storage, SecretCipher cipher) {
        this.storage = requireNonNull(storage, "storage is null");
        this.cipher = requireNonNull(cipher, "cipher is null");
    }

    /** Stores an account's configuration, replacing any earlier one. */
    void save(String account, Enrollment enrollment, String secret) {
        byte[] plaintext = secret.getBytes(StandardCharsets.US_ASCII);
        byte[] sealed;
        try {
            sealed = cipher.seal(plaintext, sealingContext(account));
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
        String text = "format=" + FORMAT + "\n"
                + "issuer=" + enrollment.issuer() + "\n"
                + "algorithm=" + enrollment.parameters().algorithm().name() + "\n"
                + "digits=" + enrollment.parameters().digits() + "\n"
                + "period=" + enrollment.parameters().periodSeconds() + "\n"
                + "secret=" + Base64.getEncoder().encodeToString(sealed) + "\n";
        storage.put(account, KEY, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The account's configuration without its secret, or empty when 2FA is off. */
    Optional<Enrollment> find(String account) {
        return storage.get(account, KEY).map(stored -> enrollment(account, fields(account, stored)));
    }

    /**
     * Opens the account's secret, for checking a login code.
     *
     * @return the normalised base32 secret, or empty when 2FA is off
     * @throws dev.uapi.spi.SecretCipherException when the stored secret was altered or moved from another account
     */
    Optional<String> secret(String account) {
        return storage.get(account, KEY).map(stored -> {
            byte[] sealed = Base64.getDecoder().decode(field(account, fields(account, stored), "secret"));
            byte[] plaintext = cipher.open(sealed, sealingContext(account));
            try {
                return new String(plaintext, StandardCharsets.US_ASCII);
            } finally {
                Arrays.fill(plaintext, (byte) 0);
            }
        });
    }

    /**
     * Removes the account's configuration.
     *
     * @return whether there was one
     */
    boolean remove(String account) {
        return storage.delete(account, KEY);
    }

    /** The associated data a secret is sealed with: module and account, so a ciphertext cannot move. */
    static String sealingContext(String account) {
        return TwoFactorAuthModuleFactory.MODULE_NAME + "/" + KEY + "/secret/" + account;
    }

    private static Enrollment enrollment(String account, Map<String, String> fields) {
        try {
            TotpParameters parameters = new TotpParameters(
                    TotpAlgorithm.valueOf(field(account, fields, "algorithm")),
                    Integer.parseInt(field(account, fields, "digits")),
                    Integer.parseInt(field(account, fields, "period")));
            return new Enrollment(field(account, fields, "issuer"), parameters);
        } catch (IllegalArgumentException e) {
            throw corrupt(account, e.getMessage());
        }
    }

    private static Map<String, String> fields(String account, Versioned stored) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : stored.text().split("\n")) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw corrupt(account, "a line without “=”");
            }
            fields.put(line.substring(0, equals), line.substring(equals + 1));
        }
        if (!FORMAT.equals(fields.get("format"))) {
            throw corrupt(account, "unknown format " + fields.get("format"));
        }
        return fields;
    }

    private static String field(String account, Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw corrupt(account, "no " + name);
        }
        return value;
    }

    private static IllegalStateException corrupt(String account, String problem) {
        return new IllegalStateException(
                "stored two-factor configuration of account " + account + " is unreadable: " + problem);
    }
}
