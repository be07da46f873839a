package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import dev.uapi.spi.SignInCheck;
import dev.uapi.spi.SignInFactor;
import java.util.Arrays;
import java.util.Optional;

/**
 * The login's second step for accounts that turned two-factor authentication on: the same code check as
 * {@code set_user_configuration} ({@link SecurityCodeVerifier}), so that a code used at login is used up, and
 * a wrong code at login counts toward the same lock.
 *
 * <p>Spaces in a typed code are ignored: apps show {@code 123 456}. Safe for use from many threads.
 */
final class TotpSignInFactor implements SignInFactor {

    /** cPanel's text for a wrong second-step code. */
    static final String INVALID = "The security code is invalid.";

    private final ConfigurationStore store;
    private final TotpSecrets secrets;
    private final SecurityCodeVerifier verifier;

    @Inject
    TotpSignInFactor(ConfigurationStore store, TotpSecrets secrets, SecurityCodeVerifier verifier) {
        this.store = requireNonNull(store, "store is null");
        this.secrets = requireNonNull(secrets, "secrets is null");
        this.verifier = requireNonNull(verifier, "verifier is null");
    }

    @Override
    public boolean isRequiredFor(String account) {
        return store.find(requireNonNull(account, "account is null")).isPresent();
    }

    @Override
    public SignInCheck check(String account, String code) {
        requireNonNull(account, "account is null");
        Optional<Enrollment> enrollment = store.find(account);
        Optional<String> secret = store.secret(account);
        if (enrollment.isEmpty() || secret.isEmpty()) {
            return SignInCheck.refused(INVALID);
        }
        byte[] key = secrets.decode(secret.get());
        CodeCheck check;
        try {
            check = verifier.check(account, key, enrollment.get().parameters(),
                    code == null ? null : code.replace(" ", ""));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        return switch (check.outcome()) {
            case ACCEPTED -> SignInCheck.accepted();
            case REFUSED -> SignInCheck.refused(INVALID);
            case LOCKED -> SignInCheck.locked("Too many invalid security codes. Try again after "
                    + SetUserConfiguration.LOCK_END.format(check.lockedUntil()) + ".");
        };
    }
}
