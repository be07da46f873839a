package dev.uapi.spi;

/** The JSON type of a value a function returns, as a {@link Returns} declaration names it. */
public enum FieldType {
    /** A JSON string. */
    STRING,
    /** A whole number: a Java {@code Integer}, {@code Long}, {@code Short}, {@code Byte} or {@code BigInteger}. */
    INTEGER,
    /** Any JSON number, whole or not. */
    NUMBER,
    /** The contract's boolean: the number {@code 1} or {@code 0}, as cPanel answers it (never {@code true}). */
    BOOLEAN,
    /** Seconds since the Unix epoch, a whole number. */
    UNIX_TIME,
    /** A JSON object, a {@code Map} with text keys. */
    OBJECT,
    /** A JSON array, a {@code List}. */
    ARRAY
}
