package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * {@code api.sort_column}, {@code api.sort_method} and {@code api.sort_reverse}, unsuffixed and with any suffix.
 *
 * <p>As in cPanel, the sorts are applied from the last set to the first with a stable sort, so the first set is
 * the primary key (like SQL's {@code ORDER BY c, c_0, c_1}), and the first sort in that order whose column the
 * first record does not show (after {@code api.columns_*}) stops the sorting: it and every sort not yet applied
 * get the note {@code The following sort did not pertain to this dataset: !name, lexicographic} ({@code !} when
 * reversed). When a filter was not applied, no sort is. An empty column makes a sort invalid; an unknown method
 * falls back to lexicographic silently.
 */
final class SortStage {

    private static final String PREFIX = "api.sort_";

    private SortStage() {
    }

    /** The valid sorts of a call, in cPanel's order of sets; every invalid one becomes a message. */
    static List<Sort> read(Map<String, String> arguments, TransformReport report) {
        List<Sort> sorts = new ArrayList<>();
        for (ArgumentSet set : ArgumentSet.read(arguments, PREFIX)) {
            Sort sort = Sort.of(set);
            if (sort.column().isEmpty()) {
                report.invalid("sort", "{\"column\":" + Values.json(sort.column()) + ",\"method\":"
                        + Values.jsonOrNull(set.raw("method")) + ",\"reverse\":" + (sort.reverse() ? 1 : 0) + "}",
                        "You are missing the following parameter: column");
            } else {
                sorts.add(sort);
            }
        }
        return sorts;
    }

    /**
     * The items in sorted order; the same list when there is nothing to sort.
     *
     * @param needed how many of the first items in sorted order the caller uses: when fewer than all, only
     *     those are returned (selected in one pass, in the same stable order a full sort gives them)
     * @param read the keys of every sort for exactly these items when the filter read them while keeping them;
     *     for fewer items (none: no filter pass ran), the keys are read here
     */
    static List<?> apply(List<?> items, List<Sort> sorts, Fields fields, TransformReport report, int needed,
            SortKeyTable read) {
        int applied = report.anyFilterNotApplied() ? sorts.size() : firstApplied(items, sorts, fields);
        for (Sort sort : sorts.subList(0, applied)) {
            report.message("The following sort did not pertain to this dataset: " + sort.describe());
        }
        if (applied == sorts.size() || items.size() < 2) {
            return items;
        }
        if (needed <= 0) {
            return List.of();
        }
        // a filter pass that ran keeps at least the two items here, and read the keys of each of them
        SortKeys[] keys = read.size() == items.size() ? read.from(applied)
                : SortKeyTable.of(items, sorts.subList(applied, sorts.size()), fields).from(0);
        return sorted(items, keys, needed);
    }

    // The index of the first sort that is applied: one past the last sort whose column the first record lacks.
    private static int firstApplied(List<?> items, List<Sort> sorts, Fields fields) {
        Object first = Fields.firstRecord(items);
        if (first == null) {
            return 0;
        }
        for (int i = sorts.size() - 1; i >= 0; i--) {
            if (!fields.shows(first, sorts.get(i).column())) {
                return i + 1;
            }
        }
        return 0;
    }

    // One stable sort by every applied key, the first primary: the same order as cPanel's stable sorts from the
    // last key to the first, with each record's keys computed once. With fewer items needed than there are, only
    // those are selected (a bounded heap), in the same order.
    private static List<Object> sorted(List<?> items, SortKeys[] keys, int needed) {
        SlotSort sort = new SlotSort(keys);
        int[] slots = needed < items.size() ? sort.leading(needed) : sort.all();
        // a list that is not RandomAccess (a module's LinkedList) is read once into an array
        List<?> indexed = items instanceof RandomAccess ? items : Arrays.asList(items.toArray());
        List<Object> result = new ArrayList<>(slots.length);
        for (int slot : slots) {
            result.add(indexed.get(slot));
        }
        return result;
    }

    /** One sort of a call. */
    record Sort(String column, SortMethod method, boolean reverse) {

        // api.sort_reverse is true as Perl sees truth: anything but the empty string and "0".
        static Sort of(ArgumentSet set) {
            String reverse = set.value("reverse");
            return new Sort(set.value("column"), SortMethod.named(set.value("method")),
                    !reverse.isEmpty() && !reverse.equals("0"));
        }

        String describe() {
            return (reverse ? "!" : "") + column + ", " + method.argument();
        }
    }
}
