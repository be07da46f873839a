package dev.uapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the clock check takes for a time, and what it masks. */
class TimeTokensTest {

    private static final Instant FROM = Instant.parse("2026-11-28T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void unixSecondsAndMillisecondsStandingAloneAreTimes() {
        assertThat(TimeTokens.within("{now=1795939035, ms=1795939035123}", FROM, TO))
                .containsExactly("1795939035", "1795939035123");
    }

    @Test
    void digitsInsideAWordAreNotATime() {
        assertThat(TimeTokens.within("QR1795939035X token=A1795939035", FROM, TO)).isEmpty();
    }

    @Test
    void timesOutsideTheWindowAreIgnored() {
        assertThat(TimeTokens.within("created=1039939035 2002-12-15T07:57:15Z", FROM, TO)).isEmpty();
    }

    @Test
    void isoDatesWithOrWithoutATimeAreTimes() {
        assertThat(TimeTokens.within("until 2026-11-29 07:57:15 UTC, on 2026-11-29, at 2026-11-29T07:57", FROM, TO))
                .containsExactly("2026-11-29 07:57:15", "2026-11-29", "2026-11-29T07:57");
    }

    @Test
    void impossibleDatesAreNotTimes() {
        assertThat(TimeTokens.within("version 2026-13-45", FROM, TO)).isEmpty();
    }

    @Test
    void maskingHidesDatesAndLongNumbersOnly() {
        assertThat(TimeTokens.mask("at 2026-11-29 07:57:15 step 59864634 count 12 digits=6"))
                .isEqualTo("at <time> step # count 12 digits=6");
    }
}
