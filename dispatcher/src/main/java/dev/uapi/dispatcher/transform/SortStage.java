package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

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
     */
    static List<?> apply(List<?> items, List<Sort> sorts, Fields fields, TransformReport report, int needed) {
        int applied = report.anyFilterNotApplied() ? sorts.size() : firstApplied(items, sorts, fields);
        for (Sort sort : sorts.subList(0, applied)) {
            report.message("The following sort did not pertain to this dataset: " + sort.describe());
        }
        if (applied == sorts.size() || items.size() < 2) {
            return items;
        }
        List<Sort> used = sorts.subList(applied, sorts.size());
        return needed < items.size() ? leading(items, used, fields, needed) : sorted(items, used, fields);
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
    // last key to the first, with each record's keys computed once.
    private static List<Object> sorted(List<?> items, List<Sort> sorts, Fields fields) {
        List<Row> rows = new ArrayList<>(items.size());
        int position = 0;
        for (Object item : items) {
            rows.add(new Row(item, keys(item, sorts, fields), position++));
        }
        rows.sort(order(sorts)); // List.sort is stable
        List<Object> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            result.add(row.item());
        }
        return result;
    }

    // The first `needed` items of the stable sorted order: a bounded heap whose top is the last of the best seen
    // so far, with the original position breaking ties as the stable sort does. O(n log needed), and keys are
    // kept only for the items in the heap.
    private static List<Object> leading(List<?> items, List<Sort> sorts, Fields fields, int needed) {
        if (needed <= 0) {
            return List.of();
        }
        Comparator<Row> order = order(sorts).thenComparingInt(Row::position);
        PriorityQueue<Row> best = new PriorityQueue<>(needed + 1, order.reversed());
        int position = 0;
        for (Object item : items) {
            Row row = new Row(item, keys(item, sorts, fields), position++);
            if (best.size() < needed) {
                best.add(row);
            } else if (order.compare(row, best.peek()) < 0) {
                best.poll();
                best.add(row);
            }
        }
        List<Row> rows = new ArrayList<>(best);
        rows.sort(order);
        List<Object> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            result.add(row.item());
        }
        return result;
    }

    private static SortKey[] keys(Object item, List<Sort> sorts, Fields fields) {
        SortKey[] keys = new SortKey[sorts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = sorts.get(i).method().key(fields.value(item, sorts.get(i).column()));
        }
        return keys;
    }

    private static Comparator<Row> order(List<Sort> sorts) {
        Comparator<Row> order = null;
        for (int i = 0; i < sorts.size(); i++) {
            int index = i;
            Comparator<Row> byKey = (left, right) -> left.keys()[index].compareTo(right.keys()[index]);
            Comparator<Row> directed = sorts.get(i).reverse() ? byKey.reversed() : byKey;
            order = order == null ? directed : order.thenComparing(directed);
        }
        return order;
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

    /** An item with its keys, one per sort, computed once, and its position in the unsorted list. */
    private record Row(Object item, SortKey[] keys, int position) {
    }
}
