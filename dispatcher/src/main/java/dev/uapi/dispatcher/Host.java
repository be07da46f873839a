package dev.uapi.dispatcher;

import static java.util.Objects.requireNonNull;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.uapi.dispatcher.crypto.OnFirstUseCipher;
import dev.uapi.dispatcher.internal.HostModule;
import dev.uapi.dispatcher.internal.StoreOpening;
import dev.uapi.dispatcher.modules.ModuleRegistry;
import dev.uapi.dispatcher.modules.PluginReload;
import dev.uapi.dispatcher.modules.PluginReloader;
import dev.uapi.dispatcher.modules.PluginReport;
import dev.uapi.dispatcher.modules.StartupProblem;
import dev.uapi.dispatcher.passwords.Argon2Parameters;
import dev.uapi.dispatcher.passwords.PasswordHasher;
import dev.uapi.dispatcher.passwords.PasswordStore;
import dev.uapi.dispatcher.sessions.SessionStore;
import dev.uapi.dispatcher.observe.HostObserver;
import dev.uapi.dispatcher.settings.ModuleSettingsBook;
import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.dispatcher.startup.Causes;
import dev.uapi.dispatcher.startup.StartupFailure;
import dev.uapi.dispatcher.startup.StoreFailures;
import dev.uapi.dispatcher.settings.UapiSettings;
import dev.uapi.dispatcher.storage.StorageEngine;
import dev.uapi.dispatcher.tokens.TokenAuthenticator;
import dev.uapi.spi.MapModuleSettings;
import dev.uapi.spi.ModuleStorage;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A running host: settings read, storage open, plugins discovered, the dispatcher ready. The command line
 * starts one per call, the server one per process.
 *
 * <pre>{@code
 * try (Host host = Host.start(UapiHome.resolve(System.getenv()))) {
 *     Envelope envelope = host.dispatcher().call("alice", "TwoFactorAuth", "get_user_configuration",
 *             Arguments.empty());
 * }
 * }</pre>
 */
public final class Host implements AutoCloseable {

    private final Injector injector;
    private final UapiSettings settings;

    private Host(Injector injector) {
        this.injector = injector;
        this.settings = injector.getInstance(UapiSettings.class);
    }

    /**
     * Starts a host on a data directory.
     *
     * @param home {@code UAPI_HOME}: the settings file, the database and the server key live there
     * @throws dev.uapi.dispatcher.settings.SettingsFileException when the settings file is invalid
     * @throws StartupFailure when the home is not a directory or the store cannot be opened
     */
    public static Host start(Path home) {
        return start(home, HostObserver.NONE);
    }

    /**
     * Starts a host on a data directory, reporting what it does (the server's metrics).
     *
     * @throws dev.uapi.dispatcher.settings.SettingsFileException when the settings file is invalid
     * @throws StartupFailure when the home is not a directory or the store cannot be opened
     */
    public static Host start(Path home, HostObserver observer) {
        checkHome(home);
        return start(SettingsReader.read(home), observer);
    }

