package dev.uapi.dispatcher.startup;

import dev.uapi.dispatcher.crypto.ServerKeyException;
import dev.uapi.dispatcher.settings.SettingsFileException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a launcher prints when the host cannot start: a few lines, never a stack trace. The trace goes to the
 * {@code uapi.startup} logger at debug level, which only {@code log.level: debug} or
 * {@code UAPI_LOG_LEVEL=debug} shows.
 */
public final class FailureMessage {

    private static final System.Logger LOG = System.getLogger("uapi.startup");

    private FailureMessage() {
    }

    /**
     * The lines to print, each starting with the launcher's name.
     *
     * @param launcher {@code uapi} or {@code uapid}
     * @param failure what the start threw
     */
    public static List<String> lines(String launcher, Throwable failure) {
        LOG.log(System.Logger.Level.DEBUG, "start-up failure", failure);
        String prefix = launcher + ": ";
        List<String> lines = new ArrayList<>();
        if (failure instanceof SettingsFileException settings) {
            if (settings.problems().size() == 1) {
                lines.add(prefix + "cannot start: " + settings.problems().get(0));
            } else {
                lines.add(prefix + "cannot start: " + settings.problems().size() + " problems in " + settings.file() + ":");
                settings.problems().forEach(problem -> lines.add("  " + problem));
            }
            return lines;
        }
        lines.add(prefix + message(failure));
        return lines;
    }

    private static String message(Throwable failure) {
        if (failure instanceof StartupFailure) {
            return failure.getMessage();
        }
        if (failure instanceof ServerKeyException) {
            return "cannot read the server key: " + Causes.sentence(failure);
        }
        BindException bind = find(failure, BindException.class);
        if (bind != null) {
            String outer = failure == bind ? "" : Causes.sentence(failure) + ": ";
            return "cannot listen: " + outer + Causes.sentence(bind)
                    + " (another server on that port? choose another with --port or metrics.port)";
        }
        return "cannot start: " + Causes.sentence(failure);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
