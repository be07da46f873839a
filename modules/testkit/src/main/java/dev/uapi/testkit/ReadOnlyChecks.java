package dev.uapi.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.uapi.spi.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A function declared read-only ({@code writes()} false) writes nothing, whatever its arguments: each
 * argument variant runs on a fresh module to which the writing functions have first given some state, and
 * the {@link InMemoryModuleStorage} must record no write from the read-only call. The dispatcher and the
 * reference pages trust the declaration.
 */
final class ReadOnlyChecks {

    private final Subject subject;

    ReadOnlyChecks(Subject subject) {
        this.subject = subject;
    }

    List<DynamicTest> tests() {
        return subject.perFunction((module, function) -> function.declaration().writes() ? Stream.empty() : Stream.of(
                dynamicTest(function + " is declared read-only and writes nothing", () -> check(module, function))));
    }

    private void check(SurveyedModule module, FunctionUnderTest function) {
        List<String> problems = new ArrayList<>();
        for (ArgumentVariant variant : ArgumentVariant.of(function)) {
            LiveModule live = subject.create(module);
            for (FunctionUnderTest writer : module.writers()) {
                live.call(writer.name(), subject.examples(writer, live));
            }
            List<InMemoryModuleStorage.Write> before = live.context().storage().writes();
            Arguments arguments = variant.arguments().apply(subject.examples(function, live));
            live.call(function.name(), arguments);
            List<InMemoryModuleStorage.Write> after = live.context().storage().writes();
            if (after.size() > before.size()) {
                problems.add("with " + variant.description() + " it wrote " + after.subList(before.size(), after.size()));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(function + " is declared read-only but wrote to storage: "
                    + String.join("; ", problems) + ". Declare it with .writes(), or stop it writing.");
        }
    }
}
