package dev.uapi.dispatcher.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThat(PasswordPolicy.problem("alice", "abcdefghijk".toCharArray()))
                .contains("The password must have at least 12 characters.");
        assertThat(PasswordPolicy.problem("alice", "abcdefghijkl".toCharArray())).isEmpty();
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        // eleven emoji are 22 UTF-16 units but eleven characters
        assertThat(PasswordPolicy.problem("alice", "😀".repeat(11).toCharArray())).isPresent();
    }

    @Test
    void theAccountNameInAnyCaseIsRefused() {
        assertThat(PasswordPolicy.problem("alice", "my-ALICE-password".toCharArray()))
                .contains("The password must not contain the account name.");
    }

    @Test
    void aVeryLongPasswordIsRefused() {
        assertThat(PasswordPolicy.problem("alice", "x".repeat(1025).toCharArray())).isPresent();
    }
}
