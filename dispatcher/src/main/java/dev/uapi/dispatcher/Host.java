package dev.uapi.dispatcher;

import static java.util.Objects.requireNonNull;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.uapi.dispatcher.crypto.OnFirstUseCipher;
import dev.uapi.dispatcher.internal.HostModule;
import dev.uapi.dispatcher.modules.ModuleRegistry;
import dev.uapi.dispatcher.modules.PluginDirectories;
import dev.uapi.dispatcher.modules.PluginReport;
import dev.uapi.dispatcher.modules.StartupProblem;
import dev.uapi.dispatcher.passwords.Argon2Parameters;
import dev.uapi.dispatcher.passwords.PasswordHasher;
import dev.uapi.dispatcher.passwords.PasswordStore;
import dev.uapi.dispatcher.sessions.SessionStore;
import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.dispatcher.settings.UapiSettings;
import dev.uapi.dispatcher.storage.StorageEngine;
import dev.uapi.dispatcher.tokens.TokenAuthenticator;
import dev.uapi.spi.MapModuleSettings;
import dev.uapi.spi.ModuleStorage;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

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
     * @throws dev.uapi.spi.StorageException when the store cannot be opened
     */
    public static Host start(Path home) {
        return start(SettingsReader.read(requireNonNull(home, "home is null")));
    }

    /** Starts a host with settings already read. */
    public static Host start(UapiSettings settings) {
        return start(settings, FatalErrorHandler.CONTINUE);
    }

    /**
     * Starts a host that hands a handler's fatal error (an {@link OutOfMemoryError}) to {@code fatal} after
     * logging and answering it: the server stops.
     */
    public static Host start(Path home, FatalErrorHandler fatal) {
        return start(SettingsReader.read(requireNonNull(home, "home is null")), fatal);
    }

    private static Host start(UapiSettings settings, FatalErrorHandler fatal) {
        return new Host(Guice.createInjector(Stage.PRODUCTION, new HostModule(settings, fatal)));
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

    /** The {@code server:} section of the settings file, for the server to check. */
    public Map<String, Object> serverSettings() {
        return settings.server();
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

    /** Closes the store and the plugin directories' jars. */
    @Override
    public void close() {
        try {
            injector.getInstance(StorageEngine.class).close();
        } finally {
            injector.getInstance(PluginDirectories.class).close();
        }
    }
}
