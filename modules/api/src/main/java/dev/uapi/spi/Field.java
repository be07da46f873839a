package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

/**
 * One member of what a function returns: its name, JSON type and meaning, for {@code /openapi.json}, the
 * reference pages and the test kit's check of the answers.
 *
 * @param name the member's key
 * @param type its JSON type
 * @param description one sentence for the reference pages
 * @param required whether every answer has it; an optional member may be left out, never null
 * @param nullable whether it may be {@code null}
 */
public record Field(String name, FieldType type, String description, boolean required, boolean nullable) {

    /** Checks for nulls. */
    public Field {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type of " + name + " is null");
        requireNonNull(description, "description of " + name + " is null");
    }

    /** A member every answer has, never null. */
    public static Field of(String name, FieldType type, String description) {
        return new Field(name, type, description, true, false);
    }

    /** A member every answer has, which may be {@code null}. */
    public static Field nullable(String name, FieldType type, String description) {
        return new Field(name, type, description, true, true);
    }

    /** A member that some answers leave out. */
    public static Field optional(String name, FieldType type, String description) {
        return new Field(name, type, description, false, false);
    }
}
