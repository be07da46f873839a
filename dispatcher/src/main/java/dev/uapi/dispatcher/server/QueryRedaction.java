package dev.uapi.dispatcher.server;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Hides secret values in a query string before it is logged: the values of {@code secret},
 * {@code tfa_token}, {@code token}, {@code pass} and {@code password}, also in their repeated forms
 * ({@code token-0}) and whatever their case or percent-encoding.
 */
final class QueryRedaction {

    /** What a hidden value is replaced with. */
    static final String HIDDEN = "[REDACTED]";

    private static final Set<String> SECRET_KEYS = Set.of("secret", "tfa_token", "token", "pass", "password");
    private static final Pattern REPEAT_SUFFIX = Pattern.compile("-[0-9]+$");

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
        key = REPEAT_SUFFIX.matcher(key.toLowerCase(Locale.ROOT)).replaceFirst("");
        return SECRET_KEYS.contains(key);
    }

    private static String decode(String rawKey) {
        try {
            return java.net.URLDecoder.decode(rawKey, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
