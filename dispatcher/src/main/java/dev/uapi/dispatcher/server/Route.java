package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.reference.OpenApiDocument;

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

    private static final String SESSION_PREFIX = "cpsess";
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
        // segment by segment with indexOf: this runs for every request
        int start = 1;
        int end = rawPath.indexOf('/', start);
        String securityToken = null;
        if (isSecurityToken(end < 0 ? rawPath.substring(start) : rawPath.substring(start, end))) {
            if (end < 0) {
                return OTHER;
            }
            securityToken = rawPath.substring(0, end);
            start = end + 1;
            end = rawPath.indexOf('/', start);
        }
        if (!rawPath.startsWith("execute", start) || (end < 0 ? rawPath.length() : end) != start + "execute".length()) {
            return OTHER;
        }
        int moduleEnd = end < 0 ? -1 : rawPath.indexOf('/', end + 1);
        if (moduleEnd < 0 || moduleEnd == end + 1 || moduleEnd == rawPath.length() - 1) {
            throw HttpFailure.of(404, "The path must name one module and one function:"
                    + " /execute/<Module>/<function>.");
        }
        // As in cPanel, everything after the module is the function: /execute/M/f/extra calls "f/extra", which
        // the dispatcher answers with "Illegal function name: f/extra".
        return new Route(Kind.EXECUTE, rawPath.substring(end + 1, moduleEnd), rawPath.substring(moduleEnd + 1),
                securityToken);
    }

    /** {@code cpsess} and ten digits. */
    private static boolean isSecurityToken(String segment) {
        if (segment.length() != SESSION_PREFIX.length() + 10 || !segment.startsWith(SESSION_PREFIX)) {
            return false;
        }
        for (int i = SESSION_PREFIX.length(); i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
