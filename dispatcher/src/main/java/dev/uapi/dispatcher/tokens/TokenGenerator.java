package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;

/**
 * Makes new API tokens: 32 characters of {@code [0-9A-Z]}, as cPanel's, which is about 165 bits of
 * randomness. That is why a fast digest is enough to store them: nobody can search that space.
 */
final class TokenGenerator {

    /** The length of every token. */
    static final int LENGTH = 32;

    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private final SecureRandom random;

    TokenGenerator(SecureRandom random) {
        this.random = requireNonNull(random, "random is null");
    }

    /** A new token, never stored. */
    String next() {
        char[] token = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            token[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }

    /** Whether a text has the form of a token, so that garbage never reaches the store. */
    static boolean looksLikeToken(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
