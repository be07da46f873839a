package dev.uapi.spi;

/**
 * A second step of signing in that a module offers, such as a code from an authenticator app. The host's
 * login asks it whether an account needs it and, if so, checks the code the person typed; the module keeps
 * its own records (secrets, used codes, failure counts), which the host never reads.
 *
 * <p>A module offers one by adding it to its {@link ApiModule} ({@link ApiModule.Builder#signInFactor}):
 *
 * <pre>{@code
 * ApiModule.builder("TwoFactorAuth")
 *         .function(...)
 *         .signInFactor(new TotpSignInFactor(store, verifier))
 *         .build();
 * }</pre>
 *
 * <p>The host calls both methods on its request threads, concurrently and from several server processes
 * sharing one store, so an implementation is safe for use from many threads and keeps what must hold across
 * processes (a code used once, a lock) in its {@link ModuleStorage}. When several loaded modules require a
 * factor for the same account, the login asks the first of them in module-name order.
 */
public interface SignInFactor {

    /**
     * Whether the account must pass this factor to sign in (for two-factor authentication: whether it
     * enrolled). Called after the password was found right, never for an account that failed it.
     *
     * @param account the account signing in, never null
     * @return true when the login must ask for a code
     * @throws StorageException when the module's store cannot be read; the login then fails closed
     */
    boolean isRequiredFor(String account);

    /**
     * Checks a code for an account that {@link #isRequiredFor requires} this factor. An accepted code is used
     * up: the same code must not be accepted again. A wrong code counts toward the module's own lock, the same
     * one its UAPI functions apply.
     *
     * @param account the account signing in, never null
     * @param code the code as typed; may be null or malformed
     * @return the outcome, never null; its message is shown to the person signing in and must not reveal a
     *     secret or whether the code was right while the account is locked
     * @throws StorageException when the module's store cannot be read or written; the login fails closed
     */
    SignInCheck check(String account, String code);
}
