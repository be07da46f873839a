package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code api.sort_column}, {@code api.sort_method} and {@code api.sort_reverse}, unsuffixed and {@code _N}: like
 * SQL's {@code ORDER BY c, c_0, c_1, ...}, and stable, so records that tie keep their order.
 *
 * <p>An unknown method falls back to lexicographic silently, as in cPanel. A sort on a column that no record
 * shows (after {@code api.columns_*}) is skipped with cPanel's note
 * {@code The following sort did not pertain to this dataset: !name, lexicographic} ({@code !} when reversed);
 * the other sorts still apply.
 */
final class SortStage {

    private static final String PREFIX = "api.sort_";

    private SortStage() {
    }

    /** The items in sorted order; the same list when there is nothing to sort. */
    static List<?> apply(List<?> items, Map<String, String> arguments, Fields fields, TransformReport report) {
        boolean judgeable = Fields.anyRecord(items);
        List<Sort> sorts = new ArrayList<>();
        for (ArgumentSet set : ArgumentSet.read(arguments, PREFIX)) {
            Sort sort = Sort.of(set);
            if (judgeable && !fields.anyRecordHas(items, sort.column())) {
                report.message("The following sort did not pertain to this dataset: " + sort.describe());
            } else {
                sorts.add(sort);
            }
        }
        if (sorts.isEmpty() || items.size() < 2) {
            return items;
        }
        return sorted(items, sorts, fields);
    }

    private static List<Object> sorted(List<?> items, List<Sort> sorts, Fields fields) {
        List<Row> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            SortKey[] keys = new SortKey[sorts.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = sorts.get(i).method().key(fields.value(item, sorts.get(i).column()));
            }
            rows.add(new Row(item, keys));
        }
        rows.sort(order(sorts)); // List.sort is stable
        List<Object> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            result.add(row.item());
        }
        return result;
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

    /** One usable sort of a call. */
    private record Sort(String column, SortMethod method, boolean reverse) {

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

    /** An item with its keys, one per sort, computed once. */
    private record Row(Object item, SortKey[] keys) {
    }
}
