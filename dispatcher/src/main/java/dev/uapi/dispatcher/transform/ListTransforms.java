package dev.uapi.dispatcher.transform;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The generic {@code api.*} arguments of a list result: columns, filters, sorts and pagination, applied in that
 * order (section 4 of the UAPI contract).
 *
 * <p>The dispatcher calls {@link #apply} after a function succeeded with a {@link List} as its data:
 *
 * <pre>{@code
 * TransformOutcome outcome = ListTransforms.apply(list, Map.of("api.sort_column", "name", "api.paginate_size", "2"));
 * // outcome.data(): the first two records by name; outcome.metadata(): transformed, paginate
 * }</pre>
 *
 * <p>Items that are maps are records. Any other item (a string, a number, a Java record, null) has no fields:
 * columns and filters leave it as it is, and a sort places it with the records that lack the sort's field.
 *
 * <p>Records are never modified. The records of the returned page are new maps when columns were selected, and
 * the caller's own maps otherwise.
 */
public final class ListTransforms {

    private ListTransforms() {
    }

    /**
     * Applies the api.* arguments to a successful call's list data. Thread-safe, stateless.
     *
     * @param data the function's list; not modified
     * @param apiArguments the call's arguments whose keys start with {@code api.}, values URI-decoded; not
     *     modified. A null value counts as empty.
     * @return the page to return, with notes about ignored arguments, the pagination error if the start is past
     *     the end (then the data is every record that passed the filters, sorted, and not paged), and the
     *     dispatcher's metadata
     */
    public static TransformOutcome apply(List<?> data, Map<String, String> apiArguments) {
        return apply(data, apiArguments, item -> { });
    }

    /**
     * Applies the api.* arguments as {@link #apply(List, Map)} does, and shows every item of the list to
     * {@code eachItem} on the way: the host checks a module's records while the filter reads them, so that a long
     * list is read from memory once.
     *
     * @param data the function's list; not modified
     * @param apiArguments the call's arguments whose keys start with {@code api.}
     * @param eachItem gets every item of {@code data} in order, before the filter reads it; some items may come
     *     twice. An exception it throws stops the transforms and propagates
     * @return as {@link #apply(List, Map)}
     */
    public static TransformOutcome apply(List<?> data, Map<String, String> apiArguments, Consumer<Object> eachItem) {
        requireNonNull(data, "data is null");
        requireNonNull(apiArguments, "apiArguments is null");
        requireNonNull(eachItem, "eachItem is null");
        TransformReport report = new TransformReport();
        List<Filter> filters = FilterStage.read(apiArguments, report);
        List<SortStage.Sort> sorts = SortStage.read(apiArguments, report);
        Fields fields = ColumnStage.apply(data, apiArguments, report);
        // room for every item at once when the filter keeps its first: it keeps at most all of them, and growing
        // would copy the keys
        SortKeyTable keys = new SortKeyTable(sorts, fields, data.size());
        List<?> kept = FilterStage.apply(data, filters, fields, report, keys, eachItem);
        // with a page to return, only the records up to its end need sorting: a page of 50 from a million
        // records selects 50 rather than sorting a million
        int needed = PageStage.needed(kept.size(), apiArguments);
        List<?> sorted = SortStage.apply(kept, sorts, fields, report, needed, keys);
        List<?> page = PageStage.apply(sorted, kept.size(), apiArguments, report);
        // Columns are chosen first but copied last, so that only the records on the page are ever copied.
        return report.outcome(fields.project(page));
    }

    /**
     * The notes about invalid filter and sort arguments, which a call gets whatever its data: what
     * {@link #apply} reports first, without any data to apply them to.
     *
     * @param apiArguments the call's arguments whose keys start with {@code api.}
     * @return the notes, in the order {@link #apply} gives them
     */
    public static List<String> invalidArguments(Map<String, String> apiArguments) {
        requireNonNull(apiArguments, "apiArguments is null");
        TransformReport report = new TransformReport();
        FilterStage.read(apiArguments, report);
        SortStage.read(apiArguments, report);
        return report.messages();
    }
}
