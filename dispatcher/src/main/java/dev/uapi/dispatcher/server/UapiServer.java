package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.signin.SignIn;
import dev.uapi.dispatcher.metrics.ServerMetrics;
import dev.uapi.dispatcher.tokens.TokenAuthenticator;
import dev.uapi.spi.WebPage;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server of {@code bin/uapid}: Jetty 12 with core handlers only, one connector (HTTP, or HTTPS from
 * a PKCS#12 keystore), an access log on standard out, and a graceful stop that lets requests in flight
 * finish.
 *
 * <pre>{@code
 * UapiServer server = UapiServer.start(settings, host.dispatcher(), authenticator,
 *         OpenApiDocument.json(DeclaredModules.loaded(host.registry())), System.out, Clock.systemUTC());
 * ...
 * server.stop();
 * }</pre>
 */
public final class UapiServer {

    static {
        // before Jetty's thread pool initialises its MemoryUtils, which would otherwise start the MBean server
        JettyCacheLine.configure();
    }

    private final Server server;
    private final ServerConnector connector;
    private final boolean https;
    private final AccessLog accessLog;

    private UapiServer(Server server, ServerConnector connector, boolean https, AccessLog accessLog) {
        this.server = server;
        this.connector = connector;
        this.https = https;
        this.accessLog = accessLog;
    }

    /**
     * Starts serving.
     *
     * @param settings where and how to serve
     * @param dispatcher the dispatcher every call goes to
     * @param authenticator checks the API token of each call
     * @param openApiDocument what {@code GET /openapi.json} answers: the OpenAPI document of the loaded
     *     modules as UTF-8 JSON ({@link dev.uapi.dispatcher.reference.OpenApiDocument#json})
     * @param log where the access log goes
     * @param clock the time for the access log
     * @throws Exception when Jetty cannot start (the port is taken, the keystore cannot be read)
     */
    public static UapiServer start(ServerSettings settings, Dispatcher dispatcher, TokenAuthenticator authenticator,
            byte[] openApiDocument, PrintStream log, Clock clock) throws Exception {
        return start(settings, dispatcher, authenticator, openApiDocument, log, clock, null);
    }

    /**
     * Starts serving, counting responses, token failures and Jetty's threads and connections.
     *
     * @param metrics where to count, or null for no metrics
     * @throws Exception when Jetty cannot start (the port is taken, the keystore cannot be read)
     */
    public static UapiServer start(ServerSettings settings, Dispatcher dispatcher, TokenAuthenticator authenticator,
            byte[] openApiDocument, PrintStream log, Clock clock, ServerMetrics metrics) throws Exception {
        return start(settings, dispatcher, authenticator, openApiDocument, log, clock, metrics, null, Map.of());
    }

    /**
     * Starts serving, with cPanel's login, sessions and the pages of signed-in people.
     *
     * @param metrics where to count, or null for no metrics
     * @param signIn the login and sessions, or null for API tokens only
     * @param modulePages the pages each loaded module brings, by module name
     * @throws Exception when Jetty cannot start (the port is taken, the keystore cannot be read)
     */
    public static UapiServer start(ServerSettings settings, Dispatcher dispatcher, TokenAuthenticator authenticator,
            byte[] openApiDocument, PrintStream log, Clock clock, ServerMetrics metrics, SignIn signIn,
            Map<String, List<WebPage>> modulePages) throws Exception {
        requireNonNull(openApiDocument, "openApiDocument is null");
        Map<String, List<WebPage>> pages = Map.copyOf(requireNonNull(modulePages, "modulePages is null"));
        return start(settings, dispatcher, authenticator, () -> openApiDocument, log, clock, metrics, signIn,
                () -> pages);
    }

    /**
     * Starts serving before the modules' document and pages are known ({@code uapid} creates most modules once
     * it serves): a request for either waits until its supplier answers.
     *
     * @param openApiDocument the OpenAPI document, asked on each request to {@code /openapi.json}
     * @param modulePages the pages each loaded module brings, by module name, asked on each request for a page
     * @throws Exception when Jetty cannot start (the port is taken, the keystore cannot be read)
     */
    public static UapiServer start(ServerSettings settings, Dispatcher dispatcher, TokenAuthenticator authenticator,
            Supplier<byte[]> openApiDocument, PrintStream log, Clock clock, ServerMetrics metrics, SignIn signIn,
            Supplier<Map<String, List<WebPage>>> modulePages) throws Exception {
        requireNonNull(settings, "settings is null");
        QueuedThreadPool threads = new QueuedThreadPool(settings.threads(), Math.min(8, settings.threads()));
        threads.setName("uapid");
        Server server = new Server(threads);
        ServerConnector connector = connector(server, settings);
        server.addConnector(connector);
        BodyReader bodies = new BodyReader(settings.maxBodyBytes(), settings.requestTimeout());
        RequestArguments arguments = new RequestArguments();
        SignInRoutes signInRoutes = signIn == null ? null
                : new SignInRoutes(signIn, new WebResources(modulePages), bodies, arguments);
        Handler handler = new ExecuteHandler(dispatcher, authenticator, bodies,
                new OpenApiResponse(openApiDocument), arguments, signInRoutes);
        server.setHandler(new GracefulHandler(handler));
        server.setErrorHandler(new EnvelopeErrorHandler());
        AccessLog accessLog = new AccessLog(log, clock);
        if (metrics == null) {
            server.setRequestLog(accessLog);
        } else {
            metrics.bind(server);
            server.setRequestLog((request, response) -> {
                accessLog.log(request, response);
                metrics.response(response.getStatus());
                if (response.getStatus() == 401 && request.getHttpURI().getPath().startsWith("/execute/")) {
                    // an API token's path; a login's or a session's 401 is counted as a sign-in event
                    metrics.tokenRejected();
                }
            });
        }
        server.setStopTimeout(settings.stopTimeout().toMillis());
        try {
            startOrStop(server);
        } catch (Exception | Error e) {
            accessLog.close();
            throw e;
        }
        return new UapiServer(server, connector, settings.tls().isPresent(), accessLog);
    }

    /**
     * Starts a Jetty server that the caller stops (UapidMain's shutdown hook decides when, and logs it); a
     * server that fails to start is stopped, so that no thread or port is left behind.
     *
     * @throws Exception when it cannot start
     */
    public static void startOrStop(Server server) throws Exception {
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
    }

    private static ServerConnector connector(Server server, ServerSettings settings) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        HttpConnectionFactory plain = new HeadDeadlineConnectionFactory(http, settings.requestTimeout());
        ConnectionFactory[] factories = settings.tls().map(tls -> {
            http.addCustomizer(new SecureRequestCustomizer());
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStoreType("PKCS12");
            ssl.setKeyStorePath(tls.keystore().toString());
            ssl.setKeyStorePassword(tls.password());
            return new ConnectionFactory[] {new SslConnectionFactory(ssl, plain.getProtocol()), plain};
        }).orElse(new ConnectionFactory[] {plain});
        ServerConnector connector = new ServerConnector(server, factories);
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        return connector;
    }

    /** The port served, the real one when the settings asked for 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base address, such as {@code https://127.0.0.1:2083}. */
    public URI uri() {
        String host = connector.getHost().contains(":") ? "[" + connector.getHost() + "]" : connector.getHost();
        return URI.create((https ? "https" : "http") + "://" + host + ":" + port());
    }

    /**
     * Stops gracefully: no new connections, requests in flight finish (up to the stop timeout), then the
     * threads end and every access log line still held is written. Safe to call more than once.
     *
     * @throws Exception when Jetty fails to stop; the access log is written all the same
     */
    public void stop() throws Exception {
        try {
            server.stop();
        } finally {
            accessLog.close();
        }
    }

    /** Writes the access log lines held so far (they are written within a fraction of a second anyway). */
    void flushAccessLog() {
        accessLog.flush();
    }

    /** Waits until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }
}
