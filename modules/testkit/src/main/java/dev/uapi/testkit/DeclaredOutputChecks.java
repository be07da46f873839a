package dev.uapi.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.uapi.spi.Returns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A function that declares what it returns answers that: every successful answer of the function, after the
 * module's writing functions gave it some state (as the determinism check calls them), fits the declaration.
 */
final class DeclaredOutputChecks {

    private final Subject subject;

    DeclaredOutputChecks(Subject subject) {
        this.subject = subject;
    }

    List<DynamicTest> tests() {
        return subject.perFunction((module, function) -> {
            Returns returns = function.declaration().returns();
            if (returns == null) {
                return Stream.empty();
            }
            return Stream.of(dynamicTest(function + " answers what it declares it returns", () ->
                    answersAsDeclared(module, function, returns)));
        });
    }

    private void answersAsDeclared(SurveyedModule module, FunctionUnderTest function, Returns returns) {
        Observation observation = Scenario.leadingTo(module, function).run(subject, subject.create(module));
        List<String> problems = new ArrayList<>();
        for (Observation.Step step : observation.steps()) {
            if (!step.function().name().equals(function.name()) || !step.answer().succeeded()) {
                continue;
            }
            Optional<String> problem = DeclaredData.problem(returns, step.answer().data());
            problem.ifPresent(text -> problems.add("with " + step.arguments().keys() + ": " + text));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(function + " answered data that differs from what it declares in"
                    + " returns(...): " + String.join("; ", problems));
        }
    }
}
