package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

/**
 * The declaration of one parameter of a function: data for validation, documentation and the test kit.
 *
 * @param name the argument's key
 * @param required whether a call must give it
 * @param type the kind of value
 * @param description one sentence for the reference pages
 * @param example an example value (never a real secret); may be empty
 */
public record Parameter(String name, boolean required, ParameterType type, String description, String example) {

    /** Checks for nulls. */
    public Parameter {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(description, "description is null");
        requireNonNull(example, "example is null");
    }

    /** A required parameter. */
    public static Parameter required(String name, ParameterType type, String description, String example) {
        return new Parameter(name, true, type, description, example);
    }

    /** An optional parameter. */
    public static Parameter optional(String name, ParameterType type, String description, String example) {
        return new Parameter(name, false, type, description, example);
    }
}
