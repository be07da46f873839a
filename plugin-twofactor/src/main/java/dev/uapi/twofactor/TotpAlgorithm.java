package dev.uapi.twofactor;

/**
 * The HMAC behind a TOTP code (RFC 6238 §1.2), named as the {@code algorithm} parameter of an otpauth URI
 * names it.
 */
enum TotpAlgorithm {
    SHA1("HmacSHA1", "SHA-1", 64),
    SHA256("HmacSHA256", "SHA-256", 64),
    SHA512("HmacSHA512", "SHA-512", 128);

    private final String macName;
    private final String digestName;
    private final int blockBytes;

    TotpAlgorithm(String macName, String digestName, int blockBytes) {
        this.macName = macName;
        this.digestName = digestName;
        this.blockBytes = blockBytes;
    }

    /** The JCA name of the MAC, for {@link javax.crypto.Mac#getInstance}. */
    String macName() {
        return macName;
    }

    /** The JCA name of the hash, for {@link java.security.MessageDigest#getInstance}. */
    String digestName() {
        return digestName;
    }

    /** The hash's block size in bytes: the length of HMAC's padded key (RFC 2104 §2). */
    int blockBytes() {
        return blockBytes;
    }
}
