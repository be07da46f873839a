package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.input.PercentDecoding;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Hides secret values in a query string before it is logged. The rule is on the decoded name: a value is
 * hidden when its name, percent-decoded, contains {@code secret}, {@code token} or {@code pass} in any case
 * ({@code tfa_token}, {@code secret[]}, {@code api_token}, {@code Password}, {@code secret%00}, {@code token-0}),
 * or when the name does not decode at all (it may be anything). A name is never hidden, only values.
 */
final class QueryRedaction {

    /** What a hidden value is replaced with. */
    static final String HIDDEN = "[REDACTED]";

    /** A decoded name that contains one of these, in any case, has its value hidden. */
    static final List<String> SECRET_WORDS = List.of("secret", "token", "pass");

    private QueryRedaction() {
    }

    /** The query with secret values hidden; null stays null. */
    static String redact(String query) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        StringJoiner redacted = new StringJoiner("&");
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            boolean hide = equals >= 0 && isSecret(pair.substring(0, equals));
            redacted.add(hide ? pair.substring(0, equals + 1) + HIDDEN : pair);
        }
        return redacted.toString();
    }

    private static boolean isSecret(String rawKey) {
        String key = decode(rawKey);
        if (key == null) {
            // a key that does not even decode may be anything: hide its value
            return true;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    private static String decode(String rawKey) {
        if (rawKey.indexOf('\uFFFD') >= 0) {
            // raw bytes that are not UTF-8, as Jetty read them
            return null;
        }
        try {
            return PercentDecoding.decode(rawKey, true);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
