package dev.uapi.dispatcher.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
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

    @Test
    void wholeNumbersReadExactlyAsTheirTextParsedAsADouble() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder number = new StringBuilder();
            for (int length = 1 + random.nextInt(18); number.length() < length; ) {
                number.append((char) ('0' + random.nextInt(10)));
            }
            String digits = number.toString();
            String sign = switch (random.nextInt(3)) {
                case 0 -> "-";
                case 1 -> "+";
                default -> "";
            };
            String text = (random.nextBoolean() ? " " : "") + sign + digits + (random.nextBoolean() ? "abc" : "");
            assertThat(Values.perlNumber(text)).as(text).isEqualTo(Double.parseDouble(sign + digits));
        }
        assertThat(Values.perlNumber("-0")).isEqualTo(-0.0);
        assertThat(Values.perlNumber("007")).isEqualTo(7);
    }

    @Test
    void otherValuesReadAsPerlDoes() {
        assertThat(Values.perlNumber(null)).isZero();
        assertThat(Values.perlNumber(true)).isEqualTo(1);
        assertThat(Values.perlNumber(false)).isZero();
        assertThat(Values.perlNumber(new BigDecimal("0.10"))).isEqualTo(0.1);
        assertThat(Values.perlNumber(42L)).isEqualTo(42);
        assertThat(Values.perlNumber("9".repeat(5000))).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
