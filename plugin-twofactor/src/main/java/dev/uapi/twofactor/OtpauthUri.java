package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.net.PercentCodec;

/**
 * The key URI that authenticator apps read from a QR code:
 * {@code otpauth://totp/<issuer>:<account>?secret=<SECRET>&issuer=<issuer>}, followed by
 * {@code &algorithm=}, {@code &digits=} and {@code &period=} for each parameter that differs from what apps
 * assume (SHA1, 6, 30), so that the common URI stays short and its QR code small.
 *
 * <p>Issuer and account are percent-encoded per RFC 3986: every byte of their UTF-8 form outside the
 * unreserved set {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX}, so a space is {@code %20} (never {@code +},
 * which apps would show) and {@code @} is {@code %40}. The secret is base32 and needs no encoding.
 *
 * @param issuer the issuer, as configured
 * @param account the account name
 * @param secret the normalised base32 secret
 * @param parameters the TOTP parameters
 */
record OtpauthUri(String issuer, String account, String secret, TotpParameters parameters) {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    /** Checks for nulls. */
    OtpauthUri {
        requireNonNull(issuer, "issuer is null");
        requireNonNull(account, "account is null");
        requireNonNull(secret, "secret is null");
        requireNonNull(parameters, "parameters is null");
    }

    /** The URI as text. */
    String text() {
        String encodedIssuer = encode(issuer);
        StringBuilder uri = new StringBuilder("otpauth://totp/")
                .append(encodedIssuer).append(':').append(encode(account))
                .append("?secret=").append(secret)
                .append("&issuer=").append(encodedIssuer);
        if (parameters.algorithm() != TotpParameters.DEFAULTS.algorithm()) {
            uri.append("&algorithm=").append(parameters.algorithm().name());
        }
        if (parameters.digits() != TotpParameters.DEFAULTS.digits()) {
            uri.append("&digits=").append(parameters.digits());
        }
        if (parameters.periodSeconds() != TotpParameters.DEFAULTS.periodSeconds()) {
            uri.append("&period=").append(parameters.periodSeconds());
        }
        return uri.toString();
    }

    /** Hides the secret. */
    @Override
    public String toString() {
        return "OtpauthUri[issuer=" + issuer + ", account=" + account + ", " + parameters + "]";
    }

    /** Percent-encodes one URI component per RFC 3986, with upper-case hex digits. */
    static String encode(String component) {
        try {
            // Commons Codec encodes non-ASCII bytes always, and the ASCII bytes it is given: all but the
            // unreserved. A codec per call is cheap and keeps the class free of static objects.
            PercentCodec codec = new PercentCodec(reservedAscii(), false);
            return new String(codec.encode(component.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
        } catch (EncoderException e) {
            // PercentCodec declares it but never throws it for a byte array
            throw new IllegalStateException("percent-encoding failed", e);
        }
    }

    private static byte[] reservedAscii() {
        StringBuilder reserved = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (UNRESERVED.indexOf(c) < 0) {
                reserved.append(c);
            }
        }
        return reserved.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
