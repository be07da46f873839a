package dev.uapi.dispatcher.tokens;

import dev.uapi.spi.ApiException;
import java.util.regex.Pattern;

/** The rule for API token names, with the contract's exact refusal text. */
final class TokenName {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,50}");

    private TokenName() {
    }

    /** Whether a token may have this name. */
    static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    /**
     * Checks a name.
     *
     * @return the name, unchanged
     * @throws ApiException the contract's text naming the value, when the name breaks the rule
     */
    static String check(String name) {
        if (isValid(name)) {
            return name;
        }
        throw new ApiException("“" + name + "” is not a valid API token name. An API token name must not be longer"
                + " than 50 characters and may only contain the following 64 characters: a-z A-Z 0-9 _ -");
    }
}
