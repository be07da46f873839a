package dev.uapi.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP measurements' baseline: Jetty with the same thread pool as {@code uapid} and one core handler that
 * answers each account and path with fixed bytes (what {@code uapid} answered), and {@code {}} to anything else.
 * The account is read from the {@code Authorization: cpanel ACCOUNT:TOKEN} header, as plain text: nothing is
 * checked.
 *
 * <p>Usage: {@code BareJetty PORT [ACCOUNT@PATH=FILE...]}, PORT 0 for any free one; prints
 * {@code bare: serving http://127.0.0.1:PORT} once it serves, and serves until killed.
 */
public final class BareJetty {

    private BareJetty() {
    }

    /** Serves until the process is killed. */
    public static void main(String[] args) throws Exception {
        Map<String, byte[]> bodies = bodies(args);
        byte[] otherwise = "{}".getBytes(StandardCharsets.UTF_8);
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                byte[] body = bodies.getOrDefault(account(request) + "@" + request.getHttpURI().getPath(), otherwise);
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        server.start();
        System.out.println("bare: serving http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }

    private static String account(Request request) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith("cpanel ")) {
            return "";
        }
        int colon = authorization.indexOf(':');
        return colon < 0 ? "" : authorization.substring("cpanel ".length(), colon);
    }

    private static Map<String, byte[]> bodies(String[] args) throws IOException {
        Map<String, byte[]> bodies = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            bodies.put(args[i].substring(0, equals), Files.readAllBytes(Path.of(args[i].substring(equals + 1))));
        }
        return bodies;
    }
}
