package dev.uapi.dispatcher.transform;

/**
 * How many characters one {@code matches} filter may read in one call, counting every re-read a backtracking
 * regular expression makes. One per filter and call; one thread.
 *
 * <p>A value may cost {@value #PER_VALUE} reads plus {@value #PER_CHARACTER} per character of the value; all
 * values together may cost {@value #PER_CALL}. Sane patterns read each character a handful of times; a pattern
 * with catastrophic backtracking reaches a limit within milliseconds.
 */
final class ReadBudget {

    static final long PER_VALUE = 1_000_000;
    static final long PER_CHARACTER = 100;
    static final long PER_CALL = 25_000_000;

    private long callReads;
    private long valueReads;
    private long valueLimit;

    /** Starts a new value of the given length. */
    void startValue(int length) {
        valueReads = 0;
        valueLimit = PER_VALUE + PER_CHARACTER * length;
    }

    /**
     * Counts one read.
     *
     * @throws ExceededException when the value or the call is over its limit
     */
    void read() {
        valueReads++;
        callReads++;
        if (valueReads > valueLimit || callReads > PER_CALL) {
            throw new ExceededException();
        }
    }

    /** Thrown out of the regular expression engine to abandon a match; no stack trace, it is not a fault. */
    static final class ExceededException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ExceededException() {
            super("read budget exceeded", null, false, false);
        }
    }
}
