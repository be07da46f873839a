package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.UapiHome;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uapid}: serves UAPI over HTTP(S) until SIGTERM or SIGINT, then stops gracefully and exits 0. */
@Command(name = "uapid",
        mixinStandardHelpOptions = true,
        version = "uapid 0.1.0",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Serves UAPI calls over HTTP(S): /execute/<Module>/<function>, authenticated by API tokens.",
            "Settings come from the server: section of $UAPI_HOME/uapi.yaml; these flags override them."},
        footer = {
            "",
            "Examples:",
            "  uapid",
            "  uapid --port=8443 --home=/srv/uapi",
            "  curl -H \"Authorization: cpanel alice:$TOKEN\" http://127.0.0.1:2083/execute/Tokens/list",
            "",
            "See docs/server.md for the settings, TLS and the HTTP statuses."})
final class UapidCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR",
            description = "The data directory (default: $UAPI_HOME, else ~/.uapi).")
    private Path home;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default 127.0.0.1).")
    private String bind;

    @Option(names = "--port", paramLabel = "PORT", description = "The TCP port (default 2083; 0 for any free one).")
    private Integer port;

    private final PrintStream out;
    private final PrintStream err;

    UapidCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        Path dataDirectory = home != null ? home.toAbsolutePath() : UapiHome.resolve(System.getenv());
        Uapid uapid = Uapid.start(dataDirectory, this::applyFlags, out, err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndHalt(uapid), "uapid-stop"));
        uapid.join();
        return 0;
    }

    private ServerSettings applyFlags(ServerSettings settings) {
        ServerSettings flagged = settings;
        if (bind != null) {
            flagged = flagged.withBind(bind);
        }
        if (port != null) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("--port must be from 0 to 65535, not " + port);
            }
            flagged = flagged.withPort(port);
        }
        return flagged;
    }

    private void stopAndHalt(Uapid uapid) {
        int status = 0;
        try {
            uapid.stop();
        } catch (Exception e) {
            err.println("uapid: the stop failed: " + e.getMessage());
            status = 1;
        }
        out.flush();
        err.flush();
        // a JVM stopped by a signal exits 128+signal even after a clean stop; halting here reports the
        // clean stop as 0, as service managers expect
        Runtime.getRuntime().halt(status);
    }
}
