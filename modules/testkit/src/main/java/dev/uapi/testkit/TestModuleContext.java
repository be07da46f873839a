package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link ModuleContext} made of the kit's fakes, for running a module's factory in a test. Its accessors
 * return the fakes' own types, so a test can move the clock, inspect the store or read the log directly.
 *
 * <pre>{@code
 * TestModuleContext context = TestModuleContext.builder("TwoFactorAuth")
 *         .setting("issuer", "Example")
 *         .build();
 * ApiModule module = new TwoFactorAuthModuleFactory().create(context);
 * context.clock().advance(Duration.ofSeconds(30));
 * assertThat(context.storage().writes()).isEmpty();
 * }</pre>
 *
 * <p>Every accessor returns the same object for the life of the context, as the SPI requires.
 */
public final class TestModuleContext implements ModuleContext {

    /** Where a {@link TestClock} starts unless told otherwise: the instant of RFC 6238's {@code 005924}. */
    public static final Instant DEFAULT_INSTANT = Instant.ofEpochSecond(1_234_567_890L);

    private final InMemoryModuleStorage storage;
    private final TestClock clock;
    private final SecureRandom random;
    private final TestModuleSettings settings;
    private final RecordingLogger logger;
    private final TestSecretCipher secretCipher;
    private final RecordingEvents events = new RecordingEvents();

    private TestModuleContext(
            InMemoryModuleStorage storage,
            TestClock clock,
            SecureRandom random,
            TestModuleSettings settings,
            RecordingLogger logger,
            TestSecretCipher secretCipher) {
        this.storage = requireNonNull(storage, "storage is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.random = requireNonNull(random, "random is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.logger = requireNonNull(logger, "logger is null");
        this.secretCipher = requireNonNull(secretCipher, "secretCipher is null");
    }

    /**
     * Starts a context for a module: an empty store, a clock at {@link #DEFAULT_INSTANT}, randomness seeded
     * with 0, no settings, a recording logger and the test cipher.
     *
     * @param module the module's name, for the logger and settings messages
     */
    public static Builder builder(String module) {
        return new Builder(module);
    }

    @Override
    public InMemoryModuleStorage storage() {
        return storage;
    }

    @Override
    public TestClock clock() {
        return clock;
    }

    @Override
    public SecureRandom random() {
        return random;
    }

    @Override
    public TestModuleSettings settings() {
        return settings;
    }

    @Override
    public RecordingLogger logger() {
        return logger;
    }

    @Override
    public RecordingEvents events() {
        return events;
    }

    @Override
    public TestSecretCipher secretCipher() {
        return secretCipher;
    }

    /** Builds a {@link TestModuleContext}; not thread-safe. */
    public static final class Builder {
        private final String module;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private InMemoryModuleStorage storage = new InMemoryModuleStorage();
        private TestClock clock = TestClock.at(DEFAULT_INSTANT);
        private SecureRandom random = SeededSecureRandom.withSeed(0);
        private TestSecretCipher secretCipher = new TestSecretCipher();

        private Builder(String module) {
            this.module = requireNonNull(module, "module is null");
        }

        /** Adds a setting of the module's section. */
        public Builder setting(String key, String value) {
            settings.put(requireNonNull(key, "key is null"), requireNonNull(value, "value of " + key + " is null"));
            return this;
        }

        /** Shares a store, for example to play two server processes on one database. */
        public Builder storage(InMemoryModuleStorage storage) {
            this.storage = requireNonNull(storage, "storage is null");
            return this;
        }

        /** Uses a clock, for example one shared by two contexts. */
        public Builder clock(TestClock clock) {
            this.clock = requireNonNull(clock, "clock is null");
            return this;
        }

        /** Starts the clock at an instant. */
        public Builder now(Instant instant) {
            this.clock = TestClock.at(instant);
            return this;
        }

        /** Seeds the randomness. */
        public Builder randomSeed(long seed) {
            this.random = SeededSecureRandom.withSeed(seed);
            return this;
        }

        /** Uses a cipher, for example one shared by two contexts so that each opens what the other sealed. */
        public Builder secretCipher(TestSecretCipher secretCipher) {
            this.secretCipher = requireNonNull(secretCipher, "secretCipher is null");
            return this;
        }

        /** Builds the context. */
        public TestModuleContext build() {
            return new TestModuleContext(
                    storage,
                    clock,
                    random,
                    TestModuleSettings.of(module, settings),
                    new RecordingLogger(module),
                    secretCipher);
        }
    }
}
