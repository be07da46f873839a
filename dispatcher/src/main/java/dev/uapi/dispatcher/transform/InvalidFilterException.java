package dev.uapi.dispatcher.transform;

/**
 * A filter whose arguments cannot be used; its message is the note for the caller, and the filter is skipped.
 * Cheap: it carries no stack trace, since it is an answer to bad input, not a fault.
 */
final class InvalidFilterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidFilterException(String note) {
        super(note, null, false, false);
    }
}
