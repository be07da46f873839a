package dev.uapi.dispatcher.accounts;

import java.util.regex.Pattern;

/**
 * The one rule for account names, the same on every front end (command line, HTTP, settings file, Java),
 * cPanel's: a lower-case ASCII letter, then lower-case ASCII letters and digits, at most 16 characters in
 * all. A team user is the account {@code <team_user>@<owner>}, both parts following the rule. Nothing is
 * trimmed, folded or normalised: {@code " alice"}, {@code "Alice"}, a Cyrillic {@code "аlice"} or
 * {@code "alice\u200b"} are refused, not taken for {@code alice} or made into accounts of their own.
 */
public final class AccountNames {

    /** The longest name of an account or of a team user's part. */
    public static final int MAX_LENGTH = 16;

    /** What a caller is told when a name breaks the rule; it never repeats the name. */
    public static final String INVALID = "The account name is not valid: an account name is a lower-case letter"
            + " followed by at most " + (MAX_LENGTH - 1) + " lower-case letters or digits, and a team user is"
            + " <team_user>@<owner> with both parts such names.";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{0," + (MAX_LENGTH - 1) + "}");

    private AccountNames() {
    }

    /** Whether a name is an account's or a team user's ({@code <team_user>@<owner>}). */
    public static boolean isValid(String name) {
        if (name == null) {
            return false;
        }
        int at = name.indexOf('@');
        if (at < 0) {
            return NAME.matcher(name).matches();
        }
        return NAME.matcher(name.substring(0, at)).matches() && NAME.matcher(name.substring(at + 1)).matches();
    }
}
