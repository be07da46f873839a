package dev.uapi.dispatcher.storage;

import java.util.Optional;

/**
 * The keys that start with a prefix, as the half-open range {@code [prefix, successor)} in code point order.
 *
 * <p>A range rather than {@code LIKE 'prefix%'}: SQLite's {@code LIKE} ignores ASCII case, {@code %} and
 * {@code _} in a prefix would need escaping, and a range is answered from the primary key index in both
 * databases. Both compare text as UTF-8 bytes (see {@link SqlDialect}), which is code point order.
 *
 * @param from the prefix itself, the smallest key in the range
 * @param until the smallest string after every key with the prefix; empty when there is none (the prefix is
 *     empty or made only of U+10FFFF)
 */
record PrefixRange(String from, Optional<String> until) {

    static PrefixRange of(String prefix) {
        return new PrefixRange(prefix, successor(prefix));
    }

    /** Drops trailing U+10FFFF and increments the last code point, skipping the surrogate block. */
    private static Optional<String> successor(String prefix) {
        int end = prefix.length();
        while (end > 0) {
            int last = prefix.codePointBefore(end);
            int start = end - Character.charCount(last);
            if (last != Character.MAX_CODE_POINT) {
                int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
                return Optional.of(prefix.substring(0, start) + Character.toString(next));
            }
            end = start;
        }
        return Optional.empty();
    }
}
