package dev.uapi.dispatcher.input;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits of a JSON object of arguments, stated here rather than left to Jackson's defaults so that the
 * documentation (server.md, uapi.md) and the error texts name the same numbers. A body is also bounded in
 * bytes by the server's {@code max_body_bytes}.
 */
public final class JsonLimits {

    /**
     * The deepest nesting of objects and arrays, the top-level object included. Far below Jackson's 1000: an
     * argument nested this deep is already absurd, and a module that hands an argument back inside its own
     * data must stay within the output limit, {@link dev.uapi.spi.PlainData#MAX_DEPTH} (100 levels).
     */
    public static final int MAX_DEPTH = 64;
    /** The longest member name, in characters. */
    public static final int MAX_NAME_LENGTH = 50_000;
    /** The longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 1000;
    /** The longest string value, in characters. */
    public static final int MAX_STRING_LENGTH = 20_000_000;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build();

    private JsonLimits() {
    }

    /**
     * Which limit the input went over, in words ("nested more than 1000 levels deep"). Jackson says it only in
     * its message, which also names its own classes; the texts here are ours.
     */
    static String exceeded(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (message.startsWith("Name length")) {
            return "a member name longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (message.startsWith("String value length")) {
            return "a string longer than " + MAX_STRING_LENGTH + " characters";
        }
        return "over a size limit";
    }
}
