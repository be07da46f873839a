package dev.uapi.dispatcher.server;

import dev.uapi.spi.Arguments;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Turns a request's query string and body into the call's arguments, as the contract says: the query first,
 * then an {@code application/x-www-form-urlencoded} body or the members of an {@code application/json}
 * object, a repeated key spread out as {@code k}, {@code k-0}, {@code k-1}, ... Stateless.
 */
final class RequestArguments {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private static final char REPLACEMENT = '\uFFFD';

    private final JsonBody json = new JsonBody();

    /**
     * Builds the arguments.
     *
     * @param query the raw query string, or null
     * @param contentType the {@code Content-Type} header, or null
     * @param body the body; empty for none
     * @throws HttpFailure 400 for bad percent-encoding, bytes that are not UTF-8 (raw in the query, Jetty has
     *     made them U+FFFD, so a raw U+FFFD is refused too) or bad JSON; 415 for a body of another type
     */
    Arguments parse(String query, String contentType, byte[] body) {
        Arguments.Builder arguments = Arguments.builder();
        if (query != null && !query.isEmpty()) {
            if (query.indexOf(REPLACEMENT) >= 0) {
                // Jetty reads raw bytes that are not UTF-8 as U+FFFD: refused as "%FF" is, not guessed at
                throw invalidEncoding();
            }
            decodeForm(query, arguments);
        }
        if (body.length == 0) {
            return arguments.build();
        }
        String type = baseType(contentType);
        if (type.equals(FORM)) {
            decodeForm(utf8(body), arguments);
        } else if (type.equals(JSON)) {
            json.addMembers(body, arguments);
        } else {
            throw HttpFailure.of(415, "The request body must be " + FORM + " or " + JSON + ", not “"
                    + (contentType == null ? "(none)" : contentType) + "”.");
        }
        return arguments.build();
    }

    private static void decodeForm(String encoded, Arguments.Builder arguments) {
        try {
            // strict: a bad %-escape or bad UTF-8 is refused rather than guessed at
            UrlEncoded.decodeUtf8To(encoded, 0, encoded.length(), arguments::add, false, false, false);
        } catch (IllegalArgumentException e) {
            throw invalidEncoding();
        }
    }

    /** The body as text; raw bytes that are not UTF-8 are refused like a bad escape. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalidEncoding();
        }
    }

    private static HttpFailure invalidEncoding() {
        return HttpFailure.of(400, "The query string or form body has invalid percent-encoding or UTF-8.");
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.trim().toLowerCase(Locale.ROOT);
    }
}
