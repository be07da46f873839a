package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.reference.OpenApiDocument;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Where a request goes, from its raw (still percent-encoded) path.
 *
 * <p>Paths are checked before anything is decoded: module and function names are plain ASCII, so a path
 * with percent-encoding, a {@code .} or {@code ..} segment, or an empty segment ({@code //}) is refused with
 * 400 instead of being normalised into something else.
 *
 * @param kind what the path names
 * @param module the module, for {@link Kind#EXECUTE}
 * @param function the function, for {@link Kind#EXECUTE}
 * @param securityToken the {@code /cpsess<10 digits>} prefix of an {@link Kind#EXECUTE} path, or null
 */
record Route(Kind kind, String module, String function, String securityToken) {

    /** What a path names. */
    enum Kind {
        /**
         * {@code /execute/<Module>/<function>}, optionally behind {@code /cpsess<10 digits>}; any further segments
         * belong to the function's name.
         */
        EXECUTE,
        /** {@code /health}. */
        HEALTH,
        /** {@code /openapi.json}: the OpenAPI document, public like {@code /health}. */
        OPENAPI,
        /** Anything else. */
        OTHER
    }

    private static final Pattern SESSION = Pattern.compile("cpsess[0-9]{10}");
    private static final Route HEALTH = new Route(Kind.HEALTH, null, null, null);
    private static final Route OPENAPI = new Route(Kind.OPENAPI, null, null, null);
    private static final Route OTHER = new Route(Kind.OTHER, null, null, null);

    /**
     * Routes a raw path.
     *
     * @throws HttpFailure 400 for a path that is not plain, or 404 for a path under {@code /execute} that
     *     does not name a module and a function
     */
    static Route of(String rawPath) {
        if (rawPath == null || !isPlain(rawPath) || rawPath.contains("//")
                || rawPath.contains("/./") || rawPath.contains("/../")
                || rawPath.endsWith("/.") || rawPath.endsWith("/..")) {
            throw HttpFailure.of(400, "The request path is not valid: use /execute/<Module>/<function>,"
                    + " without percent-encoding, “.” or “..” segments, or “//”.");
        }
        if (rawPath.equals("/health")) {
            return HEALTH;
        }
        if (rawPath.equals(OpenApiDocument.PATH)) {
            return OPENAPI;
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        int first = segments.length > 0 && SESSION.matcher(segments[0]).matches() ? 1 : 0;
        if (segments.length <= first || !segments[first].equals("execute")) {
            return OTHER;
        }
        if (segments.length < first + 3 || segments[first + 1].isEmpty() || segments[first + 2].isEmpty()) {
            throw HttpFailure.of(404, "The path must name one module and one function:"
                    + " /execute/<Module>/<function>.");
        }
        // As in cPanel, everything after the module is the function: /execute/M/f/extra calls "f/extra", which
        // the dispatcher answers with "Illegal function name: f/extra".
        String function = String.join("/", Arrays.asList(segments).subList(first + 2, segments.length));
        return new Route(Kind.EXECUTE, segments[first + 1], function, first == 1 ? "/" + segments[0] : null);
    }

    /** {@code /[A-Za-z0-9._~/-]*}, checked without a regular expression: every request's path is checked. */
    private static boolean isPlain(String rawPath) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return false;
        }
        for (int i = 1; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '~' || c == '/' || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
