package dev.uapi.dispatcher.signin;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.modules.PluginFailures;
import dev.uapi.dispatcher.modules.ThreadContextClassLoader;
import dev.uapi.spi.ApiModule;
import dev.uapi.spi.SignInCheck;
import dev.uapi.spi.SignInFactor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The second steps the loaded modules offer, in module-name order. A factor that throws fails closed: the
 * login is refused and the failure logged, never let through. Safe for use from many threads.
 */
public final class SignInFactors {

    private static final System.Logger LOG = System.getLogger(SignInFactors.class.getName());
    private static final String UNAVAILABLE = "The security code cannot be checked right now. Try again later.";

    private final Supplier<Map<String, List<SignInFactor>>> byModule;

    /** @param byModule each loaded module's factors, by module name */
    public SignInFactors(Map<String, List<SignInFactor>> byModule) {
        Map<String, List<SignInFactor>> copy = new TreeMap<>(requireNonNull(byModule, "byModule is null"));
        copy.replaceAll((module, factors) -> List.copyOf(factors));
        this.byModule = () -> copy;
    }

    private SignInFactors(Supplier<Map<String, List<SignInFactor>>> byModule) {
        this.byModule = byModule;
    }

    /**
     * Factors known only once {@code factors} answers, which may wait: {@code uapid} creates most modules after
     * it starts serving, and a login asks for its second step only once every module that may bring one exists.
     */
    public static SignInFactors awaiting(Supplier<SignInFactors> factors) {
        requireNonNull(factors, "factors is null");
        return new SignInFactors(() -> factors.get().byModule.get());
    }

    /** The factors of the loaded modules. */
    public static SignInFactors of(List<ApiModule> modules) {
        Map<String, List<SignInFactor>> byModule = new TreeMap<>();
        for (ApiModule module : modules) {
            if (!module.signInFactors().isEmpty()) {
                byModule.put(module.name(), module.signInFactors());
            }
        }
        return new SignInFactors(byModule);
    }

    /**
     * The first factor that the account needs.
     *
     * @throws FactorUnavailable when a factor failed to answer
     */
    Optional<Named> requiredFor(String account) {
        for (Map.Entry<String, List<SignInFactor>> module : byModule.get().entrySet()) {
            for (SignInFactor factor : module.getValue()) {
                Named named = new Named(module.getKey(), factor);
                if (named.ask(() -> factor.isRequiredFor(account))) {
                    return Optional.of(named);
                }
            }
        }
        return Optional.empty();
    }

    /** A module's factor, for messages and logs. */
    record Named(String module, SignInFactor factor) {

        /** Checks a code; a failure of the module is a lock-like refusal. */
        SignInCheck check(String account, String code) {
            SignInCheck check = contained(() -> factor.check(account, code));
            return check == null ? SignInCheck.locked(UNAVAILABLE) : check;
        }

        private boolean ask(Supplier<Boolean> question) {
            Boolean required = contained(question);
            if (required == null) {
                throw new FactorUnavailable(UNAVAILABLE);
            }
            return required;
        }

        /**
         * Runs the module's code as the dispatcher runs a handler: with its class loader as the thread's, and
         * whatever it throws contained (logged; null returned), unless the JVM itself may be broken.
         */
        private <T> T contained(Supplier<T> work) {
            try {
                return ThreadContextClassLoader.call(factor.getClass().getClassLoader(), work);
            } catch (Throwable e) {
                if (PluginFailures.isFatal(e)) {
                    throw e;
                }
                LOG.log(System.Logger.Level.ERROR, "sign-in: the second step of module " + module + " failed", e);
                return null;
            }
        }
    }

    /** A factor could not tell whether the account needs it: the login fails closed. */
    static final class FactorUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1;

        FactorUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
