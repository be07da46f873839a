package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Makes each time step usable once per account (RFC 6238 §5.2: the verifier "MUST NOT accept the second
 * attempt"): the latest accepted step is stored, and a code of that step or an earlier one is refused.
 *
 * <p>The step is claimed with the storage's compare-and-set, so when several threads or server processes
 * check the same code at once, exactly one wins. The record outlives the configuration: removing and
 * re-enrolling does not make a used code usable again. Safe for use from many threads.
 */
final class ReplayGuard {

    static final String KEY = "last_step";

    private final ModuleStorage storage;

    @Inject
    ReplayGuard(ModuleStorage storage) {
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Records {@code step} as the account's latest used step if it is later than the one recorded.
     *
     * @return true when claimed; false when that step or a later one was used already
     */
    boolean claim(String account, long step) {
        // another thread or process may claim in between: update reads again, and its step may have been ours
        Optional<Versioned> before = storage.updateText(account, KEY, current -> current.isPresent()
                && step <= Long.parseLong(current.get()) ? current : Optional.of(Long.toString(step)));
        return before.isEmpty() || step > Long.parseLong(before.get().text());
    }
}
