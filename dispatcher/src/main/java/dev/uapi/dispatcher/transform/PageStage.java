package dev.uapi.dispatcher.transform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code api.paginate_start} (1-based) and {@code api.paginate_size}. Any argument whose key starts with
 * {@code api.paginate_} turns pagination on, as in cPanel; {@code api.paginate_page} does nothing more.
 *
 * <p>Bad values are corrected silently, as in cPanel: a start that is empty, 0 or not a run of digits is 1; a
 * size that is empty, not a run of digits or below 1 is 100. A start index (0-based) beyond the number of
 * results is the error {@code The start index (4) is larger than the total number of results (3).}, and then, as
 * in cPanel, the data is every record the filters kept, sorted, not paged; a start just past the last result gives
 * an empty page, since its index is not larger than the count.
 */
final class PageStage {

    static final int DEFAULT_SIZE = 100;

    private static final String PREFIX = "api.paginate_";

    private PageStage() {
    }

    /**
     * How many of the leading items of {@code total} the page needs: up to its end when pagination is on and
     * the start is not past the end, else all of them (the error returns them all).
     */
    static int needed(int total, Map<String, String> arguments) {
        if (!paginated(arguments)) {
            return total;
        }
        long start = startIndex(arguments.get(PREFIX + "start"));
        return start > total ? total : (int) Math.min(total, start + size(arguments.get(PREFIX + "size")));
    }

    /**
     * The requested page, or every item with the error; the same list when pagination is off.
     *
     * @param items the items in order, at least the first {@link #needed} of them
     * @param total how many items there are in all
     */
    static List<?> apply(List<?> items, int total, Map<String, String> arguments, TransformReport report) {
        if (!paginated(arguments)) {
            return items;
        }
        long start = startIndex(arguments.get(PREFIX + "start"));
        int size = size(arguments.get(PREFIX + "size"));
        if (start > total) {
            report.error("The start index (" + start + ") is larger than the total number of results (" + total + ").");
            return items;
        }
        int from = (int) start;
        report.metadata("paginate", metadata(total, from, size));
        return items.subList(from, (int) Math.min(total, (long) from + size));
    }

    private static boolean paginated(Map<String, String> arguments) {
        for (String key : arguments.keySet()) {
            if (key.startsWith(PREFIX)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> metadata(int total, int start, int size) {
        Map<String, Object> paginate = new LinkedHashMap<>();
        paginate.put("total_results", total);
        paginate.put("total_pages", (int) ((total + (long) size - 1) / size));
        paginate.put("start_result", start + 1);
        paginate.put("results_per_page", size);
        paginate.put("current_page", start / size + 1);
        return Collections.unmodifiableMap(paginate);
    }

    // 0-based. Digit runs too long for a long are past the end of any list anyway.
    private static long startIndex(String start) {
        long oneBased = digits(start);
        return oneBased < 1 ? 0 : oneBased - 1;
    }

    private static int size(String size) {
        long value = digits(size);
        return value < 1 ? DEFAULT_SIZE : (int) Math.min(value, Integer.MAX_VALUE);
    }

    // The value of a run of ASCII digits, Long.MAX_VALUE when it overflows, -1 when it is not one.
    private static long digits(String text) {
        if (text == null || !Ordinals.isNumber(text)) {
            return -1;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
