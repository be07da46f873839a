package dev.uapi.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTest {

    @Test
    void resultWithoutErrorsSucceeded() {
        Result result = Result.of(Map.of("a", 1)).message("note").warning("careful").metadata("k", "v");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.messages()).containsExactly("note");
        assertThat(result.warnings()).containsExactly("careful");
        assertThat(result.metadata()).containsExactly(Map.entry("k", "v"));
    }

    @Test
    void anErrorMakesTheResultFailedAndKeepsTheData() {
        Result result = Result.of("partial").error("first").error("second");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).containsExactly("first", "second");
        assertThat(result.data()).isEqualTo("partial");
    }

    @Test
    void versionedHidesTheValueInToString() {
        assertThat(new Versioned(3, "secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .doesNotContain("secret")
                .contains("version=3");
    }
}
