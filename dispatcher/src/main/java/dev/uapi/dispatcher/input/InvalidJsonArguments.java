package dev.uapi.dispatcher.input;

import static java.util.Objects.requireNonNull;

/** A JSON input of arguments that cannot be used; each front end words it for its own caller. */
public final class InvalidJsonArguments extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the input. */
    public enum Problem {
        /** Nothing but white space. */
        EMPTY,
        /** Not JSON; the detail says where (line and column). */
        NOT_JSON,
        /** JSON over one of the {@link JsonLimits}; the detail says which ("nested more than 1000 levels deep"). */
        OVER_LIMIT,
        /** JSON, but its top level is not an object; the detail says what it is ("an array"). */
        NOT_AN_OBJECT
    }

    private final Problem problem;
    private final String detail;

    InvalidJsonArguments(Problem problem, String detail) {
        super(problem + ": " + detail, null, false, false);
        this.problem = requireNonNull(problem, "problem is null");
        this.detail = requireNonNull(detail, "detail is null");
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /**
     * Where (for {@link Problem#NOT_JSON}), which limit (for {@link Problem#OVER_LIMIT}) or what (for
     * {@link Problem#NOT_AN_OBJECT}); never the input.
     */
    public String detail() {
        return detail;
    }
}
