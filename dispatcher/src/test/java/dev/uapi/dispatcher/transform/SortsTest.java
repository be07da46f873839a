package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.args;
import static dev.uapi.dispatcher.transform.Fixtures.column;
import static dev.uapi.dispatcher.transform.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortsTest {

    private static TransformOutcome sort(List<?> items, String column, String method, String reverse) {
        return ListTransforms.apply(items, args(
                "api.sort_column", column, "api.sort_method", method, "api.sort_reverse", reverse));
    }

    private static List<Map<String, Object>> values(Object... values) {
        return Arrays.stream(values).map(value -> record("id", value == null ? "null" : value.toString(), "v", value))
                .toList();
    }

    @Test
    void lexicographicIsTheDefaultAndComparesText() {
        List<Map<String, Object>> items = values("b", "B", "a", 10, 9, "");

        TransformOutcome outcome = ListTransforms.apply(items, args("api.sort_column", "v"));

        assertThat(column(outcome, "v")).containsExactly("", 10, 9, "B", "a", "b");
    }

    @Test
    void anUnknownMethodFallsBackToLexicographicSilently() {
        TransformOutcome outcome = sort(values(10, 9), "v", "alphabetical", "0");

        assertThat(column(outcome, "v")).containsExactly(10, 9);
        assertThat(outcome.messages()).isEmpty();
    }

    @Test
    void numericOrdersNumbersIncludingNumbersStoredAsText() {
        TransformOutcome outcome = sort(values("10", 9, "-1.5", 2.25, "1e1", "0"), "v", "numeric", "");

        assertThat(column(outcome, "v")).containsExactly("-1.5", "0", 2.25, 9, "10", "1e1");
    }

    @Test
    void numericReadsPerlNumbersSoNullAndTextWithoutANumberAreZeroAndNestedValuesGoLast() {
        List<Object> items = Arrays.asList(
                record("v", "unlimited"), record("v", List.of(1)), record("v", 5), record("other", 1),
                record("v", "abc"), record("v", null), "not a record", record("v", true), record("v", -5),
                record("v", "3abc"));

        TransformOutcome outcome = ListTransforms.apply(items, args("api.sort_column", "v", "api.sort_method", "numeric"));

        assertThat(outcome.data()).containsExactly(
                record("v", -5),
                record("v", "unlimited"), record("other", 1), record("v", "abc"), record("v", null), "not a record",
                record("v", true), record("v", "3abc"), record("v", 5),
                record("v", List.of(1)));
    }

    @Test
    void reverseTurnsTheWholeOrderAroundAndTiesKeepTheirOrder() {
        List<Object> items = Arrays.asList(record("v", "x"), record("v", 1), record("w", 0), record("v", 3));

        TransformOutcome outcome = ListTransforms.apply(items, args(
                "api.sort_column", "v", "api.sort_method", "numeric", "api.sort_reverse", "1"));

        assertThat(outcome.data()).containsExactly(record("v", 3), record("v", 1), record("v", "x"), record("w", 0));
    }

    @Test
    void reverseIsOnForAnythingButEmptyAndZero() {
        assertThat(column(sort(values("a", "b"), "v", "", "yes"), "v")).containsExactly("b", "a");
        assertThat(column(sort(values("a", "b"), "v", "", "0"), "v")).containsExactly("a", "b");
        assertThat(column(sort(values("a", "b"), "v", "", ""), "v")).containsExactly("a", "b");
    }

    @Test
    void numericZeroAsMaxPutsZeroAfterEveryOtherNumber() {
        TransformOutcome outcome = sort(values(0, 5, "0.0", -1, 100, "unlimited"), "v", "numeric_zero_as_max", "0");

        assertThat(column(outcome, "v")).containsExactly(-1, 5, 100, 0, "0.0", "unlimited");
    }

    @Test
    void numericZeroAsMaxReversedPutsZeroFirstAmongNumbers() {
        TransformOutcome outcome = sort(values(0, 5, 100), "v", "numeric_zero_as_max", "1");

        assertThat(column(outcome, "v")).containsExactly(0, 100, 5);
    }

    @Test
    void ipv4OrdersAddressesByTheirNumbers() {
        TransformOutcome outcome = sort(
                values("10.0.0.10", "10.0.0.2", "9.255.255.255", "192.168.1.1", "localhost", "::1", "300.1.1.1"),
                "v", "ipv4", "0");

        assertThat(column(outcome, "v")).containsExactly(
                "9.255.255.255", "10.0.0.2", "10.0.0.10", "192.168.1.1", "300.1.1.1", "::1", "localhost");
    }

    @Test
    void ipv4ReversedPutsTheHighestAddressFirst() {
        TransformOutcome outcome = sort(values("10.0.0.2", "10.0.0.10", "10.0.1.0"), "v", "ipv4", "1");

        assertThat(column(outcome, "v")).containsExactly("10.0.1.0", "10.0.0.10", "10.0.0.2");
    }

    @Test
    void severalSortsActLikeOrderByAndKeepTiesInTheirOrder() {
        List<Map<String, Object>> items = List.of(
                record("id", 1, "group", "b", "size", 2),
                record("id", 2, "group", "a", "size", 1),
                record("id", 3, "group", "b", "size", 1),
                record("id", 4, "group", "a", "size", 1),
                record("id", 5, "group", "b", "size", 2));

        TransformOutcome outcome = ListTransforms.apply(items, args(
                "api.sort_column_1", "size", "api.sort_method_1", "numeric", "api.sort_reverse_1", "1",
                "api.sort_column", "group"));

        assertThat(column(outcome, "id")).containsExactly(2, 4, 1, 5, 3);
    }

    @Test
    void suffixedSortsApplyInAscendingOrderWithGaps() {
        List<Map<String, Object>> items = List.of(
                record("id", 1, "a", "x", "b", "2"), record("id", 2, "a", "x", "b", "1"), record("id", 3, "a", "w", "b", "3"));

        TransformOutcome outcome = ListTransforms.apply(items, args(
                "api.sort_column_7", "b", "api.sort_column_3", "a"));

        assertThat(column(outcome, "id")).containsExactly(3, 2, 1);
    }

    @Test
    void aSortOnAColumnNoRecordHasIsANoteAndTheOtherSortsStillApply() {
        TransformOutcome outcome = ListTransforms.apply(values("b", "a"), args(
                "api.sort_column_0", "colour", "api.sort_reverse_0", "1", "api.sort_column_1", "v"));

        assertThat(outcome.messages())
                .containsExactly("The following sort did not pertain to this dataset: !colour, lexicographic");
        assertThat(column(outcome, "v")).containsExactly("a", "b");
    }

    @Test
    void equalValuesKeepTheirOrder() {
        List<Map<String, Object>> items = List.of(
                record("id", 1, "v", "1"), record("id", 2, "v", 1), record("id", 3, "v", "1.0"), record("id", 4, "v", 1L));

        assertThat(column(sort(items, "v", "numeric", "0"), "id")).containsExactly(1, 2, 3, 4);
        assertThat(column(sort(items, "v", "numeric", "1"), "id")).containsExactly(1, 2, 3, 4);
    }
}
