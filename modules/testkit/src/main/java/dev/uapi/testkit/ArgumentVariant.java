package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.Arguments;
import dev.uapi.spi.Parameter;
import dev.uapi.spi.ParameterType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One set of arguments the kit tries a function with, and how to say it in a failure message. Built from the
 * example arguments, so that each variant differs from a call that works in one way only.
 *
 * @param description the arguments in words, for failure messages
 * @param arguments how to make them from the example arguments of an instance
 */
record ArgumentVariant(String description, Function<Arguments, Arguments> arguments) {

    /** A value longer than any storage key may be (255 characters), as a caller may well send. */
    static final String LONG_TEXT = "x".repeat(300);

    /** A key no function declares. */
    static final String UNKNOWN_KEY = "kit_unknown_argument";

    ArgumentVariant {
        requireNonNull(description, "description is null");
        requireNonNull(arguments, "arguments is null");
    }

    /**
     * The variants for a function: no arguments; the examples; the examples with each parameter empty, and with
     * each parameter given a value of the wrong form for its type; the examples with an undeclared argument.
     */
    static List<ArgumentVariant> of(FunctionUnderTest function) {
        List<ArgumentVariant> variants = new ArrayList<>();
        variants.add(new ArgumentVariant("no arguments", examples -> Arguments.empty()));
        variants.add(new ArgumentVariant("the example arguments", examples -> examples));
        for (Parameter parameter : function.declaration().parameters()) {
            if (parameter.type() == ParameterType.NESTED) {
                continue;
            }
            variants.add(replacing(parameter.name(), ""));
            for (String odd : oddValues(parameter.type())) {
                variants.add(replacing(parameter.name(), odd));
            }
        }
        variants.add(new ArgumentVariant("the example arguments and “" + UNKNOWN_KEY + "=1”",
                examples -> with(examples, UNKNOWN_KEY, "1")));
        return List.copyOf(variants);
    }

    /** The example arguments without {@code key} and its repetitions {@code key-N}. */
    static Arguments without(Arguments examples, String key) {
        Map<String, Object> values = new LinkedHashMap<>(examples.asMap());
        values.keySet().removeIf(candidate -> candidate.equals(key) || isRepetition(candidate, key));
        return Arguments.of(values);
    }

    private static ArgumentVariant replacing(String key, String value) {
        String shown = value.length() > 20 ? value.substring(0, 8) + "… (" + value.length() + " characters)" : value;
        return new ArgumentVariant("the example arguments with “" + key + "=" + shown + "”",
                examples -> with(examples, key, value));
    }

    private static Arguments with(Arguments examples, String key, String value) {
        Map<String, Object> values = new LinkedHashMap<>(examples.asMap());
        values.put(key, value);
        return Arguments.of(values);
    }

    private static List<String> oddValues(ParameterType type) {
        return switch (type) {
            case INTEGER, UNIX_TIME -> List.of("not-a-number", "99999999999999999999", "-1", "1.5");
            case BOOLEAN -> List.of("2", "yes");
            case STRING -> List.of(LONG_TEXT, "a/b\\c%00<&>\"'");
            case NESTED -> List.of();
        };
    }

    private static boolean isRepetition(String candidate, String key) {
        if (!candidate.startsWith(key + "-") || candidate.length() == key.length() + 1) {
            return false;
        }
        return candidate.substring(key.length() + 1).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
