package dev.uapi.dispatcher.accounts;

import dev.uapi.spi.Account;
import java.util.Map;

/**
 * The features and demo status of accounts, from the {@code accounts:} section of the settings file.
 * Immutable; safe for concurrent use.
 */
public final class AccountDirectory {

    private final Map<String, AccountRules> rules;

    /** @param rules the accounts the settings file names */
    public AccountDirectory(Map<String, AccountRules> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** The rules of an account; the defaults when the settings file does not name it. */
    public AccountRules rules(String account) {
        return rules.getOrDefault(account, AccountRules.DEFAULT);
    }

    /** The account as the SPI shows it to a handler. */
    public Account account(String name) {
        return new Account(name, rules(name).demo());
    }
}
