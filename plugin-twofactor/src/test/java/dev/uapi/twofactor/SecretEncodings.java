package dev.uapi.twofactor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;

/**
 * A base32 secret in every form a leak could take: the text in either case, the raw key, hex in either case,
 * base64 (standard, unpadded, URL-safe) of the key and of the text, each as ASCII and as UTF-16.
 */
final class SecretEncodings {

    private final List<byte[]> needles;

    private SecretEncodings(List<byte[]> needles) {
        this.needles = needles;
    }

    static SecretEncodings of(String secret) {
        byte[] key = new Base32().decode(secret);
        List<String> texts = List.of(
                secret.toUpperCase(Locale.ROOT),
                secret.toLowerCase(Locale.ROOT),
                HexFormat.of().formatHex(key),
                HexFormat.of().withUpperCase().formatHex(key),
                Base64.getEncoder().encodeToString(key),
                Base64.getEncoder().withoutPadding().encodeToString(key),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key),
                Base64.getEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.US_ASCII)));
        List<byte[]> needles = new ArrayList<>();
        needles.add(key);
        for (String text : texts) {
            needles.add(text.getBytes(StandardCharsets.US_ASCII));
            needles.add(text.getBytes(StandardCharsets.UTF_16BE));
            needles.add(text.getBytes(StandardCharsets.UTF_16LE));
        }
        return new SecretEncodings(List.copyOf(needles));
    }

    /** Whether the bytes hold the secret in any of its forms. */
    boolean foundIn(byte[] haystack) {
        for (byte[] needle : needles) {
            if (indexOf(haystack, needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds the secret in any of its forms. */
    boolean foundIn(String text) {
        return foundIn(text.getBytes(StandardCharsets.UTF_8));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
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
