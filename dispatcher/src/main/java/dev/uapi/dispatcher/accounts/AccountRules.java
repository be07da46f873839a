package dev.uapi.dispatcher.accounts;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What the settings file says about one account.
 *
 * @param demo whether the account is a demo account
 * @param features features switched on or off; a feature not listed is on
 */
public record AccountRules(boolean demo, Map<String, Boolean> features) {

    /** The rules of an account the settings file does not name: every feature on, no demo. */
    public static final AccountRules DEFAULT = new AccountRules(false, Map.of());

    /** Copies the features. */
    public AccountRules {
        features = Map.copyOf(requireNonNull(features, "features is null"));
    }

    /** Whether the account has a feature. */
    public boolean hasFeature(String feature) {
        return features.getOrDefault(feature, Boolean.TRUE);
    }
}
