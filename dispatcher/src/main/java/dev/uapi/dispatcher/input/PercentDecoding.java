package dev.uapi.dispatcher.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of {@code %XX} escapes as UTF-8: a {@code %} without two hexadecimal digits, or escapes
 * that do not make UTF-8, are refused rather than guessed at (the lenient decoders of the JDK turn them into
 * U+FFFD). Characters that are not escaped are kept as they are.
 */
public final class PercentDecoding {

    private PercentDecoding() {
    }

    /**
     * Decodes the escapes.
     *
     * @param text the text
     * @param plusIsSpace whether {@code +} means a space, as in a form body; otherwise it stays a plus sign
     * @throws IllegalArgumentException for a bad escape or escapes that are not UTF-8; the message never
     *     quotes the text
     */
    public static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0) {
            return plusIsSpace ? text.replace('+', ' ') : text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c != '%') {
                int kept = plusIsSpace && c == '+' ? ' ' : c;
                bytes.writeBytes(new String(Character.toChars(kept)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
                continue;
            }
            int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("a “%” is not followed by two hexadecimal digits");
            }
            bytes.write(high * 16 + low);
            i += 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the %-escapes are not UTF-8");
        }
    }
}
