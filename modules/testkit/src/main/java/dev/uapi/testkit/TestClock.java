package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until the test moves it, so that time-dependent behaviour (a TOTP step, a
 * lockout that ends) is tested without sleeping.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2009-02-13T23:31:30Z"));
 * clock.advance(Duration.ofMinutes(15));
 * }</pre>
 *
 * <p>Safe for use from many threads: a module under test may read it while the test moves it.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    private TestClock(Instant now, ZoneId zone) {
        this.now = requireNonNull(now, "now is null");
        this.zone = requireNonNull(zone, "zone is null");
    }

    /** A clock in UTC showing {@code instant} until moved. */
    public static TestClock at(Instant instant) {
        return new TestClock(instant, ZoneOffset.UTC);
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        requireNonNull(duration, "duration is null");
        synchronized (this) {
            now = now.plus(duration);
        }
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now = requireNonNull(instant, "instant is null");
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that shares this clock's time, and moves with it. */
    @Override
    public Clock withZone(ZoneId zone) {
        requireNonNull(zone, "zone is null");
        TestClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "TestClock[" + now + "]";
    }
}
