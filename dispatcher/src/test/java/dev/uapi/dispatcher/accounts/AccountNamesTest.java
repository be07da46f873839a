package dev.uapi.dispatcher.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountNamesTest {

    @Test
    void aLowerCaseLetterThenLowerCaseLettersAndDigitsUpToSixteen() {
        assertThat(AccountNames.isValid("a")).isTrue();
        assertThat(AccountNames.isValid("alice")).isTrue();
        assertThat(AccountNames.isValid("user2026")).isTrue();
        assertThat(AccountNames.isValid("a234567890123456")).isTrue();
        assertThat(AccountNames.isValid("a2345678901234567")).isFalse();
    }

    @Test
    void teamUsersAreTwoValidNamesJoinedByAnAt() {
        assertThat(AccountNames.isValid("bob@alice")).isTrue();
        assertThat(AccountNames.isValid("bob@")).isFalse();
        assertThat(AccountNames.isValid("@alice")).isFalse();
        assertThat(AccountNames.isValid("a@b@c")).isFalse();
        assertThat(AccountNames.isValid("alice@example.com")).isFalse();
    }

    @Test
    void namesThatOnlyLookLikeAValidOneAreRefused() {
        for (String name : new String[] {"", " alice", "alice ", "Alice", "\u0430lice", "alice\u200b", "al\u0000ice",
            "1alice", "_alice", "alice_b", "alice-b", "al.ice", "\u00e9lise", "alice\ud800", "ALICE"}) {
            assertThat(AccountNames.isValid(name)).as(name).isFalse();
        }
        assertThat(AccountNames.isValid(null)).isFalse();
    }
}
