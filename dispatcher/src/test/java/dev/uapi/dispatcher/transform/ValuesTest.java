package dev.uapi.dispatcher.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
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

    @Test
    void theShortcutForPlainDigitsReadsEveryTextAsTheGeneralReadingDoes() {
        List<String> edges = List.of("", " ", "0", "00", "007", "-0", "+0", "-7", "+7", " 7", "7 ", "\t7", "7x",
                "1.5", ".5", "5.", "1e3", "1E400", "1e400", "-1e400", "1e-400", "0x10", "0X1f", "inf", "-inf", "INF",
                "infinity", "nan", "NaN", "unlimited", "12,000", "1_000", "١٢٣", "１２３", "12٣", "\u00a012",
                "9".repeat(14), "9".repeat(15), "9".repeat(16), "1" + "0".repeat(15), "9".repeat(19), "9".repeat(20),
                "9".repeat(400), "123456789012345", "1234567890123456", "999999999999999.5", "+", "-", ".", "e5");
        for (String text : edges) {
            assertSameReading(text);
        }
        SplittableRandom random = new SplittableRandom(16);
        String alphabet = "0123456789000000000011111+-.eExX \tinfaINFAk,٣１";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(24); text.length() < length; ) {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('0' + random.nextInt(10)));
            }
            String value = text.toString();
            assertSameReading(value);
        }
    }

    // bit for bit: -0.0 is not 0.0, and NaN is NaN
    private static void assertSameReading(String text) {
        assertThat(Double.doubleToRawLongBits(Values.perlNumber(text))).as("[%s]", text)
                .isEqualTo(Double.doubleToRawLongBits(Values.perlLeadingNumber(text)));
    }
}
