package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to {@code GET /openapi.json}: the document built once, when every module of the start is
 * created, since the modules do not change while the server runs (a reload does not change it either).
 */
final class OpenApiResponse {

    private static final HttpField CONTENT_TYPE =
            new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    // a restarted server may have other plugins: tools should ask again rather than keep an old copy
    private static final HttpField NO_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-cache");
    private static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");

    private final Supplier<byte[]> document;

    /** @param document the document, once built: asked on each request, may wait; never written to */
    OpenApiResponse(Supplier<byte[]> document) {
        this.document = requireNonNull(document, "document is null");
    }

    /** Writes the document with status 200 and completes the callback when written. */
    void write(Response response, Callback callback) {
        byte[] document = this.document.get();
        response.setStatus(200);
        response.getHeaders().put(CONTENT_TYPE);
        response.getHeaders().put(NO_CACHE);
        response.getHeaders().put(NO_SNIFF);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, document.length);
        // a read-only view: Jetty's writes cannot change the document other requests share
        response.write(true, ByteBuffer.wrap(document).asReadOnlyBuffer(), callback);
    }
}
