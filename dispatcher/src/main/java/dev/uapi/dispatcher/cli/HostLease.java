package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.Host;
import java.nio.file.Path;

/**
 * Where a command-line call gets its host from: a host of its own, started for the call and closed after it
 * ({@link #STARTED}), or the resident host's, which outlives the call ({@link ResidentCalls}).
 */
interface HostLease {

    /** A new host for each call, closed after it. */
    HostLease STARTED = new HostLease() {
        @Override
        public Host open(Path home) {
            return Host.start(home);
        }

        @Override
        public void release(Host host) {
            host.close();
        }
    };

    /**
     * The host of {@code home}, started.
     *
     * @throws RuntimeException as {@link Host#start(Path)} does
     */
    Host open(Path home);

    /** Done with a host {@link #open} gave. */
    void release(Host host);
}
