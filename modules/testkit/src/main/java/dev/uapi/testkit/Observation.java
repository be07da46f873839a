package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a {@link Scenario} saw on one instance: each call's answer, then the store's contents, and the lines
 * logged.
 *
 * @param steps the calls with their answers, in order
 * @param storage the store's contents afterwards, one line a value
 * @param log the logged lines
 */
record Observation(List<Step> steps, List<String> storage, List<String> log) {

    Observation {
        steps = List.copyOf(steps);
        storage = List.copyOf(storage);
        log = List.copyOf(log);
    }

    /**
     * One call.
     *
     * @param function the function called
     * @param arguments its arguments
     * @param answer what it answered
     */
    record Step(FunctionUnderTest function, Arguments arguments, Answer answer) {

        Step {
            requireNonNull(function, "function is null");
            requireNonNull(arguments, "arguments is null");
            requireNonNull(answer, "answer is null");
        }

        String line() {
            return "call " + function + " " + arguments.keys() + " → " + answer.render();
        }
    }

    /** The answers of the calls to functions that {@code compared} accepts, then the store's contents. */
    List<String> lines(Predicate<FunctionUnderTest> compared, boolean withStoredValues) {
        List<String> lines = new ArrayList<>();
        for (Step step : steps) {
            lines.add(compared.test(step.function()) ? step.line() : "call " + step.function() + " (not compared)");
        }
        for (String line : storage) {
            lines.add(withStoredValues ? line : line.substring(0, line.indexOf(" = ")));
        }
        return lines;
    }

    /** Everything the run showed, as text: answers, stored values and log lines. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        steps.forEach(step -> texts.add(step.line()));
        texts.addAll(storage);
        log.forEach(line -> texts.add("logged " + line));
        return texts;
    }

    /** Every argument value given in the run, as text. */
    List<String> argumentValues() {
        List<String> values = new ArrayList<>();
        steps.forEach(step -> step.arguments().asMap().values().forEach(value -> values.add(String.valueOf(value))));
        return values;
    }

    /** The first answer that was null or let an exception escape. */
    Optional<Step> firstUncleanStep() {
        return steps.stream().filter(step -> !step.answer().isClean()).findFirst();
    }
}
