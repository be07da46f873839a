package dev.uapi.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.uapi.spi.Arguments;
import dev.uapi.spi.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;

/**
 * A call without a required argument answers the contract's exact text (uapi.md §1): {@code Provide the “k”
 * argument.}, or {@code Provide at least one “k” argument.} for a repeatable one. The handler is called
 * directly with the example arguments less that one, so the text is the module's own doing, not the
 * dispatcher's.
 */
final class MissingArgumentChecks {

    /** Either contract text, capturing the argument's name. */
    private static final Pattern ASKED = Pattern.compile("Provide (?:the|at least one) “(.+)” argument\\.");

    private final Subject subject;

    MissingArgumentChecks(Subject subject) {
        this.subject = subject;
    }

    /** The contract's texts for a missing required argument. */
    static List<String> contractTexts(String parameter) {
        return List.of("Provide the “" + parameter + "” argument.",
                "Provide at least one “" + parameter + "” argument.");
    }

    /**
     * The name of an argument the answer asks for with the contract's text although the function does not
     * declare it, or empty.
     */
    static Optional<String> undeclaredAsked(FunctionUnderTest function, Answer answer) {
        for (String text : answer.errorTexts()) {
            Matcher asked = ASKED.matcher(text == null ? "" : text);
            if (asked.matches() && function.declaration().parameters().stream()
                    .noneMatch(parameter -> parameter.name().equals(asked.group(1)))) {
                return Optional.of(asked.group(1));
            }
        }
        return Optional.empty();
    }

    List<DynamicTest> tests() {
        return subject.perFunction((module, function) -> function.declaration().parameters().stream()
                .filter(Parameter::required)
                .map(parameter -> test(module, function, parameter.name())));
    }

    private DynamicTest test(SurveyedModule module, FunctionUnderTest function, String parameter) {
        Optional<String> own = subject.hooks().ownMissingArgumentText(function, parameter);
        String name = own.map(text -> function + " missing “" + parameter + "” gives its own text “" + text + "”")
                .orElse(function + " missing “" + parameter + "” gives the contract's text");
        List<String> expected = own.map(List::of).orElseGet(() -> contractTexts(parameter));
        return dynamicTest(name, () -> check(module, function, parameter, expected));
    }

    private void check(SurveyedModule module, FunctionUnderTest function, String parameter, List<String> expected) {
        LiveModule live = subject.create(module);
        Arguments arguments = ArgumentVariant.without(subject.examples(function, live), parameter);
        Answer answer = live.call(function.name(), arguments);
        if (answer.failedCleanly() && answer.errorTexts().stream().anyMatch(expected::contains)) {
            return;
        }
        throw new AssertionError(function + " called with " + arguments.keys() + ", without “" + parameter + "”, "
                + answer.describe() + "; expected a failure with " + String.join(" or ", quoted(expected)),
                answer.thrown());
    }

    private static List<String> quoted(List<String> texts) {
        return texts.stream().map(text -> "“" + text + "”").toList();
    }
}
