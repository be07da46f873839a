package dev.uapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.spi.Arguments;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract's naming rules and plain-text rule as the kit applies them, and how it leaves an argument out. */
class ContractRulesTest {

    @Test
    void functionNamesAreWordCharactersNotStartingWithUnderscore() {
        assertThat(ContractNames.isFunctionName("set_user_configuration")).isTrue();
        assertThat(ContractNames.isFunctionName("a".repeat(1024))).isTrue();
        assertThat(ContractNames.isFunctionName("a".repeat(1025))).isFalse();
        assertThat(ContractNames.isFunctionName("_private")).isFalse();
        assertThat(ContractNames.isFunctionName("")).isFalse();
        assertThat(ContractNames.isFunctionName("get-user")).isFalse();
    }

    @Test
    void moduleNamesStartWithALetter() {
        assertThat(ContractNames.isModuleName("TwoFactorAuth")).isTrue();
        assertThat(ContractNames.isModuleName("Ssl_2")).isTrue();
        assertThat(ContractNames.isModuleName("2fa")).isFalse();
        assertThat(ContractNames.isModuleName("_M")).isFalse();
        assertThat(ContractNames.isModuleName("Bad-Name")).isFalse();
        assertThat(ContractNames.isModuleName("M".repeat(256))).isFalse();
    }

    @Test
    void parameterNamesMustNotBelongToTheDispatcher() {
        assertThat(ContractNames.isParameterName("team_user")).isTrue();
        assertThat(ContractNames.isParameterName("api.columns")).isFalse();
        assertThat(ContractNames.isParameterName("")).isFalse();
    }

    @Test
    void classNamesStackTracesAndBlankTextsAreNotPlainText() {
        assertThat(PlainText.problem("Provide the “name” argument.")).isEmpty();
        assertThat(PlainText.problem("The API token “x” does not exist.")).isEmpty();
        assertThat(PlainText.problem("Bad id: java.lang.NumberFormatException: For input string")).isPresent();
        assertThat(PlainText.problem("NullPointerException")).isPresent();
        assertThat(PlainText.problem("failed\n\tat dev.uapi.M.f(M.java:12)")).isPresent();
        assertThat(PlainText.problem(" ")).isPresent();
        assertThat(PlainText.problem(null)).isPresent();
    }

    @Test
    void leavingAnArgumentOutAlsoLeavesOutItsRepetitions() {
        Arguments examples = Arguments.of(Map.of("k", "a", "k-0", "b", "k-x", "c", "kk", "d"));
        assertThat(ArgumentVariant.without(examples, "k").keys()).containsExactlyInAnyOrder("k-x", "kk");
    }
}
