package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.FatalErrorHandler;
import dev.uapi.dispatcher.UapiHome;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import sun.misc.Signal;

/**
 * {@code uapid}: serves UAPI over HTTP(S) until SIGTERM or SIGINT, then stops gracefully and exits 0. SIGHUP
 * reloads the plugins directories ({@link Uapid#reloadPlugins}). After a
 * handler's fatal error ({@link OutOfMemoryError}), logged with its module and function, it stops gracefully
 * and exits 3.
 *
 * <p>The command is declared with picocli's programmatic model ({@link #spec()}) rather than annotations:
 * reading annotations reflectively costs the start tens of milliseconds before the server even begins.
 */
final class UapidCommand {

    private static final String HOME = "--home";
    private static final String CHECK = "--check";
    private static final String BIND = "--bind";
    private static final String PORT = "--port";

    /** The command's declaration: options and help text, as {@code uapid --help} prints them. */
    static CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("uapid").versionProvider(new Version());
        spec.usageMessage()
                .autoWidth(true)
                .sortOptions(false)
                .description(
                        "Serves UAPI calls over HTTP(S): /execute/<Module>/<function>, authenticated by API tokens.",
                        "Settings come from the server: section of $UAPI_HOME/uapi.yaml; these flags override them.")
                .footer(
                        "",
                        "Examples:",
                        "  uapid",
                        "  uapid --port=8443 --home=/srv/uapi",
                        "  uapid --check --home=/var/lib/uapi",
                        "  curl -H \"Authorization: cpanel alice:$TOKEN\" \\",
                        "       http://127.0.0.1:2083/execute/Tokens/list",
                        "",
                        "Exit status: 0 after a graceful stop (or a passed --check), 2 for a usage error,",
                        "3 when it cannot start (settings, store, key, port) or --check finds a problem.",
                        "",
                        "See docs/server.md for the settings, TLS and the HTTP statuses.");
        spec.addOption(OptionSpec.builder(HOME).paramLabel("DIR").type(Path.class)
                .description("The data directory (default: $UAPI_HOME, else ~/.uapi).").build());
        spec.addOption(OptionSpec.builder(CHECK).arity("0").type(boolean.class)
                .description("Check the settings, the store, the server key and the plugins, print a report and exit"
                        + " (0: all is well, 3: a problem) without serving.").build());
        spec.addOption(OptionSpec.builder(BIND).paramLabel("ADDRESS").type(String.class)
                .description("The address to listen on (default 127.0.0.1).").build());
        spec.addOption(OptionSpec.builder(PORT).paramLabel("PORT").type(Integer.class)
                .description("The TCP port (default 2083; 0 for any free one).").build());
        // what picocli's mixinStandardHelpOptions declares, in its words
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).arity("0").type(boolean.class)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).arity("0").type(boolean.class)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** {@code uapid 0.1.0 (commit 343ae2c1f0d2)}, read only when asked. */
    private static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {dev.uapi.dispatcher.BuildInfo.versionLine("uapid")};
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final StatusLines status;

    UapidCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.status = new StatusLines(out, err, java.time.Clock.systemUTC());
    }

    /**
     * Runs what picocli parsed from {@link #spec()}: serves until stopped, or checks.
     *
     * @return the exit status
     * @throws ParameterException for a port out of range
     * @throws Exception when the server cannot start
     */
    int run(ParseResult parsed) throws Exception {
        Path home = parsed.matchedOptionValue(HOME, null);
        String bind = parsed.matchedOptionValue(BIND, null);
        Integer port = parsed.matchedOptionValue(PORT, null);
        if (port != null && (port < 0 || port > 65_535)) {
            throw new ParameterException(parsed.commandSpec().commandLine(),
                    "--port must be from 0 to 65535, not " + port);
        }
        Path dataDirectory = home != null ? home.toAbsolutePath() : UapiHome.resolve(System.getenv());
        if (parsed.hasMatchedOption(CHECK)) {
            return Uapid.check(dataDirectory, out);
        }
        AtomicBoolean fatal = new AtomicBoolean();
        CompletableFuture<Runnable> stopper = new CompletableFuture<>();
        FatalErrorHandler onFatal = (incident, where, error) -> {
            if (fatal.compareAndSet(false, true)) {
                status.error(where + " threw " + error.getClass().getName() + " (incident " + incident
                        + "), which may have left the JVM unusable; stopping with status " + UapidMain.CANNOT_START);
                // on another thread: the graceful stop waits for this very call's answer
                stopper.thenAccept(stop -> new Thread(stop, "uapid-fatal-stop").start());
            }
        };
        Uapid uapid = Uapid.start(dataDirectory, settings -> applyFlags(settings, bind, port), out, err, onFatal);
        AtomicBoolean stopFailed = new AtomicBoolean();
        Runnable stop = () -> stop(uapid, stopFailed);
        stopper.complete(stop);
        // SIGTERM and SIGINT start the graceful stop and this method then returns 0, rather than the JVM's own
        // handling, which runs the hooks and exits 128+signal however cleanly it stopped
        for (String signal : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(signal), received -> new Thread(stop, "uapid-stop").start());
        }
        // SIGHUP (systemctl reload) reloads the plugins directories instead of the JVM's default, which stops it.
        // sun.misc.Signal is in the jdk.unsupported module, which every JDK ships and exports: the only way in
        // the JDK to handle a signal. Each signal's handler runs on a thread of its own; reloads are serialised.
        Signal.handle(new Signal("HUP"), received -> reload(uapid));
        // any other way out of the JVM (System.exit, another signal) still stops gracefully
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "uapid-shutdown"));
        uapid.join();
        stop.run();
        if (fatal.get()) {
            return UapidMain.CANNOT_START;
        }
        return stopFailed.get() ? 1 : 0;
    }

    private static ServerSettings applyFlags(ServerSettings settings, String bind, Integer port) {
        ServerSettings flagged = settings;
        if (bind != null) {
            flagged = flagged.withBind(bind);
        }
        if (port != null) {
            flagged = flagged.withPort(port);
        }
        return flagged;
    }

    private void reload(Uapid uapid) {
        try {
            uapid.reloadPlugins();
        } catch (RuntimeException e) { // a bug of the host's: the plugins in use go on serving
            status.error("the plugin reload failed: " + e);
        }
    }

    private void stop(Uapid uapid, AtomicBoolean failed) {
        try {
            uapid.stop();
        } catch (Exception e) {
            status.error("the stop failed: " + e.getMessage());
            failed.set(true);
        }
    }
}
