package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;

/**
 * A request the server answers with a 4xx status before (or instead of) dispatching it. The message is the
 * one error line of the envelope-shaped body, so it never holds a secret or a class name.
 */
final class HttpFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The one error line of a 503: the store is down (docs/server.md). */
    static final String STORE_UNAVAILABLE = "The data store is unavailable. Try again in a few seconds.";

    /** {@code Retry-After} of a 503: about the time a store restart takes. */
    static final int STORE_RETRY_AFTER_SECONDS = 5;

    private final int status;
    private final transient HttpField header;

    private HttpFailure(int status, String message, HttpField header) {
        // an expected answer, not a bug: no stack trace to fill or log
        super(requireNonNull(message, "message is null"), null, false, false);
        this.status = status;
        this.header = header;
    }

    /** A failure with a status and a message. */
    static HttpFailure of(int status, String message) {
        return new HttpFailure(status, message, null);
    }

    /** 401, with the challenge that names the scheme clients must use. */
    static HttpFailure unauthorized(String message) {
        return new HttpFailure(401, message, new HttpField(HttpHeader.WWW_AUTHENTICATE, "cpanel realm=\"uapi\""));
    }

    /**
     * 503 for a call that could not reach the store: the same answer on every server of a deployment, so that
     * clients and load balancers can tell "try again shortly" from a failed call (200) or a bug (500).
     */
    static HttpFailure storeUnavailable() {
        return new HttpFailure(503, STORE_UNAVAILABLE,
                new HttpField(HttpHeader.RETRY_AFTER, Integer.toString(STORE_RETRY_AFTER_SECONDS)));
    }

    /** 405, with the methods the path does allow. */
    static HttpFailure methodNotAllowed(String allowed) {
        return new HttpFailure(405, "The method is not allowed here. Use " + allowed.replace(", ", " or ") + ".",
                new HttpField(HttpHeader.ALLOW, allowed));
    }

    /** The HTTP status. */
    int status() {
        return status;
    }

    /** A header the answer must carry, or null. */
    HttpField header() {
        return header;
    }
}
