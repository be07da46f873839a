package dev.uapi.dispatcher.transform;

import java.util.Arrays;
import java.util.List;

/**
 * The keys of every sort of a call, one {@link SortKeys} per sort, for items added one at a time: the filter
 * adds each item it keeps while that item is still in the cache, instead of the sort walking the kept records
 * again. On a long list the records do not fit in the cache, and each walk over them reads them from memory.
 */
final class SortKeyTable {

    private final List<SortStage.Sort> sorts;
    private final Fields fields;
    private final SortKeys[] keys;

    /**
     * Keys for no item yet; {@code sorts} is kept, not copied. Room for {@code capacity} items is made when the
     * first is added.
     */
    SortKeyTable(List<SortStage.Sort> sorts, Fields fields, int capacity) {
        this.sorts = sorts;
        this.fields = fields;
        this.keys = new SortKeys[sorts.size()];
        for (int i = 0; i < keys.length; i++) {
            SortStage.Sort sort = sorts.get(i);
            keys[i] = new SortKeys(capacity, sort.method(), sort.reverse());
        }
    }

    /** The keys of every sort for every item, in the items' order. */
    static SortKeyTable of(List<?> items, List<SortStage.Sort> sorts, Fields fields) {
        SortKeyTable table = new SortKeyTable(sorts, fields, items.size());
        for (Object item : items) {
            table.add(item);
        }
        return table;
    }

    /** Adds the keys of the next item: the visible value of each sort's column. */
    void add(Object item) {
        for (int i = 0; i < keys.length; i++) {
            keys[i].add(fields.value(item, sorts.get(i).column()));
        }
    }

    /** Forgets every item added. */
    void clear() {
        for (SortKeys key : keys) {
            key.clear();
        }
    }

    /** How many items have keys: 0 when there is no sort. */
    int size() {
        return keys.length == 0 ? 0 : keys[0].size();
    }

    /** The keys of the sorts from the one at index {@code from} on, in their order. */
    SortKeys[] from(int from) {
        return Arrays.copyOfRange(keys, from, keys.length);
    }
}
