package dev.uapi.dispatcher.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the {@code %XX} escapes of a command-line word, as cPanel's {@code uapi} does. A {@code +} stays a
 * plus sign: unlike a form body, a shell word has no reason to encode spaces that way, and base64 values
 * keep their pluses.
 */
final class PercentDecoder {

    private PercentDecoder() {
    }

    /**
     * @param what how to name the text in an error (never the text itself: it may be a secret)
     * @param text the text to decode
     * @throws IllegalArgumentException when a {@code %} is not followed by two hexadecimal digits
     */
    static String decode(String what, String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c != '%') {
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
                continue;
            }
            int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException(
                        "The " + what + " has a “%” that is not followed by two hexadecimal digits.");
            }
            bytes.write(high * 16 + low);
            i += 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
