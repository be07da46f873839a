package dev.uapi.spi;

/**
 * The kind of value a parameter takes, for documentation, {@code uapi --list} and generated clients. The
 * dispatcher does not convert values: a handler reads strings through {@link Arguments}.
 */
public enum ParameterType {
    /** Free text. */
    STRING,
    /** A whole number in decimal. */
    INTEGER,
    /** {@code 1} or {@code 0}. */
    BOOLEAN,
    /** Seconds since the Unix epoch. */
    UNIX_TIME,
    /** A nested JSON object or array; only for functions that accept nested data. */
    NESTED
}
