package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.signin.SignInSettings;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@code bin/uapid} serves: the {@code server:} section of {@code uapi.yaml} after the command line's
 * flags. See {@code docs/server.md}.
 *
 * @param bind the address to listen on; loopback by default, so a new server is never exposed by accident
 * @param port the TCP port, 0 for any free one (tests)
 * @param tls HTTPS settings, or empty for plain HTTP
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 * @param idleTimeout how long a connection may stay silent, mid-request or between requests
 * @param requestTimeout how long a request's head (request line and headers), and then its whole body, may
 *     take to arrive, however they trickle in
 * @param threads the most worker threads
 * @param stopTimeout how long a graceful stop waits for requests in flight
 * @param signIn session lifetimes and failed-login limits ({@code server.sign_in}, see {@code docs/signing-in.md})
 */
public record ServerSettings(
        String bind,
        int port,
        Optional<TlsSettings> tls,
        long maxBodyBytes,
        Duration idleTimeout,
        Duration requestTimeout,
        int threads,
        Duration stopTimeout,
        SignInSettings signIn) {

    /** The defaults: {@code 127.0.0.1:2083}, plain HTTP, 1 MiB bodies, 30 s timeouts, 200 threads. */
    public static final ServerSettings DEFAULTS = new ServerSettings("127.0.0.1", 2083, Optional.empty(),
            1024 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(30), 200, Duration.ofSeconds(30));

    /** Checks for nulls. */
    public ServerSettings {
        requireNonNull(bind, "bind is null");
        requireNonNull(tls, "tls is null");
        requireNonNull(idleTimeout, "idleTimeout is null");
        requireNonNull(requestTimeout, "requestTimeout is null");
        requireNonNull(stopTimeout, "stopTimeout is null");
        requireNonNull(signIn, "signIn is null");
    }

    /** Settings with the default sign-in settings. */
    public ServerSettings(String bind, int port, Optional<TlsSettings> tls, long maxBodyBytes, Duration idleTimeout,
            Duration requestTimeout, int threads, Duration stopTimeout) {
        this(bind, port, tls, maxBodyBytes, idleTimeout, requestTimeout, threads, stopTimeout,
                SignInSettings.DEFAULTS);
    }

    /** The same settings on another address. */
    public ServerSettings withBind(String newBind) {
        return new ServerSettings(newBind, port, tls, maxBodyBytes, idleTimeout, requestTimeout, threads,
                stopTimeout, signIn);
    }

    /** The same settings on another port. */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(bind, newPort, tls, maxBodyBytes, idleTimeout, requestTimeout, threads,
                stopTimeout, signIn);
    }

    /** The same settings with another body limit. */
    public ServerSettings withMaxBodyBytes(long newMaxBodyBytes) {
        return new ServerSettings(bind, port, tls, newMaxBodyBytes, idleTimeout, requestTimeout, threads,
                stopTimeout, signIn);
    }

    /** The same settings with HTTPS. */
    public ServerSettings withTls(TlsSettings newTls) {
        return new ServerSettings(bind, port, Optional.of(newTls), maxBodyBytes, idleTimeout, requestTimeout,
                threads, stopTimeout, signIn);
    }

    /** The same settings with other timeouts. */
    public ServerSettings withTimeouts(Duration newIdleTimeout, Duration newRequestTimeout) {
        return new ServerSettings(bind, port, tls, maxBodyBytes, newIdleTimeout, newRequestTimeout, threads,
                stopTimeout, signIn);
    }
}
