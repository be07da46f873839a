package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the host does with a throwable from a plugin's code: every one is contained (the module or the call
 * fails, the host and the other modules go on), described for the operator in one line, and filed under an
 * incident id that the caller may quote.
 *
 * <p>The one exception is a {@link VirtualMachineError} other than {@link StackOverflowError}, such as an
 * {@link OutOfMemoryError}: it may have left the JVM unusable, so the server, after logging the incident with
 * the module and function, stops with status 3 ({@link #isFatal}). A stack overflow has unwound by the time
 * it is caught and leaves the JVM sound, so it is contained like any bug.
 */
public final class PluginFailures {

    private PluginFailures() {
    }

    /** A new incident id: ten hexadecimal digits, for a caller to quote and an operator to find in the log. */
    public static String newIncident() {
        return String.format(Locale.ROOT, "%010x", ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
    }

    /** Whether the error may have left the JVM unusable, so the server should stop after logging it. */
    public static boolean isFatal(Throwable failure) {
        return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
    }

    /**
     * The failure in one line for the operator: a class missing from the plugin's jars as
     * {@code needs class com.google.inject.Stage, which no jar in plugins/bandwidth provides}; anything else
     * as the throwable and its causes ({@code java.lang.IllegalStateException: no key; caused by ...}).
     *
     * @param failure what the plugin threw
     * @param source where the plugin was found: {@value PluginDiscovery#CLASS_PATH} or {@code plugins/<name>}
     */
    public static String describe(Throwable failure, String source) {
        requireNonNull(source, "source is null");
        String missing = missingClass(requireNonNull(failure, "failure is null"));
        if (missing != null) {
            return "needs class " + missing + ", which "
                    + (source.equals(PluginDiscovery.CLASS_PATH) ? "the class path does not provide"
                            : "no jar in " + source + " provides");
        }
        StringBuilder line = new StringBuilder(String.valueOf(failure));
        int shown = 0;
        for (Throwable cause = failure.getCause(); cause != null && cause != failure && shown < 4;
                cause = cause.getCause(), shown++) {
            line.append("; caused by ").append(cause);
        }
        // one line, as the startup report prints it (a Guice CreationException's message spans many)
        return line.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The name of the class whose absence caused the failure, or null when none is missing. */
    private static String missingClass(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            // "Could not initialize class X" is a class that failed its static initialiser, not a missing one
            if (cause instanceof NoClassDefFoundError && !message.startsWith("Could not initialize class")) {
                return message.replace('/', '.');
            }
            if (cause instanceof ClassNotFoundException) {
                return message;
            }
        }
        return null;
    }
}
