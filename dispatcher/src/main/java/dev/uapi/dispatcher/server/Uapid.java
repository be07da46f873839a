package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.FatalErrorHandler;
import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.modules.PluginReport;
import dev.uapi.dispatcher.reference.DeclaredModules;
import dev.uapi.dispatcher.reference.OpenApiDocument;
import dev.uapi.dispatcher.signin.LoginThrottle;
import dev.uapi.dispatcher.signin.SignIn;
import dev.uapi.dispatcher.signin.SignInEvents;
import dev.uapi.dispatcher.signin.SignInFactors;
import dev.uapi.dispatcher.signin.SignInSettings;
import dev.uapi.dispatcher.signin.SignInSettingsReader;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.WebPage;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A running {@code uapid}: a {@link Host} on a data directory and the {@link UapiServer} in front of it.
 * {@link UapidCommand} starts one per process; tests start one in their own process.
 */
public final class Uapid {

    private final Host host;
    private final UapiServer server;
    private final PrintStream out;
    private boolean stopped;

    private Uapid(Host host, UapiServer server, PrintStream out) {
        this.host = host;
        this.server = server;
        this.out = out;
    }

    /**
     * Starts the host and the server, then prints the startup line:
     * {@code uapid: serving http://127.0.0.1:2083 (store: ...; modules: Tokens, TwoFactorAuth)}.
     * Each plugin gets one line, {@code uapid: plugin com.example.NotesPlugin (plugins/notes): registered Notes}:
     * after the startup line on {@code out}, or, when the plugin has a problem, before it on {@code err}, with
     * its problems (a broken plugin does not stop the others).
     *
     * @param home {@code UAPI_HOME}
     * @param flags the command line's changes to the settings file's {@code server:} section
     * @param out the access log, the startup line and the healthy plugins' lines
     * @param err the lines of plugins with a problem
     * @throws Exception when the settings are invalid, the store cannot be opened or the port cannot be bound
     */
    public static Uapid start(Path home, UnaryOperator<ServerSettings> flags, PrintStream out, PrintStream err)
            throws Exception {
        return start(home, flags, out, err, FatalErrorHandler.CONTINUE);
    }

    /**
     * As {@link #start(Path, UnaryOperator, PrintStream, PrintStream)}, handing a handler's fatal error to
     * {@code fatal} after it was logged and answered.
     */
    public static Uapid start(Path home, UnaryOperator<ServerSettings> flags, PrintStream out, PrintStream err,
            FatalErrorHandler fatal) throws Exception {
        requireNonNull(flags, "flags is null");
        Host host = Host.start(requireNonNull(home, "home is null"), requireNonNull(fatal, "fatal is null"));
        try {
            host.loadServerKey();
            host.loadAll();
            List<PluginReport> plugins = host.plugins();
            printPlugins(plugins, true, err);
            ServerSettings settings = flags.apply(ServerSettingsReader.read(host.serverSettings(), home));
            // after loadAll: the document describes exactly the modules that loaded
            byte[] openApi = OpenApiDocument.json(DeclaredModules.loaded(host.registry()));
            Clock clock = Clock.systemUTC();
            SignInSettings signInSettings = SignInSettingsReader.read(host.serverSettings().get(SignInSettingsReader.SECTION));
            List<ApiModule> modules = DeclaredModules.loaded(host.registry());
            SignIn signIn = new SignIn(host.passwords(), host.sessions(clock),
                    new LoginThrottle(host.signInStorage(), signInSettings), SignInFactors.of(modules), signInSettings,
                    new SignInEvents(), clock);
            UapiServer server = UapiServer.start(settings, host.dispatcher(), host.tokenAuthenticator(), openApi,
                    signIn, pagesOf(modules), out, clock);
            out.println("uapid: serving " + server.uri() + " (store: " + host.storageDescription() + "; modules: "
                    + String.join(", ", host.moduleNames()) + ")");
            out.println("uapid: sign in at " + server.uri() + "/login/");
            printPlugins(plugins, false, out);
            return new Uapid(host, server, out);
        } catch (Exception | Error e) {
            host.close();
            throw e;
        }
    }

    private static Map<String, List<WebPage>> pagesOf(List<ApiModule> modules) {
        Map<String, List<WebPage>> pages = new TreeMap<>();
        for (ApiModule module : modules) {
            if (!module.pages().isEmpty()) {
                pages.put(module.name(), module.pages());
            }
        }
        return pages;
    }

    private static void printPlugins(List<PluginReport> plugins, boolean withProblems, PrintStream stream) {
        for (PluginReport plugin : plugins) {
            if (plugin.hasProblems() == withProblems) {
                stream.println("uapid: " + plugin.describe());
            }
        }
    }

    /** The base address served. */
    public URI uri() {
        return server.uri();
    }

    /** Waits until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops gracefully: requests in flight finish (up to the stop timeout), then the store is closed. Safe to
     * call more than once.
     *
     * @throws Exception when Jetty fails to stop; the store is closed anyway
     */
    public synchronized void stop() throws Exception {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            server.stop();
        } finally {
            host.close();
            out.println("uapid: stopped");
            out.flush();
        }
    }
}
