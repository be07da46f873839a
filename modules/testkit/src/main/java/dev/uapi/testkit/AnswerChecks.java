package dev.uapi.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.uapi.spi.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;

/**
 * What every call answers, whatever its arguments: never null, never an exception other than
 * {@link dev.uapi.spi.ApiException}, errors in plain words; and, with the example arguments, success, or a
 * clean failure where the author declared that the examples do not succeed on a fresh module.
 */
final class AnswerChecks {

    private final Subject subject;

    AnswerChecks(Subject subject) {
        this.subject = subject;
    }

    List<DynamicTest> tests() {
        return subject.perFunction((module, function) -> tests(module, function).stream());
    }

    private List<DynamicTest> tests(SurveyedModule module, FunctionUnderTest function) {
        Memo<List<Tried>> tried = new Memo<>(() -> tryAll(module, function));
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest(function + " never returns null", () -> neverNull(function, tried.get())));
        tests.add(dynamicTest(function + " never lets an exception other than ApiException escape", () ->
                neverEscapes(function, tried.get())));
        tests.add(dynamicTest(function + " gives callers plain error texts", () -> plainErrors(function, tried.get())));
        tests.add(dynamicTest(function + " returns data the host can render", () -> renderable(function, tried.get())));
        if (subject.hooks().supportsExampleArguments(function)) {
            tests.add(dynamicTest(function + " succeeds with the example arguments", () -> succeeds(module, function)));
        } else {
            tests.add(dynamicTest(function + " fails cleanly with the example arguments, as declared", () ->
                    failsCleanly(module, function)));
        }
        return tests;
    }

    /** One variant's arguments and what a fresh module answered. */
    private record Tried(ArgumentVariant variant, Arguments arguments, Answer answer) {

        String describe() {
            return "with " + variant.description() + " " + arguments.keys() + " it " + answer.describe();
        }
    }

    private List<Tried> tryAll(SurveyedModule module, FunctionUnderTest function) {
        List<Tried> tried = new ArrayList<>();
        for (ArgumentVariant variant : ArgumentVariant.of(function)) {
            LiveModule live = subject.create(module);
            Arguments arguments = variant.arguments().apply(subject.examples(function, live));
            tried.add(new Tried(variant, arguments, live.call(function.name(), arguments)));
        }
        return tried;
    }

    private static void neverNull(FunctionUnderTest function, List<Tried> tried) {
        List<String> nulls = tried.stream().filter(t -> t.answer().isNull()).map(Tried::describe).toList();
        if (!nulls.isEmpty()) {
            throw new AssertionError(function + " returned null, which the contract forbids: "
                    + String.join("; ", nulls) + ". Return Result.empty() for no data.");
        }
    }

    private static void neverEscapes(FunctionUnderTest function, List<Tried> tried) {
        List<Tried> escaped = tried.stream().filter(t -> t.answer().escaped()).toList();
        if (!escaped.isEmpty()) {
            throw new AssertionError(function + " let exceptions escape that the dispatcher can only report as a bug: "
                    + String.join("; ", escaped.stream().map(Tried::describe).toList())
                    + ". Throw ApiException with a text for the caller.", escaped.get(0).answer().thrown());
        }
    }

    private static void plainErrors(FunctionUnderTest function, List<Tried> tried) {
        List<String> problems = new ArrayList<>();
        for (Tried t : tried) {
            for (String text : t.answer().errorTexts()) {
                PlainText.problem(text).ifPresent(problem ->
                        problems.add("with " + t.variant().description() + " it answered " + problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(function + " gives callers error texts that are not plain words: "
                    + String.join("; ", problems));
        }
    }

    private static void renderable(FunctionUnderTest function, List<Tried> tried) {
        for (Tried t : tried) {
            Optional<String> problem = t.answer().renderProblem();
            if (problem.isPresent()) {
                throw new AssertionError(function + " returned data the host cannot render (with "
                        + t.variant().description() + "): " + problem.get() + ". The host answers such a call with"
                        + " an incident; return plain JSON values (see dev.uapi.spi.PlainData).");
            }
        }
    }

    private void succeeds(SurveyedModule module, FunctionUnderTest function) {
        LiveModule live = subject.create(module);
        Arguments examples = subject.examples(function, live);
        Answer answer = live.call(function.name(), examples);
        if (!answer.succeeded()) {
            Optional<String> undeclared = MissingArgumentChecks.undeclaredAsked(function, answer);
            String advice = undeclared.map(name -> ". It asks for “" + name + "”, which it does not declare: add"
                    + " Parameter.required(\"" + name + "\", ...) to its declaration, so that the dispatcher, the"
                    + " reference and this kit know of it, and give an example value for it")
                    .orElse(". Give working arguments in exampleArguments(), or let supportsExampleArguments()"
                            + " return false for it if it cannot succeed on a fresh module.");
            throw new AssertionError(function + " with its example arguments " + examples.keys() + " on a fresh module "
                    + answer.describe() + advice, answer.thrown());
        }
    }

    private void failsCleanly(SurveyedModule module, FunctionUnderTest function) {
        LiveModule live = subject.create(module);
        Arguments examples = subject.examples(function, live);
        Answer answer = live.call(function.name(), examples);
        if (answer.succeeded()) {
            throw new AssertionError(function + " is declared not to succeed with its example arguments, yet it"
                    + " succeeded: let supportsExampleArguments() return true for it");
        }
        if (!answer.failedCleanly()) {
            throw new AssertionError(function + " with its example arguments " + examples.keys() + " "
                    + answer.describe() + "; a function declared not to succeed must still fail cleanly, with an"
                    + " ApiException or a failed result", answer.thrown());
        }
        Optional<String> problem =
                answer.errorTexts().stream().map(PlainText::problem).flatMap(Optional::stream).findFirst();
        if (problem.isPresent()) {
            throw new AssertionError(function + " failed with " + problem.get());
        }
    }
}
