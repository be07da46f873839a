package dev.uapi.dispatcher.testing;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.accounts.AccountDirectory;
import dev.uapi.dispatcher.accounts.AccountRules;
import dev.uapi.dispatcher.internal.ApiArguments;
import dev.uapi.dispatcher.internal.DefaultDispatcher;
import dev.uapi.dispatcher.modules.DiscoveredPlugin;
import dev.uapi.dispatcher.modules.HostModuleContext;
import dev.uapi.spi.MapModuleSettings;
import dev.uapi.dispatcher.modules.ModuleRegistry;
import dev.uapi.dispatcher.tokens.TokenAuthenticator;
import dev.uapi.dispatcher.tokens.TokensModuleFactory;
import dev.uapi.dispatcher.tokens.TokensPlugin;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.UapiPlugin;
import dev.uapi.testkit.InMemoryModuleStorage;
import dev.uapi.testkit.RecordingLogger;
import dev.uapi.testkit.SeededSecureRandom;
import dev.uapi.testkit.TestClock;
import dev.uapi.testkit.TestSecretCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real dispatcher over the kit's fakes: the built-in {@link TokensPlugin} plus any test plugins, one
 * in-memory store per module that a test can look into, and a clock the test moves.
 */
public final class TestHost {

    /** The time the clock starts at. */
    public static final long NOW = 1_700_000_000L;

    private final TestClock clock = TestClock.at(Instant.ofEpochSecond(NOW));
    private final Map<String, InMemoryModuleStorage> storages = new ConcurrentHashMap<>();
    private final TokenAuthenticator tokenAuthenticator = new TokenAuthenticator(storage("Tokens"), clock);
    private final ModuleRegistry registry;
    private final DefaultDispatcher dispatcher;

    /**
     * @param accounts accounts with rules other than the defaults (demo, features off)
     * @param plugins test plugins beside the Tokens module
     */
    public TestHost(Map<String, AccountRules> accounts, UapiPlugin... plugins) {
        List<DiscoveredPlugin> discovered = new ArrayList<>();
        discovered.add(new DiscoveredPlugin(TokensPlugin.class.getName(), new TokensPlugin(), List.of()));
        for (UapiPlugin plugin : plugins) {
            discovered.add(new DiscoveredPlugin(plugin.getClass().getName(), plugin, List.of()));
        }
        registry = ModuleRegistry.of(discovered, name -> new HostModuleContext(lent(name), clock,
                SeededSecureRandom.withSeed(name.hashCode()), new MapModuleSettings(name, Map.of()),
                new RecordingLogger(name), new TestSecretCipher()));
        dispatcher = new DefaultDispatcher(registry, new AccountDirectory(accounts), new ApiArguments());
    }

    /** The authenticator the server uses, over the Tokens module's store, told of changes as the host's is. */
    public TokenAuthenticator tokenAuthenticator() {
        return tokenAuthenticator;
    }

    /** The modules, as the server's OpenAPI document sees them. */
    public ModuleRegistry registry() {
        return registry;
    }

    /** The dispatcher. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** The clock every module reads. */
    public TestClock clock() {
        return clock;
    }

    /** A module's store. */
    public InMemoryModuleStorage storage(String module) {
        return storages.computeIfAbsent(module, name -> new InMemoryModuleStorage());
    }

    private ModuleStorage lent(String module) {
        return module.equals(TokensModuleFactory.MODULE_NAME) ? tokenAuthenticator.watching(storage(module))
                : storage(module);
    }

    /** Calls a function with {@code key, value, key, value, ...} arguments. */
    public Envelope call(String account, String module, String function, String... keysAndValues) {
        Arguments.Builder arguments = Arguments.builder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            arguments.add(keysAndValues[i], keysAndValues[i + 1]);
        }
        return dispatcher.call(account, module, function, arguments.build());
    }
}
