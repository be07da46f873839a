package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.args;
import static dev.uapi.dispatcher.transform.Fixtures.column;
import static dev.uapi.dispatcher.transform.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A caller's {@code matches} pattern must not hold a server thread. These tests assert on the outcome (a note,
 * the filter skipped); that the calls return at all, within the surefire run, is the point.
 */
class RegexBoundTest {

    private static TransformOutcome matches(List<Map<String, Object>> records, String pattern) {
        return ListTransforms.apply(records, args(
                "api.filter_column", "name", "api.filter_type", "matches", "api.filter_term", pattern));
    }

    private static String skipped(String pattern) {
        return "The following filter was too costly to evaluate and was skipped: name matches \"" + pattern + "\"";
    }

    @Test
    void nestedQuantifiersOnALongValueAreStoppedWithANote() {
        List<Map<String, Object>> records = List.of(record("name", "a".repeat(10_000) + "b"), record("name", "x"));

        TransformOutcome outcome = matches(records, "(a+)+$");

        assertThat(outcome.messages()).containsExactly(skipped("(a+)+$"));
        assertThat(outcome.data()).isEqualTo(records);
    }

    @Test
    void exponentialBacktrackingIsStoppedWithANote() {
        List<Map<String, Object>> records = List.of(record("name", "a".repeat(40) + "!"));

        TransformOutcome outcome = matches(records, "((a+)+)+b");

        assertThat(outcome.messages()).containsExactly(skipped("((a+)+)+b"));
        assertThat(outcome.data()).isEqualTo(records);
    }

    @Test
    void aPatternWithinTheBudgetOfEachValueStillExhaustsTheBudgetOfTheCall() {
        // About 680,000 reads for each of these values: under the limit for one value, not for two hundred.
        List<Map<String, Object>> few = IntStream.range(0, 30).mapToObj(i -> record("name", "a".repeat(100))).toList();
        List<Map<String, Object>> many = IntStream.range(0, 200).mapToObj(i -> record("name", "a".repeat(100))).toList();

        TransformOutcome withinBudget = matches(few, "(.*a){2}x");
        TransformOutcome overBudget = matches(many, "(.*a){2}x");

        assertThat(withinBudget.messages()).isEmpty();
        assertThat(withinBudget.data()).isEmpty();
        assertThat(overBudget.messages()).containsExactly(skipped("(.*a){2}x"));
        assertThat(overBudget.data()).hasSize(200);
    }

    @Test
    void deepRecursionIsStoppedWithANote() {
        List<Map<String, Object>> records = List.of(record("name", "ab".repeat(250_000)));

        TransformOutcome outcome = matches(records, "(a|b)*c");

        assertThat(outcome.messages()).containsExactly(skipped("(a|b)*c"));
    }

    @Test
    void recordsRejectedBeforeTheStopComeBackAndOtherFiltersStillApply() {
        List<Map<String, Object>> records = List.of(
                record("name", "plain", "size", 1),
                record("name", "other", "size", 5),
                record("name", "a".repeat(40) + "!", "size", 9));

        TransformOutcome outcome = ListTransforms.apply(records, args(
                "api.filter_column_0", "name", "api.filter_type_0", "matches", "api.filter_term_0", "((a+)+)+b",
                "api.filter_column_1", "size", "api.filter_type_1", "gt", "api.filter_term_1", "2"));

        assertThat(column(outcome, "size")).containsExactly(5, 9);
        assertThat(outcome.messages()).containsExactly(skipped("((a+)+)+b"));
    }

    @Test
    void anOrdinaryPatternOnManyRecordsStaysWithinTheBudget() {
        List<Map<String, Object>> records = IntStream.range(0, 20_000)
                .mapToObj(i -> record("name", "token-" + i + "-" + "x".repeat(100))).toList();

        TransformOutcome outcome = matches(records, "^token-1\\d*-x+$");

        assertThat(outcome.messages()).isEmpty();
        assertThat(outcome.data()).hasSize(11_111);
    }
}
