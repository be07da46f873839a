package dev.uapi.dispatcher.passwords;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters.Builder;

/**
 * Hashes passwords with Argon2id (Bouncy Castle's {@link Argon2BytesGenerator}) into PHC strings,
 * {@code $argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>} (unpadded base64), and checks a password against one
 * in constant time.
 *
 * <p>Each hash holds up to {@code m} KiB for a moment, so at most {@link #CONCURRENT} run at once: a burst of
 * logins waits rather than exhausting the heap. Safe for use from many threads.
 */
public final class PasswordHasher {

    /** How many hashes may run at the same time. */
    static final int CONCURRENT = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([0-9]{1,8}),t=([0-9]{1,3}),p=([0-9]{1,3})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private final Argon2Parameters parameters;
    private final SecureRandom random;
    private final Semaphore running = new Semaphore(CONCURRENT);
    private volatile String dummy;

    /**
     * @param parameters the cost of new hashes
     * @param random the source of salts
     */
    public PasswordHasher(Argon2Parameters parameters, SecureRandom random) {
        this.parameters = requireNonNull(parameters, "parameters is null");
        this.random = requireNonNull(random, "random is null");
    }

    /** A new PHC string for a password, with a fresh salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, parameters, HASH_BYTES);
        return "$argon2id$v=19$m=" + parameters.memoryKib() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /**
     * Checks a password against a PHC string written by {@link #hash}, or, when there is none, against a dummy
     * hash, so that the time taken does not tell whether the account has a password.
     *
     * @param phc the stored PHC string, or null
     * @return whether it matches; false for null or a malformed string
     */
    public boolean verify(String phc, char[] password) {
        Matcher m = phc == null ? null : PHC.matcher(phc);
        if (m == null || !m.matches()) {
            verify(dummy(), password);
            return false;
        }
        Argon2Parameters stored;
        try {
            stored = new Argon2Parameters(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(m.group(4));
        byte[] expected = Base64.getDecoder().decode(m.group(5));
        byte[] actual = derive(password, salt, stored, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }


    /** Checked against when an account has no password, so that its answer takes as long as a real check. */
    private String dummy() {
        String made = dummy;
        if (made == null) {
            made = hash("no account has this password".toCharArray());
            dummy = made;
        }
        return made;
    }

    private byte[] derive(char[] password, byte[] salt, Argon2Parameters cost, int length) {
        byte[] secret = utf8(password);
        try {
            running.acquireUninterruptibly();
            try {
                Argon2BytesGenerator generator = new Argon2BytesGenerator();
                generator.init(new Builder(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                        .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
                        .withMemoryAsKB(cost.memoryKib())
                        .withIterations(cost.iterations())
                        .withParallelism(cost.parallelism())
                        .withSalt(salt)
                        .build());
                byte[] out = new byte[length];
                generator.generateBytes(secret, out);
                return out;
            } finally {
                running.release();
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
