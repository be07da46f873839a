package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.input.PercentDecoding;

/**
 * Decodes the {@code %XX} escapes of a command-line word, as cPanel's {@code uapi} does. A {@code +} stays a
 * plus sign: unlike a form body, a shell word has no reason to encode spaces that way, and base64 values
 * keep their pluses. Escapes must make UTF-8, as they must over HTTP.
 */
final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * @param what how to name the text in an error (never the text itself: it may be a secret)
     * @param text the text to decode
     * @throws IllegalArgumentException when a {@code %} is not followed by two hexadecimal digits, or the
     *     escapes are not UTF-8
     */
    static String decode(String what, String text) {
        try {
            return PercentDecoding.decode(text, false);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + what + " is not valid: " + e.getMessage() + ".");
        }
    }
}
