package dev.uapi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void missingRequiredArgumentNamesIt() {
        assertThatThrownBy(() -> Arguments.empty().required("name"))
                .isInstanceOf(ApiException.class)
                .hasMessage("Provide the “name” argument.");
    }

    @Test
    void emptyValueIsAllowedForAPlainRequiredRead() {
        assertThat(Arguments.of(Map.of("name", "")).required("name")).isEmpty();
    }

    @Test
    void emptyValueIsRefusedForANonEmptyRead() {
        assertThatThrownBy(() -> Arguments.of(Map.of("name", "")).requiredNonEmpty("name"))
                .hasMessage("The “name” argument cannot be empty.");
    }

    @Test
    void twoMissingArgumentsAreReportedTogether() {
        assertThatThrownBy(() -> Arguments.empty().requireAll("secret", "tfa_token"))
                .hasMessage("Provide the “secret” and “tfa_token” arguments.");
    }

    @Test
    void threeMissingArgumentsUseASerialComma() {
        assertThatThrownBy(() -> Arguments.of(Map.of("b", "1")).requireAll("a", "b", "c", "d"))
                .hasMessage("Provide the “a”, “c”, and “d” arguments.");
    }

    @Test
    void presentArgumentsPassRequireAll() {
        Arguments.of(Map.of("a", "", "b", "x")).requireAll("a", "b");
    }

    @Test
    void repeatedKeysAreSpreadAsTheContractSays() {
        Arguments arguments = Arguments.builder().add("k", "a").add("k", "b").add("k", "c").build();

        assertThat(arguments.asMap()).containsExactly(Map.entry("k", "a"), Map.entry("k-0", "b"), Map.entry("k-1", "c"));
        assertThat(arguments.multiple("k")).containsExactly("a", "b", "c");
    }

    @Test
    void repeatingAKeyAfterAnExplicitSuffixTakesTheNextFreeIndex() {
        Arguments arguments = Arguments.builder().add("k", "a").add("k-0", "b").add("k", "c").build();

        assertThat(arguments.asMap()).containsEntry("k-1", "c");
        assertThat(arguments.multiple("k")).containsExactly("a", "b", "c");
    }

    @Test
    void multipleReadOrdersSuffixesNumerically() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("k-10", "ten");
        values.put("k-2", "two");
        values.put("k", "first");
        values.put("k-x", "ignored");
        values.put("kk-1", "ignored");

        assertThat(Arguments.of(values).multiple("k")).containsExactly("first", "two", "ten");
    }

    @Test
    void multipleReadWorksWithoutTheUnsuffixedKey() {
        assertThat(Arguments.of(Map.of("k-1", "b", "k-0", "a")).multiple("k")).containsExactly("a", "b");
    }

    @Test
    void requiredMultipleNeedsAtLeastOne() {
        assertThatThrownBy(() -> Arguments.empty().requiredMultiple("domain"))
                .hasMessage("Provide at least one “domain” argument.");
    }

    @Test
    void requiredMultipleNonEmptyRefusesAnyEmptyValue() {
        Arguments arguments = Arguments.builder().add("domain", "a.example").add("domain", "").build();

        assertThatThrownBy(() -> arguments.requiredMultipleNonEmpty("domain"))
                .hasMessage("The “domain” arguments cannot be empty.");
    }

    @Test
    void nestedValueIsNotReadAsText() {
        Arguments arguments = Arguments.of(Map.of("list", List.of("a")));

        assertThat(arguments.nested("list")).isEqualTo(List.of("a"));
        assertThatThrownBy(() -> arguments.optional("list")).isInstanceOf(ApiException.class);
    }

    @Test
    void toStringShowsKeysButNotValues() {
        assertThat(Arguments.of(Map.of("secret", "JBSWY3DPEHPK3PXP")).toString())
                .contains("secret")
                .doesNotContain("JBSWY3DPEHPK3PXP");
    }
}
