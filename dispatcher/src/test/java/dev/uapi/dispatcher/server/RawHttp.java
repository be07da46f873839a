package dev.uapi.dispatcher.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes no well-behaved client would (bad request lines, bad percent-encoding) over a plain socket and
 * reads the raw answer.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The answer's status code and body, from one request on a fresh connection. */
    static Answer send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        }
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            all.write(buffer, 0, read);
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    /** A raw answer. */
    record Answer(int status, String head, String body) {

        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Answer(status, head, body);
        }
    }
}
