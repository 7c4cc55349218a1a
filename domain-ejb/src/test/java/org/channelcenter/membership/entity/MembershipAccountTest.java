package org.channelcenter.membership.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MembershipAccountTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void userNameIsKeptTrimmedInLowerCase() {
        assertEquals("contoso-mpn", new MembershipAccount("  Contoso-MPN ", "hash", NOW).getUserName());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "ab", "with space", "comma,name", "quote\"d"})
    void otherUserNamesAreRefused(String userName) {
        assertThrows(IllegalArgumentException.class, () -> new MembershipAccount(userName, "hash", NOW));
    }

    @Test
    void aUserNameOfAHundredCharactersIsTheLongest() {
        new MembershipAccount("a".repeat(100), "hash", NOW);
        assertThrows(IllegalArgumentException.class, () -> new MembershipAccount("a".repeat(101), "hash", NOW));
    }

    @Test
    void aResetReplacesThePasswordHashButNeverWithNothing() {
        MembershipAccount account = new MembershipAccount("member", "old-hash", NOW);

        account.changePasswordHash("new-hash");

        assertEquals("new-hash", account.getPasswordHash());
        assertThrows(IllegalArgumentException.class, () -> account.changePasswordHash(" "));
        assertEquals("new-hash", account.getPasswordHash());
    }

    @Test
    void passwordsNeedEightToHundredTwentyEightCharacters() {
        assertEquals(false, MembershipAccount.isAcceptablePassword("1234567"));
        assertEquals(true, MembershipAccount.isAcceptablePassword("12345678"));
        assertEquals(true, MembershipAccount.isAcceptablePassword("x".repeat(128)));
        assertEquals(false, MembershipAccount.isAcceptablePassword("x".repeat(129)));
    }
}
