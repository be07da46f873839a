package dev.uapi.dispatcher.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes the answers of the sign-in pages: HTML, CSS, JavaScript and the login's JSON, each never cached (a
 * page may show a new API token, a URL holds the session's security token), never framed, with a content
 * security policy that allows only the server's own scripts and styles and {@code data:} images (the QR code),
 * and no referrer, so that the security token never leaves in a {@code Referer} header.
 */
final class WebResponses {

    private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
    private static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    private static final HttpField NO_REFERRER = new PreEncodedHttpField("Referrer-Policy", "no-referrer");
    private static final HttpField NO_FRAMES = new PreEncodedHttpField("X-Frame-Options", "DENY");
    private static final HttpField POLICY = new PreEncodedHttpField("Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                    + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");

    private WebResponses() {
    }

    /** Writes a body of a type with a status. */
    static void write(Response response, int status, String contentType, byte[] body, Callback callback) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, contentType);
        headers.put(NO_STORE);
        headers.put(NO_SNIFF);
        headers.put(NO_REFERRER);
        headers.put(NO_FRAMES);
        headers.put(POLICY);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Writes an HTML page. */
    static void html(Response response, int status, String page, Callback callback) {
        write(response, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), callback);
    }

    /** Writes the login's JSON. */
    static void json(Response response, int status, byte[] body, Callback callback) {
        write(response, status, "application/json; charset=utf-8", body, callback);
    }

    /** Sends the browser elsewhere with {@code 303 See Other}, so that a POST becomes a GET. */
    static void redirect(Response response, String location, Callback callback) {
        response.getHeaders().put(HttpHeader.LOCATION, location);
        write(response, 303, "text/plain; charset=utf-8", new byte[0], callback);
    }

    /** The content type of a served file, by its extension. */
    static String contentType(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            default -> "application/octet-stream";
        };
    }
}
