package dev.uapi.dispatcher.internal;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.FatalErrorHandler;
import dev.uapi.dispatcher.accounts.AccountDirectory;
import dev.uapi.dispatcher.crypto.OnFirstUseCipher;
import dev.uapi.dispatcher.crypto.ServerKey;
import dev.uapi.dispatcher.crypto.ServerKeyCipher;
import dev.uapi.dispatcher.modules.DiscoveredPlugin;
import dev.uapi.dispatcher.modules.HostModuleContext;
import dev.uapi.dispatcher.modules.ModuleContexts;
import dev.uapi.dispatcher.modules.ModuleRegistry;
import dev.uapi.dispatcher.modules.PluginDirectories;
import dev.uapi.dispatcher.modules.PluginDiscovery;
import dev.uapi.dispatcher.modules.PluginReloader;
import dev.uapi.dispatcher.observe.HostObserver;
import dev.uapi.dispatcher.observe.ObservedDispatcher;
import dev.uapi.dispatcher.settings.ModuleSettingsBook;
import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.dispatcher.settings.StorageSettings;
import dev.uapi.dispatcher.settings.UapiSettings;
import dev.uapi.dispatcher.storage.PostgresStorageEngine;
import dev.uapi.dispatcher.storage.SqliteNativeLibrary;
import dev.uapi.dispatcher.storage.SqliteStorageEngine;
import dev.uapi.dispatcher.storage.StorageEngine;
import dev.uapi.dispatcher.tokens.TokenAuthenticator;
import dev.uapi.dispatcher.tokens.TokensModuleFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The host's wiring: every binding explicit, every service a singleton created at startup
 * ({@code Stage.PRODUCTION}), so that a broken settings file or store fails the start rather than a call.
 * Two things wait for first use, to keep a command-line call short: the server key ({@link OnFirstUseCipher};
 * the server loads it before serving) and each module ({@link ModuleRegistry}).
 */
public final class HostModule extends AbstractModule {

    /** The system property that names the installation's directory of bundled plugins, set by the launchers. */
    public static final String BUNDLED_PLUGINS = "uapi.bundled.plugins";

    private final UapiSettings settings;
    private final StoreOpening store;
    private final HostObserver observer;
    private final FatalErrorHandler fatal;

    /**
     * @param settings the host's settings
     * @param store the store being opened ({@link StoreOpening}); each service that needs it waits for it.
     *     Awaited and closed by whoever started it
     * @param observer told of calls, store errors and modules' events (the server's metrics)
     * @param fatal what to do after a handler's fatal error was logged and answered
     */
    public HostModule(UapiSettings settings, StoreOpening store, HostObserver observer, FatalErrorHandler fatal) {
        this.settings = requireNonNull(settings, "settings is null");
        this.store = requireNonNull(store, "store is null");
        this.observer = requireNonNull(observer, "observer is null");
        this.fatal = requireNonNull(fatal, "fatal is null");
    }

