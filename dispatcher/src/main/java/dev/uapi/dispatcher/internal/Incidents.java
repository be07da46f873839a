package dev.uapi.dispatcher.internal;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.FatalErrorHandler;
import dev.uapi.dispatcher.modules.PluginFailures;
import dev.uapi.spi.Call;

/**
 * Turns a failure that is not the module's chosen text into the contract's generic answer: the caller gets
 * {@code An unexpected error occurred in M::f (incident id). The server log has the details.} and the log
 * gets the cause and its trace under the same id. A {@linkplain PluginFailures#isFatal fatal} error is then
 * handed to the host's {@link FatalErrorHandler}.
 */
final class Incidents {

    private static final System.Logger LOG = System.getLogger(DefaultDispatcher.class.getName());

    private final FatalErrorHandler fatal;

    Incidents(FatalErrorHandler fatal) {
        this.fatal = requireNonNull(fatal, "fatal is null");
    }

    /**
     * Logs the failure of a call and answers it.
     *
     * @param call the call that failed
     * @param what the failure in words, for the log line (never for the caller)
     * @param failure the cause, or null when there is no throwable (data that cannot be rendered)
     */
    Envelope answer(Call call, String what, Throwable failure) {
        String incident = PluginFailures.newIncident();
        String where = call.module() + "::" + call.function();
        boolean fatalError = failure != null && PluginFailures.isFatal(failure);
        LOG.log(System.Logger.Level.ERROR, "Incident " + incident + ": " + where + " failed for account "
                + call.account().name() + ": " + what + (fatalError ? " (fatal: the JVM may be unusable)" : ""),
                failure);
        if (fatalError) {
            fatal.fatal(incident, where, failure);
        }
        return Envelope.failure("An unexpected error occurred in " + where + " (incident " + incident
                + "). The server log has the details.");
    }
}
