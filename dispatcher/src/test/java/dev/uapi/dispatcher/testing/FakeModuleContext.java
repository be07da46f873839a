package dev.uapi.dispatcher.testing;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleSettings;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.SecretCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/** A {@link ModuleContext} over test doubles: given storage and clock, no settings, no cipher. */
public final class FakeModuleContext implements ModuleContext {

    private final ModuleStorage storage;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public FakeModuleContext(ModuleStorage storage, Clock clock) {
        this.storage = requireNonNull(storage, "storage is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public ModuleStorage storage() {
        return storage;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public SecureRandom random() {
        return random;
    }

    @Override
    public ModuleSettings settings() {
        return new ModuleSettings() {
            @Override
            public String text(String key, String defaultValue) {
                return defaultValue;
            }

            @Override
            public long integer(String key, long defaultValue, long min, long max) {
                return defaultValue;
            }

            @Override
            public String choice(String key, String defaultValue, Set<String> allowed) {
                return defaultValue;
            }

            @Override
            public Set<String> keys() {
                return Set.of();
            }
        };
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("test");
    }

    @Override
    public SecretCipher secretCipher() {
        throw new UnsupportedOperationException("no secret cipher in this test");
    }
}
