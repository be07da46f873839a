package dev.uapi.dispatcher.transform;

import static dev.uapi.dispatcher.transform.Fixtures.args;
import static dev.uapi.dispatcher.transform.Fixtures.column;
import static dev.uapi.dispatcher.transform.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiltersTest {

    private final List<Map<String, Object>> devices = List.of(
            record("name", "laptop", "size", "10", "count", 3),
            record("name", "Desktop", "size", "9", "count", 0),
            record("name", "LAPTOP-2", "size", "100", "count", 12.5),
            record("name", "phone", "size", "unlimited"));

    private TransformOutcome filter(String column, String type, String term) {
        return ListTransforms.apply(devices, args(
                "api.filter_column", column, "api.filter_type", type, "api.filter_term", term));
    }

    @Test
    void containsIsTheDefaultAndIgnoresCase() {
        TransformOutcome outcome = ListTransforms.apply(devices, args(
                "api.filter_column", "name", "api.filter_term", "lap"));

        assertThat(column(outcome, "name")).containsExactly("laptop", "LAPTOP-2");
        assertThat(outcome.messages()).isEmpty();
    }

    @Test
    void anEmptyTypeMeansContains() {
        assertThat(column(filter("name", "", "TOP"), "name")).containsExactly("laptop", "Desktop", "LAPTOP-2");
    }

    @Test
    void beginsIgnoresCase() {
        assertThat(column(filter("name", "begins", "LAP"), "name")).containsExactly("laptop", "LAPTOP-2");
        assertThat(column(filter("name", "begins", "desk"), "name")).containsExactly("Desktop");
    }

    @Test
    void endsIgnoresCase() {
        assertThat(column(filter("name", "ends", "TOP"), "name")).containsExactly("laptop", "Desktop");
    }

    @Test
    void matchesIsACaseSensitiveUnanchoredRegularExpression() {
        assertThat(column(filter("name", "matches", "top"), "name")).containsExactly("laptop", "Desktop");
        assertThat(column(filter("name", "matches", "^L.*\\d$"), "name")).containsExactly("LAPTOP-2");
    }

    @Test
    void eqIsExactTextEquality() {
        assertThat(column(filter("name", "eq", "laptop"), "name")).containsExactly("laptop");
        assertThat(column(filter("count", "eq", "3"), "name")).containsExactly("laptop");
        assertThat(column(filter("count", "eq", "12.5"), "name")).containsExactly("LAPTOP-2");
        assertThat(column(filter("count", "eq", "3.0"), "name")).isEmpty();
    }

    @Test
    void neKeepsEveryOtherValueAndAbsentOnes() {
        assertThat(column(filter("count", "ne", "3"), "name")).containsExactly("Desktop", "LAPTOP-2", "phone");
    }

    @Test
    void eqWithAnEmptyTermKeepsEmptyNullAndAbsentValues() {
        List<Map<String, Object>> notes = List.of(
                record("id", 1, "note", ""), record("id", 2, "note", null), record("id", 3),
                record("id", 4, "note", "x"));

        TransformOutcome outcome = ListTransforms.apply(notes, args(
                "api.filter_column", "note", "api.filter_type", "eq", "api.filter_term", ""));

        assertThat(column(outcome, "id")).containsExactly(1, 2, 3);
        assertThat(outcome.messages()).isEmpty();
    }

    @Test
    void ltAndGtCompareNumbersStoredAsText() {
        assertThat(column(filter("size", "lt", "50"), "name")).containsExactly("laptop", "Desktop", "phone");
        assertThat(column(filter("size", "gt", "9"), "name")).containsExactly("laptop", "LAPTOP-2");
    }

    @Test
    void ltAndGtCompareNumbers() {
        assertThat(column(filter("count", "gt", "2"), "name")).containsExactly("laptop", "LAPTOP-2");
        assertThat(column(filter("count", "gt", "12.4999"), "name")).containsExactly("LAPTOP-2");
        assertThat(column(filter("count", "lt", " 1 "), "name")).containsExactly("Desktop", "phone");
        assertThat(column(filter("count", "lt", "-1e1"), "name")).isEmpty();
    }

    @Test
    void ltAndGtReadValuesAndTermsAsPerlNumbers() {
        List<Object> values = Arrays.asList(
                record("v", "12abc"), record("v", ""), record("v", null), record("v", true), record("v", "abc"),
                record("v", " -2.5e1x"), record("w", 1), record("v", new BigDecimal("5")));

        TransformOutcome lower = ListTransforms.apply(values, args(
                "api.filter_column", "v", "api.filter_type", "lt", "api.filter_term", "1"));
        TransformOutcome higher = ListTransforms.apply(values, args(
                "api.filter_column", "v", "api.filter_type", "gt", "api.filter_term", "4.9abc"));

        assertThat(lower.data()).containsExactly(record("v", ""), record("v", null), record("v", "abc"),
                record("v", " -2.5e1x"), record("w", 1));
        assertThat(higher.data()).containsExactly(record("v", "12abc"), record("v", new BigDecimal("5")));
    }

    @Test
    void aTermThatIsNotANumberIsZero() {
        TransformOutcome outcome = filter("count", "gt", "ten");

        assertThat(outcome.messages()).isEmpty();
        assertThat(column(outcome, "name")).containsExactly("laptop", "LAPTOP-2");
    }

    @Test
    void theTextUnlimitedPassesLtAndFailsGt() {
        assertThat(column(filter("size", "lt", "0"), "name")).containsExactly("phone");
        assertThat(column(filter("size", "gt", "-1"), "name")).containsExactly("laptop", "Desktop", "LAPTOP-2");
    }

    @Test
    void ltHandleUnlimitedKeepsLimitedValuesBelowTheTerm() {
        List<Object> values = Arrays.asList(record("v", "Unlimited"), record("v", 0), record("v", null),
                record("v", "5"), record("v", -3), record("v", 50));

        TransformOutcome below = ListTransforms.apply(values, args(
                "api.filter_column", "v", "api.filter_type", "lt_handle_unlimited", "api.filter_term", "10"));
        TransformOutcome above = ListTransforms.apply(values, args(
                "api.filter_column", "v", "api.filter_type", "gt_handle_unlimited", "api.filter_term", "10"));

        assertThat(below.data()).containsExactly(record("v", "5"), record("v", -3));
        assertThat(above.data()).containsExactly(record("v", "Unlimited"), record("v", 0), record("v", null),
                record("v", 50));
    }

    @Test
    void anUnknownTypeIsAnInvalidFilter() {
        TransformOutcome outcome = filter("name", "like", "lap");

        assertThat(outcome.messages()).containsExactly("The following “filter” arguments are invalid: "
                + "[\"name\",\"like\",\"lap\"] (“like” is not a valid filter type.)");
        assertThat(outcome.data()).hasSize(4);
        assertThat(outcome.metadata()).doesNotContainKey("records_before_filter");
    }

    @Test
    void typeNamesAreCaseSensitive() {
        assertThat(filter("name", "EQ", "laptop").messages()).singleElement().asString()
                .endsWith("(“EQ” is not a valid filter type.)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ne", "lt", "gt", "lt_handle_unlimited", "gt_handle_unlimited"})
    void typesThatCannotTakeAnEmptyTermAreInvalid(String type) {
        TransformOutcome outcome = filter("name", type, "");

        assertThat(outcome.messages()).containsExactly("The following “filter” arguments are invalid: [\"name\",\""
                + type + "\",\"\"] (A filter of type “" + type + "” may not have an empty term.)");
        assertThat(outcome.data()).hasSize(4);
    }

    @Test
    void aMissingTermMakesTheFilterInvalid() {
        TransformOutcome outcome = ListTransforms.apply(devices, args(
                "api.filter_column", "name", "api.filter_type", "contains"));

        assertThat(outcome.messages()).containsExactly("The following “filter” arguments are invalid: "
                + "[\"name\",\"contains\",null] (You are missing the following parameter: term)");
        assertThat(outcome.data()).hasSize(4);
    }

    @Test
    void anEmptyColumnMakesTheFilterInvalid() {
        TransformOutcome outcome = ListTransforms.apply(devices, args("api.filter_column", "", "api.filter_term", "x"));

        assertThat(outcome.messages()).containsExactly("The following “filter” arguments are invalid: "
                + "[\"\",null,\"x\"] (You are missing the following parameter: column)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contains", "begins", "ends", "matches"})
    void anEmptyTermKeepsEveryRecordForTextTypes(String type) {
        TransformOutcome outcome = filter("size", type, "");

        assertThat(outcome.data()).hasSize(4);
        assertThat(outcome.messages()).isEmpty();
        assertThat(outcome.metadata()).containsEntry("records_before_filter", 4);
    }

    @Test
    void aFilterOnAColumnNoRecordHasDidNotPertain() {
        TransformOutcome outcome = filter("colour", "eq", "red");

        assertThat(outcome.messages())
                .containsExactly("The following filter did not pertain to this dataset: colour eq \"red\"");
        assertThat(outcome.data()).hasSize(4);
    }

    @Test
    void theTermInTheNoteIsWrittenAsJson() {
        TransformOutcome outcome = filter("colour", "contains", "say \"hi\"\\\n");

        assertThat(outcome.messages()).containsExactly(
                "The following filter did not pertain to this dataset: colour contains \"say \\\"hi\\\"\\\\\\n\"");
    }

    @Test
    void anEmptyListHasNothingForAFilterToPertainTo() {
        TransformOutcome outcome = ListTransforms.apply(List.of(), args(
                "api.filter_column", "colour", "api.filter_term", "red"));

        assertThat(outcome.messages()).isEmpty();
        assertThat(outcome.metadata()).containsEntry("records_before_filter", 0);
    }

    @Test
    void theStarColumnTestsEveryField() {
        assertThat(column(filter("*", "contains", "UNLIM"), "name")).containsExactly("phone");
        assertThat(column(filter("*", "eq", "9"), "name")).containsExactly("Desktop");
    }

    @Test
    void filtersAreAnded() {
        TransformOutcome outcome = ListTransforms.apply(devices, args(
                "api.filter_column_0", "name", "api.filter_term_0", "lap",
                "api.filter_column_1", "count", "api.filter_type_1", "gt", "api.filter_term_1", "5"));

        assertThat(column(outcome, "name")).containsExactly("LAPTOP-2");
    }

    @Test
    void theUnsuffixedFilterComesFirstThenSuffixesByNumericValueWithWordsAsZero() {
        TransformOutcome outcome = ListTransforms.apply(devices, args(
                "api.filter_column_10", "name", "api.filter_type_10", "fourth", "api.filter_term_10", "",
                "api.filter_column_2", "name", "api.filter_type_2", "third", "api.filter_term_2", "",
                "api.filter_column_x", "name", "api.filter_type_x", "second", "api.filter_term_x", "",
                "api.filter_column", "name", "api.filter_type", "first", "api.filter_term", ""));

        assertThat(outcome.messages()).extracting(message -> message.substring(message.indexOf('(')))
                .containsExactly("(“first” is not a valid filter type.)", "(“second” is not a valid filter type.)",
                        "(“third” is not a valid filter type.)", "(“fourth” is not a valid filter type.)");
    }

    @Test
    void aSetWithoutAColumnIsNoFilterAndAWordSuffixNamesASet() {
        TransformOutcome outcome = ListTransforms.apply(devices, args(
                "api.filter_type_1", "eq", "api.filter_term_1", "laptop",
                "api.filter_column_x", "name", "api.filter_type_x", "eq", "api.filter_term_x", "phone"));

        assertThat(column(outcome, "name")).containsExactly("phone");
    }

    @Test
    void recordsBeforeFilterCountsTheRecordsBeforeFiltering() {
        TransformOutcome outcome = filter("name", "eq", "phone");

        assertThat(outcome.data()).hasSize(1);
        assertThat(outcome.metadata()).containsEntry("records_before_filter", 4);
    }

    @Test
    void aListValuePassesWhenOneOfItsElementsDoes() {
        List<Map<String, Object>> tagged = List.of(
                record("id", 1, "tags", List.of("a", "b")), record("id", 2, "tags", List.of("c")),
                record("id", 3, "tags", List.of(Map.of("b", "b"))));

        TransformOutcome outcome = ListTransforms.apply(tagged, args(
                "api.filter_column", "tags", "api.filter_type", "eq", "api.filter_term", "b"));

        assertThat(column(outcome, "id")).containsExactly(1);
    }

    @Test
    void aNestedMapNeverPasses() {
        List<Map<String, Object>> nested = List.of(record("id", 1, "owner", Map.of("name", "x")));

        TransformOutcome outcome = ListTransforms.apply(nested, args(
                "api.filter_column", "owner", "api.filter_type", "ne", "api.filter_term", "y"));

        assertThat(outcome.data()).isEmpty();
    }

    @Test
    void aBooleanReadsAsItsJsonText() {
        List<Map<String, Object>> flags = List.of(record("id", 1, "on", true), record("id", 2, "on", false));

        TransformOutcome outcome = ListTransforms.apply(flags, args(
                "api.filter_column", "on", "api.filter_type", "eq", "api.filter_term", "true"));

        assertThat(column(outcome, "id")).containsExactly(1);
    }

    @Test
    void anInvalidRegularExpressionIsANote() {
        TransformOutcome outcome = filter("name", "matches", "lap(");

        assertThat(outcome.messages()).singleElement().asString()
                .endsWith("(“lap(” is not a valid regular expression.)");
        assertThat(outcome.data()).hasSize(4);
    }

    @Test
    void aRegularExpressionLongerThanTheLimitIsANote() {
        TransformOutcome outcome = filter("name", "matches", "a".repeat(RegexTest.MAX_PATTERN_LENGTH + 1));

        assertThat(outcome.messages()).singleElement().asString()
                .endsWith("(A filter of type “matches” may not have a term longer than 1,000 characters.)");
        assertThat(filter("name", "matches", "a".repeat(RegexTest.MAX_PATTERN_LENGTH)).messages()).isEmpty();
    }
}
