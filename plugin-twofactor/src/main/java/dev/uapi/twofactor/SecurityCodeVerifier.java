package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleEvents;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a security code for an account: its form, the account's lock, the TOTP value within the window,
 * and replay, in that order.
 *
 * <ul>
 *   <li>A code that is not exactly {@code digits} ASCII digits is refused at once: it cannot be a guess at a
 *       right code, so it is not counted against the account and nothing is read or written.
 *   <li>While the account is locked, every code is answered {@link CodeCheck.Outcome#LOCKED} before it is
 *       computed, so the answer says nothing about whether it was right.
 *   <li>A wrong code is counted; the code that reaches the limit is refused and sets the lock.
 *   <li>A right code of a step already used is refused but not counted: it proves the secret was known, and
 *       counting it would let a double submission lock its own account.
 * </ul>
 *
 * A lock set and a replay refused are counted ({@value #LOCKOUT}, {@value #REPLAY_REFUSED}) for the server's
 * metrics. Safe for use from many threads; see {@link ReplayGuard} and {@link FailureCounter} for what holds across
 * processes.
 */
final class SecurityCodeVerifier {

    /** The event counted when a wrong code sets an account's lock ({@link FailureCounter}). */
    static final String LOCKOUT = "lockout";
    /** The event counted when a right code of a step already used is refused. */
    static final String REPLAY_REFUSED = "replay_refused";

    private final TotpEngine engine;
    private final ReplayGuard replayGuard;
    private final FailureCounter failureCounter;
    private final Clock clock;
    private final int window;
    private final ModuleEvents events;

    @Inject
    SecurityCodeVerifier(
            TotpEngine engine,
            ReplayGuard replayGuard,
            FailureCounter failureCounter,
            Clock clock,
            TwoFactorAuthConfig config,
            ModuleEvents events) {
        this.engine = requireNonNull(engine, "engine is null");
        this.replayGuard = requireNonNull(replayGuard, "replayGuard is null");
        this.failureCounter = requireNonNull(failureCounter, "failureCounter is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.window = requireNonNull(config, "config is null").window();
        this.events = requireNonNull(events, "events is null");
    }

    /**
     * Checks a code, and on success uses its step and clears the account's wrong-code count.
     *
     * @param account the account whose replay and failure records apply
     * @param key the secret's bytes
     * @param parameters the TOTP parameters of that secret
     * @param code the code as submitted; may be null
     */
    CodeCheck check(String account, byte[] key, TotpParameters parameters, String code) {
        if (!isWellFormed(code, parameters.digits())) {
            return CodeCheck.refused();
        }
        Instant now = clock.instant();
        Optional<Instant> lock = failureCounter.lockedUntil(account, now);
        if (lock.isPresent()) {
            return CodeCheck.locked(lock.get());
        }
        long currentStep = parameters.step(now.getEpochSecond());
        long step = engine.matchingStep(key, parameters, code.getBytes(StandardCharsets.US_ASCII), currentStep, window);
        if (step == TotpEngine.NO_MATCH) {
            return failureCounter.recordFailure(account, now).map(CodeCheck::locked).orElse(CodeCheck.refused());
        }
        if (!replayGuard.claim(account, step)) {
            events.count(REPLAY_REFUSED);
            return CodeCheck.refused();
        }
        failureCounter.reset(account, now);
        return CodeCheck.accepted();
    }

    // ASCII only: Character.isDigit would let full-width and other Unicode digits through.
    static boolean isWellFormed(String code, int digits) {
        if (code == null || code.length() != digits) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