    /**
     * Opens the store the settings name.
     *
     * @throws dev.uapi.spi.StorageException when it cannot be opened
     */
    public static StorageEngine openStorage(UapiSettings settings) {
        StorageSettings storage = settings.storage();
        if (storage.engine().equals("postgresql")) {
            return PostgresStorageEngine.open(storage.postgresUrl(), storage.postgresUser(),
                    storage.postgresPassword(), storage.poolSize(), Duration.ofSeconds(storage.timeoutSeconds()));
        }
        // a short-lived command-line process would otherwise unpack the driver's native library on every call
        SqliteNativeLibrary.cacheIn(settings.home().resolve("lib"));
        return SqliteStorageEngine.open(storage.sqliteFile());
    }

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        binder().requireAtInjectOnConstructors();
        bind(UapiSettings.class).toInstance(settings);
        // unscoped: each injection asks the opening, which waits the first time and returns the same engine after
        bind(StorageEngine.class).toProvider((Provider<StorageEngine>) store::await);
        bind(ModuleSettingsBook.class).toInstance(new ModuleSettingsBook(settings.modules()));
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(FatalErrorHandler.class).toInstance(fatal);
        bind(ApiArguments.class).in(Singleton.class);
        bind(DefaultDispatcher.class).in(Singleton.class);
        bind(HostObserver.class).toInstance(observer);
    }

    @Provides
    @Singleton
    Dispatcher dispatcher(DefaultDispatcher dispatcher, ModuleRegistry registry) {
        // without an observer, nothing stands between a front end and the dispatcher
        return observer == HostObserver.NONE ? dispatcher : new ObservedDispatcher(dispatcher, registry, observer);
    }

    @Provides
    @Singleton
    SecureRandom random() {
        return new SecureRandom();
    }

    @Provides
    @Singleton
    AccountDirectory accounts() {
        return new AccountDirectory(settings.accounts());
    }

    @Provides
    @Singleton
    OnFirstUseCipher cipher(SecureRandom random) {
        return new OnFirstUseCipher(() -> new ServerKeyCipher(ServerKey.loadOrCreate(settings.keyFile(), random), random));
    }

    @Provides
    @Singleton
    PluginDirectories pluginDirectories() {
        return PluginDirectories.open(pluginRoots(settings), HostModule.class.getClassLoader());
    }

    /**
     * The directories whose subdirectories are plugins, in the order they are read: the installation's bundled
     * plugins, which the launchers name ({@value #BUNDLED_PLUGINS}: TwoFactorAuth and any other, loaded like the
     * user's, before them), then {@code plugins.dir} of the settings.
     */
    public static List<Path> pluginRoots(UapiSettings settings) {
        String bundled = System.getProperty(BUNDLED_PLUGINS, "");
        return bundled.isBlank() ? List.of(settings.pluginsDirectory())
                : List.of(Path.of(bundled), settings.pluginsDirectory());
    }

    @Provides
    @Singleton
    TokenAuthenticator tokenAuthenticator(StorageEngine storage, Clock clock) {
        // the same storage the Tokens module is lent, so a token made by bin/uapi works at once over HTTP
        return new TokenAuthenticator(storage.forModule(TokensModuleFactory.MODULE_NAME), clock);
    }

    @Provides
    @Singleton
    ModuleRegistry registry(StorageEngine storage, OnFirstUseCipher cipher, Clock clock, SecureRandom random,
            TokenAuthenticator tokens, PluginDirectories directories, ModuleSettingsBook moduleSettings) {
        ModuleContexts contexts = contexts(moduleSettings, storage, cipher, clock, random, tokens);
        // the class path first: a plugin directory cannot take over a module the host ships
        List<DiscoveredPlugin> plugins = new ArrayList<>(
                PluginDiscovery.discover(HostModule.class.getClassLoader(), PluginDiscovery.CLASS_PATH));
        plugins.addAll(directories.plugins());
        return ModuleRegistry.of(plugins, contexts);
    }

    @Provides
    @Singleton
    PluginReloader pluginReloader(ModuleRegistry registry, PluginDirectories directories, StorageEngine storage,
            OnFirstUseCipher cipher, Clock clock, SecureRandom random, TokenAuthenticator tokens) {
        // a reload reads the file's modules: section again, so that a new plugin's settings can come with it
        return new PluginReloader(registry, directories,
                () -> new ModuleSettingsBook(SettingsReader.read(settings.home()).modules()),
                book -> contexts(book, storage, cipher, clock, random, tokens));
    }

    private ModuleContexts contexts(ModuleSettingsBook moduleSettings, StorageEngine storage, OnFirstUseCipher cipher,
            Clock clock, SecureRandom random, TokenAuthenticator tokens) {
        return name -> new HostModuleContext(
                // the Tokens module writes through a view that tells the authenticator to drop its cache
                name.equals(TokensModuleFactory.MODULE_NAME) ? tokens.watching(storage.forModule(name))
                        : storage.forModule(name),
                clock,
                random,
                moduleSettings.forModule(name),
                System.getLogger("uapi.module." + name),
                cipher,
                observer.events(name));
    }
}
