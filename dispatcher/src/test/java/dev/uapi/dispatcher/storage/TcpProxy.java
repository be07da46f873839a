package dev.uapi.dispatcher.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay to a real server that a test can cut (connections dropped, new ones refused), stall
 * (connections open, nothing relayed) and restore on the same port: a database outage and a network that
 * swallows packets, without stopping the database other tests use.
 */
final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile boolean relaying = true;

    TcpProxy(String host, int port) throws IOException {
        this.target = new InetSocketAddress(host, port);
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = socket.getLocalPort();
        listen(socket);
    }

    int port() {
        return port;
    }

    /** Drops every connection and refuses new ones, as a stopped database does. */
    synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    /** Accepts connections on the same port again. */
    synchronized void restore() throws IOException {
        relaying = true;
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listen(socket);
    }

    /** Keeps every connection open but relays nothing more, as a network that swallows packets. */
    void stall() {
        relaying = false;
    }

    private void listen(ServerSocket socket) {
        listener = socket;
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Socket upstream = new Socket(target.getAddress(), target.getPort());
                    sockets.add(client);
                    sockets.add(upstream);
                    relay(client.getInputStream(), upstream.getOutputStream());
                    relay(upstream.getInputStream(), client.getOutputStream());
                } catch (IOException e) {
                    // closed by cut() or close(), or the database refused: the client sees its socket close
                }
            }
        }, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void relay(InputStream in, OutputStream out) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (relaying) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // one side closed: the other follows when cut() or close() closes it
            }
        }, "tcp-proxy-relay");
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
