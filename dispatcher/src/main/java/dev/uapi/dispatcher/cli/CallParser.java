package dev.uapi.dispatcher.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the plain command lines of a call without picocli, which costs a command-line call about a third of
 * its time (its classes are compiled for Java 5, and starting it runs much reflective code).
 *
 * <p>It accepts only what it parses exactly as picocli does: each option of {@link UapiCommand} at most once,
 * written {@code --name=value}, {@code --name value} or {@code -u value} with a value that starts with neither
 * {@code -} nor {@code @}, and positional words that start with neither. Anything else (help, version,
 * {@code --}, an unknown or repeated option, a missing value, an empty word, an {@code @file} that picocli
 * would expand) gives null, and picocli parses the line, so that those keep their texts and exit statuses.
 * {@code CallParserTest} checks the two parsers agree.
 */
final class CallParser {

    private static final int USER = 0;
    private static final int OUTPUT = 1;
    private static final int INPUT = 2;
    private static final int HOME = 3;

    private CallParser() {
    }

    /** The options and words, or null when picocli must parse {@code args}. */
    static CallOptions parse(String[] args) {
        String[] values = new String[4];
        boolean list = false;
        boolean setPassword = false;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (plain(arg)) {
                words.add(arg);
            } else if (arg.equals("--list") && !list) {
                list = true;
            } else if (arg.equals("--set-password") && !setPassword) {
                setPassword = true;
            } else {
                int equals = arg.indexOf('=');
                int option = option(arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg);
                if (option < 0 || values[option] != null) {
                    return null;
                }
                if (equals > 0 && arg.startsWith("--")) {
                    values[option] = arg.substring(equals + 1);
                } else if (i + 1 < args.length && plain(args[i + 1])) {
                    values[option] = args[++i];
                } else {
                    return null;
                }
            }
        }
        return new CallOptions(values[USER], values[OUTPUT], values[INPUT], values[HOME], list, setPassword, words);
    }

    /** A word picocli takes as it is: not empty, not an option's name, not an {@code @file}. */
    private static boolean plain(String arg) {
        return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
    }

    private static int option(String name) {
        switch (name) {
            case "--user":
            case "-u":
                return USER;
            case "--output":
                return OUTPUT;
            case "--input":
                return INPUT;
            case "--home":
                return HOME;
            default:
                return -1;
        }
    }
}
