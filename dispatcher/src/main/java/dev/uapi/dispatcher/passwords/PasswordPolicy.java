package dev.uapi.dispatcher.passwords;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (cPanel asks for 5; 12 is the least a
 * password alone should be, and a phrase of three words passes), at most {@value #MAX_LENGTH} (hashing a
 * megabyte would be a cheap way to load the server), and not containing the account's name in any case.
 */
public final class PasswordPolicy {

    /** The fewest characters (code points) a password may have. */
    public static final int MIN_LENGTH = 12;

    /** The most characters a password may have. */
    public static final int MAX_LENGTH = 1024;

    private PasswordPolicy() {
    }

    /**
     * Checks a new password.
     *
     * @return what is wrong with it, as a sentence for the person, or empty when it is acceptable
     */
    public static Optional<String> problem(String account, char[] password) {
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("The password must have at most " + MAX_LENGTH + " characters.");
        }
        if (text.toLowerCase(Locale.ROOT).contains(account.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the account name.");
        }
        return Optional.empty();
    }
}
