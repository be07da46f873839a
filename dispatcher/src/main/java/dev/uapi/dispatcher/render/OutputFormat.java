package dev.uapi.dispatcher.render;

import java.util.Locale;

/** The command line's output formats, as {@code --output} names them. */
public enum OutputFormat {
    /** Compact JSON on one line. */
    JSON,
    /** Indented JSON. */
    JSONPRETTY,
    /** YAML, the command line's default. */
    YAML,
    /** XML with root element {@code result}. */
    XML;

    /**
     * The format of an {@code --output} value, case-insensitive.
     *
     * @throws IllegalArgumentException naming the value and the formats there are
     */
    public static OutputFormat of(String name) {
        for (OutputFormat format : values()) {
            if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown output format “" + name + "”; use json, jsonpretty, yaml or xml.");
    }
}
