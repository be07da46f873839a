package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.FatalErrorHandler;
import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.logging.LogSetup;
import dev.uapi.dispatcher.metrics.MetricsServer;
import dev.uapi.dispatcher.metrics.ServerMetrics;
import dev.uapi.dispatcher.modules.PluginReload;
import dev.uapi.dispatcher.modules.PluginReport;
import dev.uapi.dispatcher.settings.MetricsSettings;
import dev.uapi.dispatcher.reference.OpenApiDocument;
import dev.uapi.dispatcher.signin.LoginThrottle;
import dev.uapi.dispatcher.signin.SignIn;
import dev.uapi.dispatcher.signin.SignInEvents;
import dev.uapi.dispatcher.signin.SignInFactors;
import dev.uapi.dispatcher.signin.SignInSettings;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.WebPage;
import dev.uapi.dispatcher.settings.SettingsFileException;
import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.dispatcher.startup.StartWarnings;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
    private final ServerMetrics metrics;
    private final MetricsServer metricsServer;
    private final ModulesAtStart modules;
    private final Duration stopTimeout;
    private final StatusLines status;
    private final PrintStream out;
    private boolean stopped;

    private Uapid(Host host, UapiServer server, ServerMetrics metrics, MetricsServer metricsServer,
            ModulesAtStart modules, Duration stopTimeout, StatusLines status, PrintStream out) {
        this.host = host;
        this.server = server;
        this.metrics = metrics;
        this.metricsServer = metricsServer;
        this.modules = modules;
        this.stopTimeout = stopTimeout;
        this.status = status;
        this.out = out;
    }

    /**
     * Starts the host and the server, then prints the startup line (in the log's line format, see
     * {@link StatusLines}): {@code ... INFO uapid: serving http://127.0.0.1:2083 (store: ...; modules: Tokens,
     * TwoFactorAuth)}. The modules whose section the settings file has are created first (their settings
     * problems stop the start); every other module is created on a background thread once the server serves
     * ({@link ModulesAtStart}). When they are, each plugin gets one line,
     * {@code ... INFO uapid: plugin com.example.NotesPlugin (plugins/notes): registered Notes} on {@code out},
     * or, when the plugin has a problem, a WARN line on {@code err} with its problems (a broken plugin does not
     * stop the others), and {@code ... INFO uapid: modules created: 5 loaded, 1 failed} ends them
     * ({@link #awaitModules}).
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
        requireNonNull(home, "home is null");
        requireNonNull(fatal, "fatal is null");
        // the JVM's metrics are bound once it serves: see below
        ServerMetrics metrics = ServerMetrics.bindingJvmLater();
        Host host;
        try {
            host = Host.start(home, metrics, fatal);
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        UapiServer server = null;
        try {
            LogSetup.applyIfManaged(host.settings().log());
            host.loadServerKey();
            ModulesAtStart modules = new ModulesAtStart(host);
            modules.createConfigured();
            // a module's settings are part of the file: a mistake there stops the start like the host's own
            List<String> settingsProblems = host.createdModuleSettingsProblems();
            if (!settingsProblems.isEmpty()) {
                throw new SettingsFileException(home.resolve(SettingsReader.FILE_NAME), settingsProblems);
            }
            StatusLines status = new StatusLines(out, err, Clock.systemUTC());
            ServerSettings settings = flags.apply(host.settings().server());
            StartWarnings.of(host.settings(), settings).forEach(status::warn);
            Clock clock = Clock.systemUTC();
            SignInSettings signInSettings = settings.signIn();
            // the second steps, the pages and the document come from every module: they wait for the background
            SignIn signIn = new SignIn(host.passwords(), host.sessions(clock),
                    new LoginThrottle(host.signInStorage(), signInSettings),
                    SignInFactors.awaiting(modules.whenAll(SignInFactors::of)), signInSettings,
                    new SignInEvents(metrics), clock);
            server = UapiServer.start(settings, host.dispatcher(), host.tokenAuthenticator(),
                    modules.whenAll(OpenApiDocument::json), out, clock, metrics, signIn, modules.whenAll(Uapid::pagesOf));
            MetricsSettings metricsSettings = host.settings().metrics();
            if (settings.port() == 0) {
                // any free port for the API (tests): never the fixed metrics port, which another may hold
                metricsSettings = metricsSettings.withPort(0);
            }
            MetricsServer metricsServer = metricsSettings.enabled() ? MetricsServer.start(metricsSettings, metrics) : null;
            status.info("serving " + server.uri() + " (store: " + host.storageDescription() + "; modules: "
                    + String.join(", ", host.moduleNames()) + ")");
            status.info("sign in at " + server.uri() + "/login/");
            if (metricsServer != null) {
                status.info("metrics on " + metricsServer.uri());
            }
            Thread rest = new Thread(() -> {
                metrics.bindJvm();
                modules.createRest(plugins -> report(plugins, metrics, status));
            }, "uapid-start");
            rest.setDaemon(true); // a plugin's factory that never returns must not keep the JVM up
            rest.start();
            return new Uapid(host, server, metrics, metricsServer, modules, settings.stopTimeout(), status, out);
        } catch (Exception | Error e) {
            if (server != null) {
                server.stop();
            }
            host.close();
            metrics.close();
            throw e;
        }
    }

    /**
     * The startup lines of the plugins, once every module is created: those with a problem as WARN lines (each
     * counted in the metrics), then the others, then how many modules loaded.
     */
    private static void report(List<PluginReport> plugins, ServerMetrics metrics, StatusLines status) {
        printPlugins(plugins, true, status);
        plugins.stream().filter(PluginReport::hasProblems).forEach(plugin -> metrics.pluginLoadFailed(plugin.plugin()));
        printPlugins(plugins, false, status);
        long modules = plugins.stream().mapToLong(plugin -> plugin.modules().size()).sum();
        long failed = plugins.stream().flatMap(plugin -> plugin.modules().stream())
                .filter(slot -> slot.failure() != null).count();
        status.info("modules created: " + (modules - failed) + " loaded, " + failed + " failed");
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

    /**
     * {@code uapid --check}: reads and checks the whole settings file, opens the store and the server key,
     * loads every plugin and module, prints a short report and stops without serving.
     *
     * @return 0 when all is well, 3 when a plugin or module has a problem
     * @throws Exception as {@link #start} does, for the settings, the store and the key
     */
    public static int check(Path home, PrintStream out) throws Exception {
        try (Host host = Host.start(requireNonNull(home, "home is null"))) {
            host.loadServerKey();
            host.loadAll();
            List<String> settingsProblems = host.moduleSettingsProblems();
            if (!settingsProblems.isEmpty()) {
                throw new SettingsFileException(home.resolve(SettingsReader.FILE_NAME), settingsProblems);
            }
            Path file = home.resolve(SettingsReader.FILE_NAME);
            out.println("uapid: settings: " + (java.nio.file.Files.exists(file) ? file + " is valid" : "the defaults (no "
                    + file + ")"));
            out.println("uapid: store: " + host.storageDescription() + " is open");
            out.println("uapid: server key: " + host.settings().keyFile() + " is readable");
            List<PluginReport> plugins = host.plugins();
            plugins.forEach(plugin -> out.println("uapid: " + plugin.describe()));
            long broken = plugins.stream().filter(PluginReport::hasProblems).count();
            out.println(broken == 0 ? "uapid: check passed"
                    : "uapid: check failed: " + broken + (broken == 1 ? " plugin has" : " plugins have") + " problems");
            return broken == 0 ? 0 : UapidMain.CANNOT_START;
        }
    }

    private static void printPlugins(List<PluginReport> plugins, boolean withProblems, StatusLines status) {
        for (PluginReport plugin : plugins) {
            if (plugin.hasProblems() == withProblems) {
                if (withProblems) {
                    status.warn(plugin.describe());
                } else {
                    status.info(plugin.describe());
                }
            }
        }
    }

    /**
     * Reloads the plugins directories (SIGHUP, {@code systemctl reload}): one line per plugin added, replaced
     * or removed on {@code out}, one per plugin that failed to load on {@code err} (its previous version still
     * serves), then a summary; counted in {@code uapi_plugin_reloads_total{outcome}}. Nothing is done once
     * the server is stopping.
     *
     * @return what the reload did, or null when the server is stopping
     */
    public PluginReload reloadPlugins() {
        try {
            // a reload starts from the start's modules, all created and reported
            awaitModules(Duration.ofDays(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return reloadCreated();
    }

    private synchronized PluginReload reloadCreated() {
        if (stopped) {
            return null;
        }
        PluginReload reload = host.reloadPlugins();
        if (!reload.changes().isEmpty()) {
            modules.reloaded();
        }
        reload.changes().forEach(status::info);
        reload.problems().forEach(status::warn);
        if (reload.succeeded()) {
            status.info(reload.summary());
        } else {
            status.warn(reload.summary());
        }
        for (int i = 0; i < reload.failed(); i++) {
            metrics.pluginLoadFailed("reload");
        }
        metrics.pluginReload(reload.succeeded() ? "success" : "failure");
        return reload;
    }

    /** The base address served. */
    public URI uri() {
        return server.uri();
    }

    /** Where the metrics are served, or null when {@code metrics.enabled} is false. */
    public URI metricsUri() {
        return metricsServer == null ? null : metricsServer.uri();
    }

    /**
     * Waits until every module of the start is created and its plugin reported (the line
     * {@code uapid: modules created: ...}), at most {@code limit}.
     *
     * @return whether they are
     */
    public boolean awaitModules(Duration limit) throws InterruptedException {
        return modules.await(requireNonNull(limit, "limit is null"));
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
            // the store must not close under the modules still being created (bounded: a factory may hang)
            awaitModules(stopTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (metricsServer != null) {
                metricsServer.stop();
            }
            server.stop();
        } finally {
            metrics.close();
            host.close();
            status.info("stopped");
            out.flush();
        }
    }
}
