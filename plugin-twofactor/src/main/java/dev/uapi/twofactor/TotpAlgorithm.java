package dev.uapi.twofactor;

/**
 * The HMAC behind a TOTP code (RFC 6238 §1.2), named as the {@code algorithm} parameter of an otpauth URI
 * names it.
 */
enum TotpAlgorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    private final String macName;

    TotpAlgorithm(String macName) {
        this.macName = macName;
    }

    /** The JCA name of the MAC, for {@link javax.crypto.Mac#getInstance}. */
    String macName() {
        return macName;
    }
}
