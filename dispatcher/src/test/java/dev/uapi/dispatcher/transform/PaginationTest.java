package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.args;
import static dev.uapi.dispatcher.transform.Fixtures.column;
import static dev.uapi.dispatcher.transform.Fixtures.keys;
import static dev.uapi.dispatcher.transform.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaginationTest {

    private final List<Map<String, Object>> five = named("a", "b", "c", "d", "e");

    private static Map<String, Object> paginate(int total, int pages, int start, int size, int current) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("total_results", total);
        expected.put("total_pages", pages);
        expected.put("start_result", start);
        expected.put("results_per_page", size);
        expected.put("current_page", current);
        return expected;
    }

    @Test
    void startAndSizeChooseThePage() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_start", "3", "api.paginate_size", "2"));

        assertThat(column(outcome, "name")).containsExactly("c", "d");
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(5, 3, 3, 2, 2));
        assertThat(keys(outcome.metadata().get("paginate"))).containsExactly(
                "total_results", "total_pages", "start_result", "results_per_page", "current_page");
    }

    @Test
    void theLastPageMayBePartial() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_start", "5", "api.paginate_size", "2"));

        assertThat(column(outcome, "name")).containsExactly("e");
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(5, 3, 5, 2, 3));
    }

    @Test
    void aStartBetweenPagesCountsTowardsThePageItFallsIn() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_start", "2", "api.paginate_size", "2"));

        assertThat(column(outcome, "name")).containsExactly("b", "c");
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(5, 3, 2, 2, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "1", "00", "abc", "-3", "+2", " 2", "2.5", "٣"})
    void aStartThatIsEmptyZeroOrNotANumberIsOne(String start) {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_start", start, "api.paginate_size", "2"));

        assertThat(column(outcome, "name")).containsExactly("a", "b");
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(5, 3, 1, 2, 1));
        assertThat(outcome.errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "abc", "-1", "1.5"})
    void aSizeThatIsEmptyBelowOneOrNotANumberIsOneHundred(String size) {
        List<Map<String, Object>> many = IntStream.range(0, 150).mapToObj(i -> Fixtures.record("id", i)).toList();

        TransformOutcome outcome = ListTransforms.apply(many, args("api.paginate_size", size));

        assertThat(outcome.data()).hasSize(100);
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(150, 2, 1, 100, 1));
    }

    @Test
    void anyPaginateArgumentTurnsPaginationOnWithDefaults() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_page", "2"));

        assertThat(outcome.data()).hasSize(5);
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(5, 1, 1, 100, 1));
    }

    @Test
    void withoutPaginateArgumentsThereIsNoPaginateMetadata() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate", "1"));

        assertThat(outcome.metadata()).doesNotContainKey("paginate");
    }

    @Test
    void aStartPastTheEndIsAnErrorWithTheZeroBasedIndex() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_start", "7", "api.paginate_size", "2"));

        assertThat(outcome.errors())
                .containsExactly("The start index (6) is larger than the total number of results (5).");
        assertThat(outcome.data()).isEqualTo(five);
        assertThat(outcome.metadata()).doesNotContainKeys("paginate", "transformed");
    }

    @Test
    void aStartJustAfterTheLastResultIsAnEmptyPage() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_start", "6", "api.paginate_size", "2"));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.data()).isEmpty();
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(5, 3, 6, 2, 3));
    }

    @Test
    void anEmptyListHasOnePageOfNothing() {
        TransformOutcome outcome = ListTransforms.apply(List.of(), args("api.paginate_start", "1"));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(0, 0, 1, 100, 1));
    }

    @Test
    void aHugeStartIsStillTheError() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_start", "99999999999"));

        assertThat(outcome.errors())
                .containsExactly("The start index (99999999998) is larger than the total number of results (5).");
    }

    @Test
    void aHugeSizeIsOnePage() {
        TransformOutcome outcome = ListTransforms.apply(five, args("api.paginate_size", "99999999999999999999999"));

        assertThat(outcome.data()).hasSize(5);
        assertThat(outcome.metadata()).containsEntry("paginate", paginate(5, 1, 1, Integer.MAX_VALUE, 1));
    }

    @Test
    void paginationCountsTheFilteredRecords() {
        TransformOutcome outcome = ListTransforms.apply(five, args(
                "api.filter_column", "name", "api.filter_type", "ne", "api.filter_term", "c",
                "api.paginate_start", "6"));

        assertThat(outcome.errors())
                .containsExactly("The start index (5) is larger than the total number of results (4).");
        assertThat(outcome.metadata()).containsEntry("records_before_filter", 5);
    }
}
