package dev.uapi.dispatcher.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdinalsTest {

    @Test
    void noSuffixComesFirstThenNumbersByValueThenWords() {
        List<String> suffixes = new ArrayList<>(List.of("b", "10", "2", "", "a", "02", "99999999999999999999999"));

        suffixes.sort(Ordinals.ORDER);

        assertThat(suffixes).containsExactly("", "02", "2", "10", "99999999999999999999999", "a", "b");
    }

    @Test
    void onlyAsciiDigitsMakeANumber() {
        assertThat(Ordinals.isNumber("0123")).isTrue();
        assertThat(Ordinals.isNumber("")).isFalse();
        assertThat(Ordinals.isNumber("1a")).isFalse();
        assertThat(Ordinals.isNumber("٣")).isFalse();
    }
}