    private static void checkHome(Path home) {
        requireNonNull(home, "home is null");
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw new StartupFailure("UAPI_HOME " + home + " is a file, not a directory", null);
        }
    }

    /**
     * Starts a host with settings already read. The store is opened once, here, on a thread of its own while the
     * rest is made; its failure is reported before any other, as one message rather than one per service that
     * needs it.
     *
     * @throws StartupFailure when the store cannot be opened or the host cannot be wired
     */
    public static Host start(UapiSettings settings) {
        return start(settings, HostObserver.NONE);
    }

    /**
     * Starts a host that reports what it does, for the server's metrics.
     *
     * @param observer told of calls, store errors and modules' events
     * @throws StartupFailure when the store cannot be opened or the host cannot be wired
     */
    public static Host start(UapiSettings settings, HostObserver observer) {
        return start(settings, observer, FatalErrorHandler.CONTINUE);
    }

    /**
     * Starts a host that hands a handler's fatal error (an {@link OutOfMemoryError}) to {@code fatal} after
     * logging and answering it: the server stops.
     */
    public static Host start(Path home, FatalErrorHandler fatal) {
        return start(home, HostObserver.NONE, fatal);
    }

    /**
     * Starts the server's host: reporting what it does to {@code observer}, handing fatal errors to
     * {@code fatal}.
     *
     * @throws dev.uapi.dispatcher.settings.SettingsFileException when the settings file is invalid
     * @throws StartupFailure when the home is not a directory or the store cannot be opened
     */
    public static Host start(Path home, HostObserver observer, FatalErrorHandler fatal) {
        checkHome(home);
        return start(SettingsReader.read(home), observer, fatal);
    }

    private static Host start(UapiSettings settings, HostObserver observer, FatalErrorHandler fatal) {
        // the store opens on its own thread while the injector is built here; the services that need it wait
        StoreOpening store = StoreOpening.start(settings, observer);
        Injector injector;
        try {
            injector = Guice.createInjector(Stage.PRODUCTION, new HostModule(settings, store, observer, fatal));
        } catch (RuntimeException | Error e) {
            // the store's failure first, as when it was opened before anything else: one message for it alone
            opened(store, settings).close();
            if (e instanceof CreationException creation) {
                Throwable cause = creation.getCause() != null ? creation.getCause() : creation;
                throw new StartupFailure("cannot start: " + Causes.sentence(cause), cause);
            }
            throw e;
        }
        opened(store, settings);
        return new Host(injector);
    }

    private static StorageEngine opened(StoreOpening store, UapiSettings settings) {
        try {
            return store.await();
        } catch (RuntimeException e) {
            throw StoreFailures.of(e, settings.storage());
        }
    }

    /** The dispatcher every front end calls. */
    public Dispatcher dispatcher() {
        return injector.getInstance(Dispatcher.class);
    }

    /** The modules, created on first use. */
    public ModuleRegistry registry() {
        return injector.getInstance(ModuleRegistry.class);
    }

    /** Checks the API tokens of HTTP calls against the {@code Tokens} module's store. */
    public TokenAuthenticator tokenAuthenticator() {
        return injector.getInstance(TokenAuthenticator.class);
    }

    /**
     * The accounts' passwords, in the shared store, hashed at the cost the {@code modules.UserManager} settings
     * give.
     *
     * @throws dev.uapi.spi.SettingsException when those settings are invalid
     */
    public PasswordStore passwords() {
        SecureRandom random = injector.getInstance(SecureRandom.class);
        Argon2Parameters cost = Argon2Parameters.from(
                new MapModuleSettings(PasswordStore.NAMESPACE, settings.module(PasswordStore.NAMESPACE)));
        return new PasswordStore(signInStorage(), new PasswordHasher(cost, random), sessions(Clock.systemUTC()));
    }

    /** The sessions, in the shared store, timed by a clock. */
    public SessionStore sessions(Clock clock) {
        return new SessionStore(signInStorage(), injector.getInstance(SecureRandom.class), clock);
    }

    /** Where passwords, sessions and failed-login counts live: the {@code UserManager} module's storage. */
    public ModuleStorage signInStorage() {
        return injector.getInstance(StorageEngine.class).forModule(PasswordStore.NAMESPACE);
    }

    /** The settings. */
    public UapiSettings settings() {
        return settings;
    }

    /**
     * Every settings problem of the modules' sections, worded as the file's own: sections for modules no
     * plugin provides, values a module refused, keys a module that loaded never read. Complete after
     * {@link #loadAll()}; before, it covers the modules created so far.
     */
    public List<String> moduleSettingsProblems() {
        return settingsProblems(registry().loadAll());
    }

    /**
     * As {@link #moduleSettingsProblems()}, for the modules created so far only: creates none. The server
     * checks this before it serves, having created every module whose section the file has.
     */
    public List<String> createdModuleSettingsProblems() {
        return settingsProblems(plugins().stream().flatMap(plugin -> plugin.problems().stream()).toList());
    }

    private List<String> settingsProblems(List<StartupProblem> found) {
        Set<String> problems = new LinkedHashSet<>(
                injector.getInstance(ModuleSettingsBook.class).problems(moduleNames()));
        for (StartupProblem problem : found) {
            // the registry words a module's unknown and refused keys as the file's own problems
            if (problem.message().startsWith("uapi.yaml: ")) {
                problems.add(problem.message());
            }
        }
        return List.copyOf(problems);
    }

    /** Sections of {@code modules:} that no plugin provides a module for; creates no module. */
    public List<String> unknownModuleSections() {
        return injector.getInstance(ModuleSettingsBook.class).unknownSections(moduleNames());
    }

    /** Where the data is, for the startup line; never a password. */
    public String storageDescription() {
        return injector.getInstance(StorageEngine.class).describe();
    }

    /**
     * Reads the server key now, creating it on a first start. The command line leaves it to the first call
     * that needs a secret; the server calls this before it serves, so that a bad key stops it at once.
     *
     * @throws dev.uapi.dispatcher.crypto.ServerKeyException when the key file is missing, malformed or
     *     readable by others
     */
    public void loadServerKey() {
        injector.getInstance(OnFirstUseCipher.class).ready();
    }

    /** Creates every module now and returns every problem found (the server's startup check). */
    public List<StartupProblem> loadAll() {
        return registry().loadAll();
    }

    /**
     * Each plugin, from the class path and from the plugins directory, with the modules it registered and its
     * problems: after {@link #loadAll()}, the server's startup lines.
     */
    public List<PluginReport> plugins() {
        return registry().plugins();
    }

    /** The names of the modules the plugins provide, sorted. */
    public List<String> moduleNames() {
        return registry().slots().stream().map(slot -> slot.name()).sorted().toList();
    }

    /**
     * Reads the plugins directories again and swaps in the plugins added, changed or removed since; calls
     * running meanwhile finish on the version they started on. See {@link PluginReloader}.
     */
    public PluginReload reloadPlugins() {
        return injector.getInstance(PluginReloader.class).reload();
    }

    /** Closes the store and the jars of the plugins in use. */
    @Override
    public void close() {
        try {
            injector.getInstance(StorageEngine.class).close();
        } finally {
            injector.getInstance(PluginReloader.class).close();
        }
    }
}
