package dev.uapi.dispatcher.transform;

import java.util.Arrays;
import java.util.List;

/**
 * The key of one sort for every item of a list, computed once per item (the Schwartzian transform cPanel uses
 * too) into primitive arrays indexed by the item's position: a rank per item, then a number or a text that
 * orders items of the same rank. A list of a million records makes three arrays, not a million key objects.
 *
 * <p>Ranks come first, in the order of {@link Rank}; within a rank, numbers compare as {@link Double#compare}
 * does ({@code -0.0} before {@code 0.0}, NaN last), ipv4 addresses as unsigned 32-bit numbers and texts by
 * UTF-16 code unit. {@link #compare} applies the sort's direction.
 */
final class SortKeys {

    /** The ascending order of ranks; a reversed sort reverses it too. */
    enum Rank {
        /** Nothing sorts before something, as an absent value (the empty string) does in cPanel; not numeric. */
        ABSENT,
        /** Values the method understands: Perl numbers for numeric (null is 0), addresses for ipv4, any scalar
         * for lexicographic. */
        ORDERED,
        /** Zero under {@code numeric_zero_as_max}, where 0 means unlimited: after every other number. */
        ZERO,
        /** Scalars ipv4 does not understand, ordered as text. */
        TEXT,
        /** Nested values: they sort after all scalars and keep their order among themselves. */
        NESTED
    }

    private static final byte ORDERED = (byte) Rank.ORDERED.ordinal();
    private static final byte TEXT = (byte) Rank.TEXT.ordinal();

    private static final int MIN_CAPACITY = 16;

    private final SortMethod method;
    private final boolean reverse;
    // the room the first key makes: none is made for a filter pass that never runs
    private final int firstCapacity;
    // grown as keys are added when the number of items is not known in advance (the items a filter keeps)
    private byte[] ranks = new byte[0];
    // the order of ORDERED keys when the method orders numbers (numeric, ipv4); null for lexicographic
    private long[] numbers;
    // the order of ORDERED keys for lexicographic and of TEXT keys for ipv4; null for numeric
    private String[] texts;
    private int size;

    /**
     * No keys yet; {@link #add} adds them.
     *
     * @param capacity how many items the first key makes room for
     * @param method how values become keys
     * @param reverse whether {@link #compare} reverses the order
     */
    SortKeys(int capacity, SortMethod method, boolean reverse) {
        this.method = method;
        this.reverse = reverse;
        this.firstCapacity = Math.max(MIN_CAPACITY, capacity);
        this.numbers = method.ordersNumbers() ? new long[0] : null;
        this.texts = method.ordersTexts() ? new String[0] : null;
    }

    /**
     * The keys of one sort for the visible field of every item.
     *
     * @param items the items, read once in their order
     * @param column the sort's column
     * @param method how values become keys
     * @param reverse whether {@link #compare} reverses the order
     * @param fields the visible fields
     */
    static SortKeys of(List<?> items, String column, SortMethod method, boolean reverse, Fields fields) {
        SortKeys keys = new SortKeys(items.size(), method, reverse);
        for (Object item : items) {
            keys.add(fields.value(item, column));
        }
        return keys;
    }

    /** Adds the key of the next item's field value (null for an absent field). */
    void add(Object value) {
        if (size == ranks.length) {
            grow();
        }
        method.key(value, this, size++);
    }

    /** Forgets every key, keeping the room made for them. */
    void clear() {
        size = 0;
    }

    /** How many items there are keys for. */
    int size() {
        return size;
    }

    /** Gives the item a rank whose keys are all equal: absent, zero or nested. */
    void rank(int slot, Rank rank) {
        ranks[slot] = (byte) rank.ordinal();
    }

    /** Gives the item an ordered number; numbers compare as {@link Double#compare} does. */
    void number(int slot, double number) {
        ranks[slot] = ORDERED;
        long bits = Double.doubleToLongBits(number);
        // flips the magnitude of negative numbers, so that the signed order of the bits is Double.compare's
        numbers[slot] = bits ^ (bits >> 63 & Long.MAX_VALUE);
    }

    /** Gives the item an ordered address, an unsigned 32-bit number. */
    void address(int slot, long address) {
        ranks[slot] = ORDERED;
        numbers[slot] = address;
    }

    /** Gives the item a text of the rank {@link Rank#ORDERED} or {@link Rank#TEXT}. */
    void text(int slot, Rank rank, String text) {
        ranks[slot] = (byte) rank.ordinal();
        texts[slot] = text;
    }

    /** Compares two items' keys in the sort's direction: negative when the item at {@code left} comes first. */
    int compare(int left, int right) {
        return reverse ? ascending(right, left) : ascending(left, right);
    }

    private void grow() {
        int capacity = ranks.length == 0 ? firstCapacity : 2 * ranks.length;
        ranks = Arrays.copyOf(ranks, capacity);
        numbers = numbers == null ? null : Arrays.copyOf(numbers, capacity);
        texts = texts == null ? null : Arrays.copyOf(texts, capacity);
    }

    private int ascending(int left, int right) {
        byte rank = ranks[left];
        if (rank != ranks[right]) {
            return rank < ranks[right] ? -1 : 1;
        }
        if (rank == ORDERED && numbers != null) {
            return Long.compare(numbers[left], numbers[right]);
        }
        if (rank == ORDERED || rank == TEXT) {
            return texts[left].compareTo(texts[right]);
        }
        return 0;
    }
}
