package dev.uapi.dispatcher.passwords;

import dev.uapi.spi.ModuleSettings;

/**
 * The cost of hashing a new password with Argon2id. Stored hashes carry their own parameters (PHC string), so
 * changing these affects only passwords set afterwards.
 *
 * @param memoryKib memory in KiB
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism) {

    /** RFC 9106 §4, the second recommended option: 64 MiB, 3 passes, 4 lanes (16-byte salt, 32-byte tag). */
    public static final Argon2Parameters RFC_9106_SECOND = new Argon2Parameters(64 * 1024, 3, 4);

    /** Checks Argon2's own limits: at least 8 KiB per lane, one pass, one lane. */
    public Argon2Parameters {
        if (parallelism < 1 || parallelism > 255 || iterations < 1 || memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("invalid Argon2 parameters: m=" + memoryKib + ", t=" + iterations
                    + ", p=" + parallelism);
        }
    }

    /**
     * The parameters of the {@code modules.UserManager} settings ({@code argon2_memory_kib},
     * {@code argon2_iterations}, {@code argon2_parallelism}), RFC 9106's second option by default.
     *
     * @throws dev.uapi.spi.SettingsException when a value is out of range
     */
    public static Argon2Parameters from(ModuleSettings settings) {
        Argon2Parameters d = RFC_9106_SECOND;
        int parallelism = (int) settings.integer("argon2_parallelism", d.parallelism(), 1, 16);
        return new Argon2Parameters(
                (int) settings.integer("argon2_memory_kib", d.memoryKib(), 8L * parallelism, 4L * 1024 * 1024),
                (int) settings.integer("argon2_iterations", d.iterations(), 1, 100),
                parallelism);
    }
}
