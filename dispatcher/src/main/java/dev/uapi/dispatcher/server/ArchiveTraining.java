package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.Host;
import dev.uapi.spi.Arguments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One short life of {@code uapid}, for the launcher to record a class-data-sharing archive of the classes a
 * start and the first requests load ({@code bin/lib/uapid-archive} runs it with
 * {@code -XX:ArchiveClassesAtExit}): a server on a temporary data directory and a free loopback port, asked for
 * {@code /health}, {@code /openapi.json} and one authenticated call, then stopped. The directory is removed.
 * Exits 1 when a request does not answer 200, so that a broken build does not pass for a trained one.
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    /** Runs the training; no arguments. */
    public static void main(String[] args) throws Exception {
        JettyCacheLine.configure();
        StartWarmUp.start(); // its classes too, as bin/uapid starts it
        Path home = Files.createTempDirectory("uapid-archive");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int failures = 0;
        try {
            // the command line's classes too (picocli builds UapidCommand's declaration), without serving
            UapidMain.commandLine(quiet, quiet).parseArgs("--home", home.toString(), "--port", "0");
            String token = token(home);
            Uapid uapid = Uapid.start(home, settings -> settings.withBind("127.0.0.1").withPort(0), quiet, quiet);
            try {
                failures += ok(uapid.uri(), "/health", null) ? 0 : 1;
                failures += ok(uapid.uri(), "/openapi.json", null) ? 0 : 1;
                failures += ok(uapid.uri(), "/execute/Tokens/list", "cpanel training:" + token) ? 0 : 1;
            } finally {
                uapid.stop();
            }
        } finally {
            delete(home);
        }
        if (failures > 0) {
            System.err.println("uapid-archive: " + failures + " training request(s) failed");
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static String token(Path home) {
        try (Host host = Host.start(home)) {
            Envelope created = host.dispatcher().call("training", "Tokens", "create_full_access",
                    Arguments.of(Map.of("name", "training")));
            if (created.status() != 1 || !(created.data() instanceof Map<?, ?> data)) {
                throw new IllegalStateException("no token: " + created.errors());
            }
            return String.valueOf(data.get("token"));
        }
    }

    // HTTP/1.0 over a plain socket: the JDK's HTTP client would put its own classes in the archive
    private static boolean ok(URI server, String path, String authorization) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            String request = "GET " + path + " HTTP/1.0\r\nHost: " + server.getHost() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200")
                    || answer.toString(StandardCharsets.ISO_8859_1).startsWith("HTTP/1.0 200");
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
