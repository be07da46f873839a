package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.args;
import static dev.uapi.dispatcher.transform.Fixtures.column;
import static dev.uapi.dispatcher.transform.Fixtures.keys;
import static dev.uapi.dispatcher.transform.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private final List<Map<String, Object>> tokens = List.of(
            record("name", "laptop", "create_time", 300, "expires_at", 0),
            record("name", "phone", "create_time", 400, "expires_at", 0, "note", "spare"));

    @Test
    void onlyTheNamedColumnsAreKeptInTheOrderOfTheirKeys() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.columns_2", "name", "api.columns_1", "create_time"));

        assertThat(outcome.data()).containsExactly(
                record("create_time", 300, "name", "laptop"), record("create_time", 400, "name", "phone"));
        assertThat(keys(outcome.data().get(0))).containsExactly("create_time", "name");
        assertThat(outcome.messages()).isEmpty();
        assertThat(outcome.metadata()).doesNotContainKey("invalid_columns");
    }

    @Test
    void anySuffixNamesAColumnWithNumbersInNumericOrderFirst() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.columns_b", "note", "api.columns_10", "expires_at", "api.columns_2", "name"));

        assertThat(keys(outcome.data().get(1)))
                .containsExactly("name", "expires_at", "note");
    }

    @Test
    void aColumnThatSomeRecordHasIsValidAndOthersSimplyLackIt() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args("api.columns_1", "note"));

        assertThat(outcome.data()).containsExactly(record(), record("note", "spare"));
        assertThat(outcome.messages()).isEmpty();
    }

    @Test
    void oneUnknownColumnIsANoteAndMetadata() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args("api.columns_1", "name", "api.columns_2", "x"));

        assertThat(outcome.messages()).containsExactly("“x” is not a valid column.");
        assertThat(outcome.metadata()).containsEntry("invalid_columns", List.of("x"));
        assertThat(column(outcome, "name")).containsExactly("laptop", "phone");
    }

    @Test
    void twoUnknownColumnsShareOneNote() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args("api.columns_1", "x", "api.columns_2", "y"));

        assertThat(outcome.messages()).containsExactly("“x” and “y” are not valid columns.");
        assertThat(outcome.metadata()).containsEntry("invalid_columns", List.of("x", "y"));
    }

    @Test
    void threeUnknownColumnsAreListedWithASerialComma() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.columns_1", "x", "api.columns_2", "y", "api.columns_3", "name", "api.columns_4", "z"));

        assertThat(outcome.messages()).containsExactly("“x”, “y”, and “z” are not valid columns.");
        assertThat(outcome.metadata()).containsEntry("invalid_columns", List.of("x", "y", "z"));
    }

    @Test
    void onlyUnknownColumnsLeaveEmptyRecords() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args("api.columns_1", "x"));

        assertThat(outcome.data()).containsExactly(record(), record());
    }

    @Test
    void aColumnNamedTwiceIsKeptOnce() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.columns_1", "name", "api.columns_2", "name", "api.columns_3", "q", "api.columns_4", "q"));

        assertThat(outcome.data().get(0)).isEqualTo(record("name", "laptop"));
        assertThat(outcome.messages()).containsExactly("“q” is not a valid column.");
    }

    @Test
    void anEmptyListHasNoInvalidColumns() {
        TransformOutcome outcome = ListTransforms.apply(List.of(), args("api.columns_1", "x"));

        assertThat(outcome.messages()).isEmpty();
        assertThat(outcome.metadata()).doesNotContainKey("invalid_columns");
    }

    @Test
    void aFilterOnADroppedColumnDidNotPertain() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.columns_1", "name", "api.filter_column", "note", "api.filter_term", "spare"));

        assertThat(outcome.messages())
                .containsExactly("The following filter did not pertain to this dataset: note contains \"spare\"");
        assertThat(column(outcome, "name")).containsExactly("laptop", "phone");
    }

    @Test
    void aSortOnADroppedColumnDidNotPertain() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.columns_1", "name", "api.sort_column", "create_time", "api.sort_method", "numeric",
                "api.sort_reverse", "1"));

        assertThat(outcome.messages())
                .containsExactly("The following sort did not pertain to this dataset: !create_time, numeric");
        assertThat(column(outcome, "name")).containsExactly("laptop", "phone");
    }

    @Test
    void aFilterOnEveryFieldSeesOnlyTheKeptColumns() {
        TransformOutcome outcome = ListTransforms.apply(tokens, args(
                "api.columns_1", "name", "api.filter_column", "*", "api.filter_term", "spare"));

        assertThat(outcome.data()).isEmpty();
    }
}
