package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.render.EnvelopeRenderer;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself (a header over the size limit, an ambiguous or badly encoded URI, a
 * request line it cannot parse) with the same envelope-shaped JSON as every other 4xx and 5xx, instead of
 * Jetty's HTML page. Shows neither causes nor stack traces.
 */
final class EnvelopeErrorHandler extends ErrorHandler {

    EnvelopeErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        int status = status(code);
        EnvelopeResponses.write(response, status, Envelope.failure(text(status)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        EnvelopeResponses.addHeaders(fields);
        return ByteBuffer.wrap(EnvelopeRenderer.json(Envelope.failure(text(status(status)))));
    }

    /**
     * The status a caller gets. Jetty answers 505 for any request line whose last word is not a version it
     * knows ({@code GET / FOO}, {@code GET /}, {@code HTTP/9.9}): that is a request line it cannot parse,
     * which is a 400.
     */
    static int status(int code) {
        return code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 ? HttpStatus.BAD_REQUEST_400 : code;
    }

    private static String text(int code) {
        // Jetty's own reason may quote the request; the standard phrase is enough for a caller
        return "The request was refused: " + code + " " + HttpStatus.getMessage(code) + ".";
    }
}
