package dev.uapi.dispatcher.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections whose request head (request line and headers) must arrive whole within a deadline,
 * counted from its first byte.
 *
 * <p>Jetty bounds only the silence between two reads (the idle timeout), so a client that sends one header
 * byte every few seconds holds a connection and a buffer for as long as the header size limit lets it. Here,
 * while a head is being read, the connection's idle timeout is shortened to what is left of the deadline, so
 * the connection is closed when the deadline passes whether the client is silent or trickling; once the head
 * is complete, the idle timeout is restored (the body has its own deadline, in {@link BodyReader}).
 */
final class HeadDeadlineConnectionFactory extends HttpConnectionFactory {

    private final long deadlineNanos;

    HeadDeadlineConnectionFactory(HttpConfiguration configuration, Duration deadline) {
        super(configuration);
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HeadDeadlineConnection connection = new HeadDeadlineConnection(getHttpConfiguration(), connector, endPoint);
        ((HeadDeadlineParser) connection.getParser()).watch(endPoint, deadlineNanos);
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
    }

    private static final class HeadDeadlineConnection extends HttpConnection {

        HeadDeadlineConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
            super(configuration, connector, endPoint);
        }

        @Override
        protected HttpParser newHttpParser(HttpCompliance compliance) {
            // called from HttpConnection's constructor: the parser Jetty would make gives the request handler
            HttpParser plain = super.newHttpParser(compliance);
            HttpParser parser = new HeadDeadlineParser((HttpParser.RequestHandler) plain.getHandler(),
                    getHttpConfiguration().getRequestHeaderSize(), compliance);
            parser.setHeaderCacheSize(plain.getHeaderCacheSize());
            parser.setHeaderCacheCaseSensitive(plain.isHeaderCacheCaseSensitive());
            return parser;
        }
    }

    /**
     * Jetty's parser, timing each request head from its first byte. Used by one connection at a time.
     *
     * <p>The connection's idle timeout is shortened only when a head is still incomplete after a read: most heads
     * arrive whole in one read, and changing an idle timeout reschedules the connection's timer through the
     * scheduler that every connection shares, which a server at thousands of requests a second then queues on.
     */
    private static final class HeadDeadlineParser extends HttpParser {

        private EndPoint endPoint;
        private long allowedNanos;
        private long deadline;
        private long idleTimeout;
        private boolean inHead;
        private boolean shortened;

        HeadDeadlineParser(HttpParser.RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
            super(handler, maxHeaderBytes, compliance);
        }

        void watch(EndPoint endPoint, long allowedNanos) {
            this.endPoint = endPoint;
            this.allowedNanos = allowedNanos;
        }

        @Override
        public boolean parseNext(ByteBuffer buffer) {
            if (endPoint == null) {
                return super.parseNext(buffer);
            }
            if (!inHead && isStart() && buffer.hasRemaining()) {
                inHead = true;
                deadline = System.nanoTime() + allowedNanos;
            }
            if (inHead && deadline - System.nanoTime() <= 0) {
                inHead = false;
                endPoint.close();
                buffer.position(buffer.limit());
                return false;
            }
            boolean handle = super.parseNext(buffer);
            if (!inHead) {
                return handle;
            }
            if (!inHeaderState()) {
                inHead = false;
                if (shortened) {
                    shortened = false;
                    endPoint.setIdleTimeout(idleTimeout);
                }
                return handle;
            }
            // the rest of the head has to come before the deadline, however slowly it trickles in
            if (!shortened) {
                shortened = true;
                idleTimeout = endPoint.getIdleTimeout();
            }
            long left = deadline - System.nanoTime();
            endPoint.setIdleTimeout(Math.max(1, Math.min(idleTimeout, left / 1_000_000)));
            return handle;
        }
    }
}
