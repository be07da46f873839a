package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

/**
 * What is known about an account's configuration without opening its secret.
 *
 * @param issuer the issuer the account enrolled under (the app shows it; a later change of the setting does
 *     not rename it there)
 * @param parameters the TOTP parameters the app was given
 */
record Enrollment(String issuer, TotpParameters parameters) {

    /** Checks for nulls. */
    Enrollment {
        requireNonNull(issuer, "issuer is null");
        requireNonNull(parameters, "parameters is null");
    }
}
