package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleSettings;
import dev.uapi.spi.SettingsException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The module's settings, read once at startup from the {@code modules.TwoFactorAuth} section of
 * {@code uapi.yaml} and checked strictly.
 *
 * @param issuer the name authenticator apps show next to the account; {@code ^[ a-zA-Z0-9._-]{1,32}$}
 * @param parameters algorithm, digits and step length of new configurations
 * @param window how many steps either side of the current one a code may come from
 * @param secretLength the length of generated secrets in base32 characters, a multiple of 8
 * @param maxFailures how many wrong codes in a row lock an account's code checks
 * @param lockout how long the lock lasts
 */
record TwoFactorAuthConfig(
        String issuer, TotpParameters parameters, int window, int secretLength, int maxFailures, Duration lockout) {

    static final String ISSUER = "issuer";
    static final String ALGORITHM = "algorithm";
    static final String DIGITS = "digits";
    static final String PERIOD = "period";
    static final String WINDOW = "window";
    static final String SECRET_LENGTH = "secret_length";
    static final String MAX_FAILURES = "max_failures";
    static final String LOCKOUT_SECONDS = "lockout_seconds";

    /** The issuer rule of the spec; also what a host name must match to serve as the default issuer. */
    static final Pattern ISSUER_PATTERN = Pattern.compile("[ a-zA-Z0-9._-]{1,32}");

    /** The issuer when the host name cannot serve as one. */
    static final String FALLBACK_ISSUER = "localhost";

    /** Checks the values that the settings reader cannot check alone. */
    TwoFactorAuthConfig {
        requireNonNull(issuer, "issuer is null");
        requireNonNull(parameters, "parameters is null");
        requireNonNull(lockout, "lockout is null");
        if (!ISSUER_PATTERN.matcher(issuer).matches()) {
            throw new IllegalArgumentException("invalid issuer: " + issuer);
        }
    }

    /**
     * Reads every setting the module knows, so that the host can report any other key as unknown.
     *
     * @param settings the module's section
     * @param hostName gives the host name, asked only when {@code issuer} is not set
     * @throws SettingsException naming the key of the first invalid setting
     */
    static TwoFactorAuthConfig from(ModuleSettings settings, Supplier<String> hostName) {
        String issuer = settings.text(ISSUER, null);
        if (issuer != null && !ISSUER_PATTERN.matcher(issuer).matches()) {
            throw settings.invalid(ISSUER, issuer,
                    "1 to 32 letters, digits, spaces, “.”, “_” or “-” (^[ a-zA-Z0-9._-]{1,32}$)");
        }
        Set<String> algorithms = Arrays.stream(TotpAlgorithm.values()).map(Enum::name).collect(Collectors.toSet());
        TotpAlgorithm algorithm = TotpAlgorithm.valueOf(settings.choice(ALGORITHM, "SHA1", algorithms));
        int digits = (int) settings.integer(DIGITS, 6, TotpParameters.MIN_DIGITS, TotpParameters.MAX_DIGITS);
        int period = (int) settings.integer(PERIOD, 30, 10, 300);
        int window = (int) settings.integer(WINDOW, 1, 0, 5);
        int secretLength = (int) settings.integer(SECRET_LENGTH, 32, TotpSecrets.MIN_LENGTH, TotpSecrets.MAX_LENGTH);
        int maxFailures = (int) settings.integer(MAX_FAILURES, 5, 1, 100);
        Duration lockout = settings.duration(LOCKOUT_SECONDS, Duration.ofMinutes(15), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofDays(1));

        if (secretLength % 8 != 0) {
            // a multiple of 8 characters is a whole number of bytes, so the secret needs no padding
            throw settings.invalid(SECRET_LENGTH, Integer.toString(secretLength),
                    "a multiple of 8 from " + TotpSecrets.MIN_LENGTH + " to " + TotpSecrets.MAX_LENGTH
                            + " (16 = 80 bits, 32 = 160 bits)");
        }
        if (issuer == null) {
            issuer = defaultIssuer(hostName.get());
        }
        return new TwoFactorAuthConfig(
                issuer,
                new TotpParameters(algorithm, digits, period),
                window,
                secretLength,
                maxFailures,
                lockout);
    }

    /**
     * The host name if it is a valid issuer; else its first label (a fully qualified name may be longer than
     * 32 characters); else {@value #FALLBACK_ISSUER}.
     */
    static String defaultIssuer(String hostName) {
        if (hostName == null) {
            return FALLBACK_ISSUER;
        }
        if (ISSUER_PATTERN.matcher(hostName).matches()) {
            return hostName;
        }
        int dot = hostName.indexOf('.');
        String shortName = dot < 0 ? hostName : hostName.substring(0, dot);
        return ISSUER_PATTERN.matcher(shortName).matches() ? shortName : FALLBACK_ISSUER;
    }
}
