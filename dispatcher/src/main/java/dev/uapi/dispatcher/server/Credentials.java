package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.accounts.AccountNames;

/**
 * The user and token of {@code Authorization: cpanel <user>:<token>}.
 *
 * @param user the account name the caller claims
 * @param token the API token as sent
 */
record Credentials(String user, String token) {

    private static final String SCHEME = "cpanel";

    /** Whether a header value uses the {@code cpanel} scheme, well formed or not. */
    static boolean usesCpanelScheme(String header) {
        return header != null && header.length() > SCHEME.length()
                && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && header.charAt(SCHEME.length()) == ' ';
    }

    /**
     * Parses the {@code Authorization} header.
     *
     * @param header the header's value, or null when the request has none
     * @throws HttpFailure 401 when the header is missing or not of the form {@code cpanel <user>:<token>}, or
     *     the user is not a valid account name
     */
    static Credentials parse(String header) {
        if (header == null) {
            throw HttpFailure.unauthorized(
                    "Authentication required: send the header “Authorization: cpanel <user>:<API token>”.");
        }
        if (!usesCpanelScheme(header)) {
            throw malformed();
        }
        String credentials = header.substring(SCHEME.length()).trim();
        int colon = credentials.indexOf(':');
        if (colon <= 0 || colon == credentials.length() - 1) {
            throw malformed();
        }
        if (!AccountNames.isValid(credentials.substring(0, colon))) {
            // no account can have the name, so no token can be its: refused like an unknown user
            throw HttpFailure.unauthorized("The user name or the API token is not valid.");
        }
        return new Credentials(credentials.substring(0, colon), credentials.substring(colon + 1));
    }

    private static HttpFailure malformed() {
        return HttpFailure.unauthorized(
                "The “Authorization” header must have the form “cpanel <user>:<API token>”.");
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
