package dev.uapi.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A module takes the time from its context's clock only (architecture.md, style.md §2), shown two ways for
 * each function, by running the writing functions and then the function on fresh modules whose clocks stand
 * at chosen instants:
 *
 * <ol>
 *   <li>With the clock about 24 years before and after the real time, nothing the module answers, stores or
 *       logs is a time within a day of the real time (Unix seconds or milliseconds, ISO dates), unless the
 *       arguments gave it: a module that shows or keeps the system time is caught.
 *   <li>With the clock 1,250 weeks before the real time (same weekday and time of day), the module behaves
 *       as it does with the clock at the real time: the same successes, errors, data and stored values,
 *       once times and other long numbers are masked. A module that decides anything with the system clock,
 *       such as whether a value the clock stamped has expired, answers differently and is caught.
 * </ol>
 *
 * <p>Only deterministic functions are compared in the second part, and only when two runs at one clock
 * reading agree (otherwise the determinism test fails, and names the fault). Neither part can see a time that never
 * leaves the module, nor a decision with the system clock that the example arguments never reach.
 */
final class ClockChecks {

    /** How far the test clocks stand from the real time: whole weeks, so weekday and time of day agree. */
    static final Duration FAR = Duration.ofDays(7 * 1250);

    private static final Duration NEAR = Duration.ofDays(1);

    private final Subject subject;
    private final Comparison comparison;

    ClockChecks(Subject subject) {
        this.subject = subject;
        this.comparison = new Comparison(subject.hooks());
    }

    List<DynamicTest> tests() {
        return subject.perFunction((module, function) -> Stream.of(
                dynamicTest(function + " takes the time only from the given clock", () -> check(module, function))));
    }

    private void check(SurveyedModule module, FunctionUnderTest function) {
        // the kit reads the system clock so that the module never has to
        Instant realStart = Instant.now();
        Instant real = realStart.truncatedTo(ChronoUnit.SECONDS);
        Scenario scenario = Scenario.leadingTo(module, function);
        Observation past = scenario.run(subject, subject.create(module, real.minus(FAR)));
        Observation future = scenario.run(subject, subject.create(module, real.plus(FAR)));
        Observation agreeing = scenario.run(subject, subject.create(module, real));
        Observation again = scenario.run(subject, subject.create(module, real));
        Instant realEnd = Instant.now();

        Set<String> shown = new LinkedHashSet<>();
        shown.addAll(systemTimes(past, realStart, realEnd));
        shown.addAll(systemTimes(future, realStart, realEnd));
        if (!shown.isEmpty()) {
            throw new AssertionError(function + " showed the system time while its clock said " + real.minus(FAR)
                    + " or " + real.plus(FAR) + ": " + String.join("; ", shown)
                    + ". Take the time from ModuleContext.clock().");
        }
        if (comparison.difference(agreeing, "", again, "", UnaryOperator.identity()).isPresent()) {
            return; // it differs even at one clock reading: the determinism test reports that, not this one
        }
        Optional<String> difference = comparison.difference(
                agreeing, "clock " + real + " (the real time)", past, "clock " + real.minus(FAR), TimeTokens::mask);
        if (difference.isPresent()) {
            throw new AssertionError(function + " behaves differently when its clock disagrees with the system clock"
                    + " (times and long numbers masked), so it reads the system clock somewhere:" + difference.get());
        }
    }

    private static List<String> systemTimes(Observation observation, Instant realStart, Instant realEnd) {
        List<String> given = observation.argumentValues();
        List<String> shown = new ArrayList<>();
        for (String text : observation.texts()) {
            for (String token : TimeTokens.within(text, realStart.minus(NEAR), realEnd.plus(NEAR))) {
                if (given.stream().noneMatch(value -> value.contains(token))) {
                    shown.add("“" + token + "” in " + Rendering.abbreviate(text));
                }
            }
        }
        return shown;
    }
}
