package dev.uapi.testkit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an error text is fit for a caller: the contract shows it as it is, so it must say something and must
 * hold no stack trace or class name (uapi.md §2).
 */
final class PlainText {

    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*\\b" + "|\\b[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([^)]*\\)");

    private PlainText() {
    }

    /** What is wrong with an error text, or empty when it is fit for a caller. */
    static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("an empty error text");
        }
        if (STACK_FRAME.matcher(text).find()) {
            return Optional.of("a stack trace in “" + Rendering.abbreviate(text) + "”");
        }
        if (CLASS_NAME.matcher(text).find()) {
            return Optional.of("a class name in “" + Rendering.abbreviate(text) + "”");
        }
        return Optional.empty();
    }
}
