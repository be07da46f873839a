package dev.uapi.spi;

/**
 * The kind of value a parameter takes, for documentation, {@code uapi --list} and generated clients.
 *
 * <p>The dispatcher enforces it before the handler runs: a value given for an {@link #INTEGER},
 * {@link #BOOLEAN} or {@link #UNIX_TIME} parameter that is not of that kind is refused with the text of the
 * matching typed read of {@link Arguments} (see {@link Arguments#checkType}); an empty value passes, as "not
 * given". Values still reach the handler as text: read them with {@link Arguments#integer},
 * {@link Arguments#bool} or {@link Arguments#unixTime}.
 */
public enum ParameterType {
    /** Free text. */
    STRING,
    /** A whole number in decimal: an optional {@code -}, then ASCII digits, within a signed 64-bit range. */
    INTEGER,
    /** {@code 1} or {@code 0} ({@code true} and {@code false} from a JSON body are read the same way). */
    BOOLEAN,
    /** Whole seconds since the Unix epoch, {@code 0} or more. */
    UNIX_TIME,
    /** A nested JSON object or array; only for functions that accept nested data. */
    NESTED
}
