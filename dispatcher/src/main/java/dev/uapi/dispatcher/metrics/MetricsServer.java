package dev.uapi.dispatcher.metrics;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.server.UapiServer;
import dev.uapi.dispatcher.settings.MetricsSettings;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code GET /metrics} on a port of its own, apart from the API: loopback only unless the settings say
 * otherwise, so that the metrics are never reachable where customers reach the API. Anything else is 404.
 */
public final class MetricsServer {

    /** The Prometheus text format's content type. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Server server;
    private final ServerConnector connector;

    private MetricsServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts serving the metrics.
     *
     * @throws Exception when the port cannot be bound
     */
    public static MetricsServer start(MetricsSettings settings, ServerMetrics metrics) throws Exception {
        requireNonNull(metrics, "metrics is null");
        QueuedThreadPool threads = new QueuedThreadPool(4, 1);
        threads.setName("uapid-metrics");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (!"/metrics".equals(Request.getPathInContext(request))
                        || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                    return true;
                }
                byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
                response.setStatus(HttpStatus.OK_200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        UapiServer.startOrStop(server);
        return new MetricsServer(server, connector);
    }

    /** The address of the metrics, such as {@code http://127.0.0.1:9297/metrics}. */
    public URI uri() {
        String host = connector.getHost().contains(":") ? "[" + connector.getHost() + "]" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/metrics");
    }

    /** Stops serving. */
    public void stop() throws Exception {
        server.stop();
    }
}
