package dev.uapi.dispatcher.modules;

import dev.uapi.spi.ApiModule;
import dev.uapi.spi.MapModuleSettings;
import dev.uapi.spi.ModuleFactory;
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
import java.util.function.Function;

/** Registries of hand-written test plugins, with the kit's fakes as each module's context. */
public final class TestRegistries {

    private TestRegistries() {
    }

    /** A factory that builds a fixed module. */
    public static ModuleFactory factory(ApiModule module) {
        return factory(module.name(), context -> module);
    }

    /** A factory with its own creation code. */
    public static ModuleFactory factory(String name, Function<dev.uapi.spi.ModuleContext, ApiModule> create) {
        return new ModuleFactory() {
            @Override
            public String moduleName() {
                return name;
            }

            @Override
            public ApiModule create(dev.uapi.spi.ModuleContext context) {
                return create.apply(context);
            }
        };
    }

    /** A plugin named {@code name} with these factories. */
    public static DiscoveredPlugin plugin(String name, ModuleFactory... factories) {
        UapiPlugin plugin = () -> List.of(factories);
        return new DiscoveredPlugin(name, plugin, List.of());
    }

    /** A registry of plugins, every module with empty settings. */
    public static ModuleRegistry registry(DiscoveredPlugin... plugins) {
        return registry(Map.of(), plugins);
    }

    /** A registry of plugins with per-module settings. */
    public static ModuleRegistry registry(Map<String, Map<String, String>> settings, DiscoveredPlugin... plugins) {
        return ModuleRegistry.of(new ArrayList<>(List.of(plugins)), contexts(settings));
    }

    /** Contexts over in-memory fakes, with per-module settings. */
    public static ModuleContexts contexts(Map<String, Map<String, String>> settings) {
        return name -> new HostModuleContext(
                new InMemoryModuleStorage(),
                TestClock.at(Instant.ofEpochSecond(1_700_000_000L)),
                SeededSecureRandom.withSeed(1),
                new MapModuleSettings(name, settings.getOrDefault(name, Map.of())),
                new RecordingLogger(name),
                new TestSecretCipher());
    }
}
