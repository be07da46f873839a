package dev.uapi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TypedReadsTest {

    private static Arguments of(String key, Object value) {
        return Arguments.of(Map.of(key, value));
    }

    @Test
    void wholeNumbersAreReadInDecimalWithAnOptionalMinus() {
        assertThat(of("n", "42").integer("n")).isEqualTo(42);
        assertThat(of("n", "-0042").integer("n")).isEqualTo(-42);
        assertThat(of("n", "9223372036854775807").longValue("n")).isEqualTo(Long.MAX_VALUE);
        assertThat(of("n", "-9223372036854775808").longValue("n")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void whatIsNotAWholeNumberIsRefusedWithoutQuotingIt() {
        for (String bad : List.of("x", "1.0", "1e3", "+1", "-", " 1", "1 ", "٣", "9223372036854775808")) {
            assertThatThrownBy(() -> of("n", bad).longValue("n")).as(bad)
                    .isInstanceOf(ApiException.class)
                    .hasMessage("The “n” argument must be a whole number.");
        }
    }

    @Test
    void aNumberOutsideTheBoundsNamesThem() {
        assertThat(of("n", "100").integer("n", 1, 100)).isEqualTo(100);
        assertThatThrownBy(() -> of("n", "101").integer("n", 1, 100))
                .hasMessage("The “n” argument must be a whole number from 1 to 100.");
        assertThatThrownBy(() -> of("n", "ten").integer("n", 1, 100))
                .hasMessage("The “n” argument must be a whole number from 1 to 100.");
        assertThatThrownBy(() -> of("n", "3000000000").integer("n"))
                .hasMessage("The “n” argument must be a whole number from -2147483648 to 2147483647.");
        assertThatThrownBy(() -> of("n", "0").longValue("n", 1, Long.MAX_VALUE))
                .hasMessage("The “n” argument must be a whole number from 1 to 9223372036854775807.");
    }

    @Test
    void requiredTypedReadsUseTheContractsTextsForMissingAndEmpty() {
        assertThatThrownBy(() -> Arguments.empty().integer("n")).hasMessage("Provide the “n” argument.");
        assertThatThrownBy(() -> of("n", "").integer("n")).hasMessage("The “n” argument cannot be empty.");
        assertThatThrownBy(() -> of("b", "").bool("b")).hasMessage("The “b” argument cannot be empty.");
        assertThatThrownBy(() -> Arguments.empty().unixTime("t")).hasMessage("Provide the “t” argument.");
    }

    @Test
    void optionalTypedReadsTakeAnEmptyValueAsNotGiven() {
        assertThat(of("n", "").optionalInteger("n")).isEqualTo(OptionalInt.empty());
        assertThat(Arguments.empty().optionalLong("n")).isEqualTo(OptionalLong.empty());
        assertThat(of("n", "7").optionalLong("n", 1, 9)).isEqualTo(OptionalLong.of(7));
        assertThat(of("b", "").bool("b", true)).isTrue();
        assertThat(of("t", "").optionalUnixTime("t")).isEmpty();
    }

    @Test
    void booleansAreOneAndZeroAndTheJsonWords() {
        assertThat(of("b", "1").bool("b")).isTrue();
        assertThat(of("b", "true").bool("b")).isTrue();
        assertThat(of("b", "0").bool("b", true)).isFalse();
        assertThat(of("b", "false").bool("b", true)).isFalse();
        for (String bad : List.of("yes", "2", "True", "on")) {
            assertThatThrownBy(() -> of("b", bad).bool("b", false)).as(bad)
                    .hasMessage("The “b” argument must be 1 or 0.");
        }
    }

    @Test
    void unixTimesAreWholeNonNegativeSeconds() {
        assertThat(of("t", "0").unixTime("t")).isEqualTo(Instant.EPOCH);
        assertThat(of("t", "1893456000").optionalUnixTime("t")).isEqualTo(Optional.of(Instant.ofEpochSecond(1893456000)));
        for (String bad : List.of("-1", "1.5", "soon", "99999999999999999")) {
            assertThatThrownBy(() -> of("t", bad).unixTime("t")).as(bad)
                    .hasMessage("The “t” argument must be a Unix time: a whole number of seconds since 1970-01-01 UTC.");
        }
    }

    @Test
    void nestedDataIsNotAValueOfATypedParameter() {
        assertThatThrownBy(() -> of("n", List.of(1)).optionalInteger("n"))
                .hasMessage("The “n” argument must be a whole number.");
        assertThatThrownBy(() -> of("n", Map.of("a", 1)).integer("n"))
                .hasMessage("The “n” argument must be a whole number.");
    }

    @Test
    void checkTypeRefusesOnlyValuesThatAreGivenAndDoNotFit() {
        Parameter limit = Parameter.optional("limit", ParameterType.INTEGER, "How many.", "1");
        Parameter note = Parameter.optional("note", ParameterType.STRING, "Text.", "x");

        Arguments.empty().checkType(limit);
        of("limit", "").checkType(limit);
        of("note", "1.5").checkType(note);
        assertThatThrownBy(() -> of("limit", "1.5").checkType(limit))
                .hasMessage("The “limit” argument must be a whole number.");
    }
}
