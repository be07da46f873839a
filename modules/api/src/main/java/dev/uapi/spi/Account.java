package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

/**
 * The account a call runs as.
 *
 * <p>Team users are accounts named {@code <team_user>@<owner>}.
 *
 * @param name the account name; it keys every per-account value in storage
 * @param demo whether the account is a demo account
 */
public record Account(String name, boolean demo) {

    /** Checks the name. */
    public Account {
        requireNonNull(name, "name is null");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("account name is empty");
        }
    }
}
