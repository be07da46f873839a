package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.args;
import static dev.uapi.dispatcher.transform.Fixtures.column;
import static dev.uapi.dispatcher.transform.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListTransformsTest {

    private final List<Map<String, Object>> tokens = List.of(
            record("name", "laptop", "create_time", 300, "expires_at", 0, "has_full_access", 1),
            record("name", "desktop", "create_time", 100, "expires_at", 900, "has_full_access", 1),
            record("name", "laptop-old", "create_time", 200, "expires_at", 500, "has_full_access", 1),
            record("name", "phone", "create_time", 400, "expires_at", 0, "has_full_access", 1));

    @Test
    void transformedIsOneEvenWithoutApiArguments() {
        TransformOutcome outcome = ListTransforms.apply(tokens, Map.of());

        assertThat(outcome.metadata()).containsExactly(Map.entry("transformed", 1));
        assertThat(outcome.data()).isEqualTo(tokens);
        assertThat(outcome.messages()).isEmpty();
        assertThat(outcome.errors()).isEmpty();
    }

    @Test
    void anEmptyListIsTransformedToo() {
        TransformOutcome outcome = ListTransforms.apply(List.of(), args("api.sort_column", "name"));

        assertThat(outcome.data()).isEmpty();
        assertThat(outcome.metadata()).containsExactly(Map.entry("transformed", 1));
        assertThat(outcome.messages()).isEmpty();
    }

    @Test
    void stagesRunAsColumnsFiltersSortsThenPagination() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.columns_1", "name",
                "api.columns_2", "create_time",
                "api.filter_column", "name",
                "api.filter_term", "top",
                "api.sort_column", "create_time",
                "api.sort_method", "numeric",
                "api.sort_reverse", "1",
                "api.paginate_start", "2",
                "api.paginate_size", "1"));

        assertThat(outcome.data()).containsExactly(record("name", "laptop-old", "create_time", 200));
        assertThat(outcome.metadata()).containsOnlyKeys("transformed", "records_before_filter", "paginate");
        assertThat(outcome.metadata()).containsEntry("records_before_filter", 4);
    }

    @Test
    void unmodifiableRecordsAreReadNotChanged() {
        List<Map<String, Object>> before = new ArrayList<>(tokens);

        TransformOutcome outcome = ListTransforms.apply(tokens, args("api.columns_1", "name", "api.sort_column", "name"));

        assertThat(tokens).isEqualTo(before);
        assertThat(tokens.get(0)).containsKey("create_time");
        assertThat(column(outcome, "name")).containsExactly("desktop", "laptop", "laptop-old", "phone");
    }

    @Test
    void itemsThatAreNotRecordsPassThroughColumnsAndFilters() {
        List<Object> mixed = Arrays.asList(record("name", "laptop", "size", 1), "a string", null, 42);

        TransformOutcome outcome = ListTransforms.apply(mixed, args(
                "api.columns_1", "name", "api.filter_column", "name", "api.filter_term", "phone"));

        assertThat(outcome.data()).containsExactly("a string", null, 42);
    }

    @Test
    void itemsThatAreNotRecordsSortWithRecordsThatLackTheField() {
        List<Object> mixed = Arrays.asList(record("name", "b"), "a string", record("name", "a"), record("other", 1));

        TransformOutcome outcome = ListTransforms.apply(mixed, args("api.sort_column", "name"));

        assertThat(outcome.data()).containsExactly("a string", record("other", 1), record("name", "a"), record("name", "b"));
    }

    @Test
    void aListWithoutRecordsGetsNoNotesAndStillPages() {
        TransformOutcome outcome = ListTransforms.apply(List.of("b", "a", "c"), args(
                "api.columns_1", "name", "api.filter_column", "name", "api.filter_type", "eq", "api.filter_term", "x",
                "api.sort_column", "name", "api.paginate_size", "2"));

        assertThat(outcome.data()).containsExactly("b", "a");
        assertThat(outcome.messages()).isEmpty();
        assertThat(outcome.metadata()).doesNotContainKey("invalid_columns");
    }

    @Test
    void notesFollowTheOrderOfTheStages() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.sort_column", "colour",
                "api.filter_column", "name",
                "api.filter_type", "like",
                "api.filter_term", "x",
                "api.columns_1", "size"));

        // invalid arguments first (they need no data), then the stages in their order
        assertThat(outcome.messages()).containsExactly(
                "The following “filter” arguments are invalid: [\"name\",\"like\",\"x\"] (“like” is not a valid filter type.)",
                "“size” is not a valid column.",
                "The following sort did not pertain to this dataset: colour, lexicographic");
    }

    @Test
    void apiArgumentsOfOtherFeaturesChangeNothing() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.filter", "1", "api.sort", "1", "api.columns", "1", "api.version", "3", "api.paginate", "1"));

        assertThat(outcome.data()).isEqualTo(tokens);
        assertThat(outcome.metadata()).containsExactly(Map.entry("transformed", 1));
    }

    @Test
    void theOutcomeCannotBeChanged() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args("api.columns_1", "nope"));

        assertThat(outcome.data()).isUnmodifiable();
        assertThat(outcome.messages()).isUnmodifiable();
        assertThat(outcome.errors()).isUnmodifiable();
        assertThat(outcome.metadata()).isUnmodifiable();
    }

    @Test
    void everyItemIsShownOnTheWayWhetherOrNotAFilterKeepsIt() {
        List<Map<String, String>> calls = List.of(
                args("api.filter_column", "name", "api.filter_term", "top", "api.paginate_size", "1"),
                args("api.filter_column", "name", "api.filter_term", "top", "api.sort_column", "create_time",
                        "api.sort_method", "numeric", "api.paginate_size", "1"),
                args("api.sort_column", "name", "api.paginate_size", "1"),
                args("api.filter_column", "nothing", "api.filter_term", "x"),
                args("api.filter_column", "name", "api.filter_term", ""),
                args("api.paginate_start", "9"));
        for (Map<String, String> call : calls) {
            List<Object> seen = new ArrayList<>();
            ListTransforms.apply(tokens, call, seen::add);
            assertThat(seen).as("%s", call).containsAll(tokens);
        }
    }

    @Test
    void whatTheItemWatcherThrowsStopsTheTransforms() {
        IllegalStateException refused = new IllegalStateException("not plain");
        Map<String, String> call = args("api.filter_column", "name", "api.filter_term", "top");

        assertThatThrownBy(() -> ListTransforms.apply(tokens, call, item -> {
            if (item == tokens.get(3)) {
                throw refused;
            }
        })).isSameAs(refused);
    }

    @Test
    void sortKeysReadWhileFilteringGiveTheSameOrderAsKeysReadAfterwards() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            records.add(record("name", "n" + (i * 37 % 101), "size", Integer.toString(i * 7919 % 1000),
                    "flag", i % 3));
        }
        Map<String, String> sorts = args("api.sort_column", "flag", "api.sort_method", "numeric",
                "api.sort_column_1", "size", "api.sort_method_1", "numeric", "api.sort_reverse_1", "1",
                "api.sort_column_2", "name");
        Map<String, String> filteredFirst = new java.util.LinkedHashMap<>(sorts);
        filteredFirst.putAll(args("api.filter_column", "size", "api.filter_type", "gt", "api.filter_term", "300"));

        List<Object> sortedThenKept = new ArrayList<>();
        for (Object item : ListTransforms.apply(records, sorts).data()) {
            if (Values.perlNumber(((Map<?, ?>) item).get("size")) > 300) {
                sortedThenKept.add(item);
            }
        }
        assertThat(ListTransforms.apply(records, filteredFirst).data()).isEqualTo(sortedThenKept);
    }
}
