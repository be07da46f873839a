package dev.uapi.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Two fresh modules on equal contexts (same clock reading, same seed, same settings), given the same calls,
 * answer and store the same: everything a function depends on comes from its context and its arguments. A
 * function that draws randomness from elsewhere, reads the system clock at a fine grain, or keeps state
 * between instances answers differently. A function declared non-deterministic is still called twice and
 * must answer cleanly both times.
 */
final class DeterminismChecks {

    private final Subject subject;
    private final Comparison comparison;

    DeterminismChecks(Subject subject) {
        this.subject = subject;
        this.comparison = new Comparison(subject.hooks());
    }

    List<DynamicTest> tests() {
        return subject.perFunction((module, function) -> Stream.of(subject.hooks().isDeterministic(function)
                ? dynamicTest(function + " answers the same from the same state", () -> same(module, function))
                : dynamicTest(function + " answers cleanly from the same state, declared non-deterministic",
                        () -> clean(module, function))));
    }

    private void same(SurveyedModule module, FunctionUnderTest function) {
        Scenario scenario = Scenario.leadingTo(module, function);
        Observation first = scenario.run(subject, subject.create(module));
        Observation second = scenario.run(subject, subject.create(module));
        Optional<String> difference = comparison.difference(first, "first", second, "second", UnaryOperator.identity());
        if (difference.isPresent()) {
            throw new AssertionError(function + " answered differently on two fresh modules with equal contexts and"
                    + " equal calls: it depends on something other than its context and arguments (randomness not"
                    + " from ModuleContext.random(), the system clock, state shared between instances):"
                    + difference.get());
        }
    }

    private void clean(SurveyedModule module, FunctionUnderTest function) {
        Scenario scenario = Scenario.leadingTo(module, function);
        for (int run = 1; run <= 2; run++) {
            Optional<Observation.Step> unclean = scenario.run(subject, subject.create(module)).firstUncleanStep();
            if (unclean.isPresent()) {
                throw new AssertionError("run " + run + ": " + unclean.get().function() + " "
                        + unclean.get().answer().describe(), unclean.get().answer().thrown());
            }
        }
    }
}
