package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to {@code GET /openapi.json}: the document built once at startup, since the modules do not
 * change while the server runs.
 */
final class OpenApiResponse {

    private static final HttpField CONTENT_TYPE =
            new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    // a restarted server may have other plugins: tools should ask again rather than keep an old copy
    private static final HttpField NO_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-cache");
    private static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");

    private final byte[] document;

    /** @param document the OpenAPI document as UTF-8 JSON; not copied, never written to */
    OpenApiResponse(byte[] document) {
        this.document = requireNonNull(document, "document is null");
    }

    /** Writes the document with status 200 and completes the callback when written. */
    void write(Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(CONTENT_TYPE);
        response.getHeaders().put(NO_CACHE);
        response.getHeaders().put(NO_SNIFF);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, document.length);
        // a read-only view: Jetty's writes cannot change the document other requests share
        response.write(true, ByteBuffer.wrap(document).asReadOnlyBuffer(), callback);
    }
}
