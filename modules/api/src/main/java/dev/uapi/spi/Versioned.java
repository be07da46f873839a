package dev.uapi.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A stored value with its version.
 *
 * @param version the version, 1 or more
 * @param value the stored bytes; the record copies them on the way in and out
 */
public record Versioned(long version, byte[] value) {

    /** The expected version that means "there is no value yet" in {@link ModuleStorage#compareAndSet}. */
    public static final long ABSENT = 0;

    /** Checks the version and copies the bytes. */
    public Versioned {
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1: " + version);
        }
        value = Objects.requireNonNull(value, "value is null").clone();
    }

    /** The stored bytes, copied. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The stored bytes decoded as UTF-8. */
    public String text() {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Versioned that && version == that.version && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(version) + Arrays.hashCode(value);
    }

    /** Shows the version and the size only: a value may be a secret. */
    @Override
    public String toString() {
        return "Versioned[version=" + version + ", " + value.length + " bytes]";
    }
}
