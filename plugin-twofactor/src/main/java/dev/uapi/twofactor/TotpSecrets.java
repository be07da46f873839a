package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import org.apache.commons.codec.binary.Base32;

/**
 * Shared secrets as users see them: RFC 4648 base32 text without padding.
 *
 * <p>Generation draws whole bytes from the injected {@link SecureRandom}. Parsing is strict where Commons
 * Codec's decoder is lenient (it skips characters outside the alphabet): the text is checked here first, so
 * that a mistyped {@code 0}, {@code 1} or {@code 8} is refused rather than silently dropped. Safe for use from
 * many threads.
 */
final class TotpSecrets {

    /** 16 characters, 80 bits: cPanel's length and RFC 4226's minimum (R6 asks for 128, recommends 160). */
    static final int MIN_LENGTH = 16;

    /** 128 characters, 640 bits: more than any HMAC key needs (SHA-512's block is 512 bits). */
    static final int MAX_LENGTH = 128;

    private final SecureRandom random;
    private final int length;
    // no line breaks when encoding; decoding is only ever given text that passed isBase32
    private final Base32 base32 = new Base32();

    @Inject
    TotpSecrets(SecureRandom random, TwoFactorAuthConfig config) {
        this.random = requireNonNull(random, "random is null");
        this.length = requireNonNull(config, "config is null").secretLength();
    }

    /** A new secret of the configured length (a multiple of 8 characters, so whole bytes and no padding). */
    String generate() {
        byte[] key = new byte[length * 5 / 8];
        random.nextBytes(key);
        return encode(key);
    }

    /** Key bytes as base32 without padding (the otpauth URI format leaves the padding out). */
    String encode(byte[] key) {
        String padded = base32.encodeAsString(key);
        int end = padded.indexOf('=');
        return end < 0 ? padded : padded.substring(0, end);
    }

    /**
     * The normal form of a secret typed or pasted by a user: upper case, without spaces or trailing
     * {@code =} padding.
     *
     * @param text what the user gave, possibly null
     * @return the normal form, or empty when the text is not a base32 secret of {@value #MIN_LENGTH} to
     *     {@value #MAX_LENGTH} characters
     */
    Optional<String> normalise(String text) {
        // the bound keeps a 10 KiB argument from costing more than a glance
        if (text == null || text.length() > 4 * MAX_LENGTH) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                // ASCII only: toUpperCase would turn look-alikes such as the dotless “ı” into base32 letters
                compact.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
            }
        }
        int end = compact.length();
        while (end > 0 && compact.charAt(end - 1) == '=') {
            end--;
        }
        String secret = compact.substring(0, end);
        if (secret.length() < MIN_LENGTH || secret.length() > MAX_LENGTH || !isBase32(secret)) {
            return Optional.empty();
        }
        return Optional.of(secret);
    }

    /**
     * The key bytes of a normalised secret.
     *
     * @param secret a value returned by {@link #normalise} or {@link #generate}
     */
    byte[] decode(String secret) {
        byte[] key = base32.decode(secret);
        if (key.length != secret.length() * 5 / 8) {
            throw new IllegalStateException("base32 decoding lost bytes of a checked secret");
        }
        return key;
    }

    /**
     * Whether the text is canonical unpadded base32: only {@code A-Z} and {@code 2-7}, and a length that whole
     * bytes can have. A length of 1, 3 or 6 past a multiple of 8 leaves a character of which fewer than half
     * the bits belong to a byte: no encoder writes it, and oathtool refuses it, so it is a truncated or
     * mistyped secret.
     */
    static boolean isBase32(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7')) {
                return false;
            }
        }
        int rest = text.length() % 8;
        return rest != 1 && rest != 3 && rest != 6;
    }
}
