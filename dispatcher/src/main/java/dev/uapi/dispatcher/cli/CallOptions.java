package dev.uapi.dispatcher.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A command line as parsed, by {@link CallParser} or by picocli ({@link PicocliCommandLine}): what
 * {@link UapiCommand} runs.
 *
 * @param user {@code --user}, or null when not given
 * @param output {@code --output}, or null when not given (YAML)
 * @param input {@code --input}, or null when not given
 * @param home {@code --home}, or null when not given
 * @param list whether {@code --list} was given
 * @param setPassword whether {@code --set-password} was given
 * @param words the positional words: module, function, then {@code key=value} arguments
 */
record CallOptions(String user, String output, String input, String home, boolean list, boolean setPassword,
        List<String> words) {

    /** Copies the words. */
    CallOptions {
        words = List.copyOf(requireNonNull(words, "words is null"));
    }
}
