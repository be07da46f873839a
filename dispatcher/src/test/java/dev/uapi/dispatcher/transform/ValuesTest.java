package dev.uapi.dispatcher.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
        "12abc|12", "abc|0", "''|0", "'  \t7x'|7", "-2.5e1x|-25", "+3|3", ".5|0.5", "5.|5", "1e|1", "1e+|1",
        "2E3|2000", "-|0", "-.|0", "0x10|0", "Infinity|Infinity", "-inf|-Infinity", "1,000|1", "unlimited|0"})
    void textReadsAsPerlReadsANumber(String text, double expected) {
        assertThat(Values.perlNumber(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nan", "NaN"})
    void nanIsNotANumber(String text) {
        assertThat(Values.perlNumber(text)).isNaN();
    }

    @org.junit.jupiter.api.Test
    void otherValuesReadAsPerlDoes() {
        assertThat(Values.perlNumber(null)).isZero();
        assertThat(Values.perlNumber(true)).isEqualTo(1);
        assertThat(Values.perlNumber(false)).isZero();
        assertThat(Values.perlNumber(new BigDecimal("0.10"))).isEqualTo(0.1);
        assertThat(Values.perlNumber(42L)).isEqualTo(42);
        assertThat(Values.perlNumber("9".repeat(5000))).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
