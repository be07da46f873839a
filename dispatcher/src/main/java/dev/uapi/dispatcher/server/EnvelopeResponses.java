package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.render.EnvelopeRenderer;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes envelopes as HTTP answers: compact JSON, never cached (a body may hold a new API token), never
 * sniffed as another type.
 */
final class EnvelopeResponses {

    private static final HttpField CONTENT_TYPE =
            new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
    private static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");

    private EnvelopeResponses() {
    }

    /** Writes an envelope with a status and completes the callback when written. */
    static void write(Response response, int status, Envelope envelope, Callback callback) {
        byte[] body = EnvelopeRenderer.json(envelope);
        response.setStatus(status);
        addHeaders(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Writes a 4xx answer with its one error line and any header it needs. */
    static void write(Response response, HttpFailure failure, Callback callback) {
        HttpField header = failure.header();
        if (header != null) {
            response.getHeaders().put(header);
        }
        write(response, failure.status(), Envelope.failure(failure.getMessage()), callback);
    }

    /** The headers of every envelope answer. */
    static void addHeaders(HttpFields.Mutable headers) {
        headers.put(CONTENT_TYPE);
        headers.put(NO_STORE);
        headers.put(NO_SNIFF);
    }
}
