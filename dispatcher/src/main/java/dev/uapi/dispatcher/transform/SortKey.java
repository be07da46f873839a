package dev.uapi.dispatcher.transform;

/**
 * One field value reduced, once per record and sort, to what its sort method compares (the Schwartzian
 * transform cPanel uses too). Keys compare by rank first, then by value within a rank.
 *
 * @param rank where the value falls in every method's order
 * @param value what orders values of the same rank; of one type per method and rank, null when all are equal
 */
record SortKey(Rank rank, Comparable<?> value) implements Comparable<SortKey> {

    /** An absent field, a null value, or an item that is not a record. */
    static final SortKey ABSENT = new SortKey(Rank.ABSENT, null);

    /** A value equal to 0 under {@code numeric_zero_as_max}. */
    static final SortKey ZERO = new SortKey(Rank.ZERO, null);

    /** A map, a list or another object: they sort after all scalars and keep their order among themselves. */
    static final SortKey NESTED = new SortKey(Rank.NESTED, null);

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
        /** Nested values. */
        NESTED
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compareTo(SortKey other) {
        int byRank = rank.compareTo(other.rank);
        if (byRank != 0 || value == null || other.value == null) {
            return byRank;
        }
        // Safe: within one sort and rank, every key's value comes from the same branch of SortMethod.key.
        return ((Comparable) value).compareTo(other.value);
    }
}
