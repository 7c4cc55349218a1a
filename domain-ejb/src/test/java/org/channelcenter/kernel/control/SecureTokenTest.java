package org.channelcenter.kernel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecureTokenTest {

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        SecureToken first = SecureToken.generate();
        SecureToken second = SecureToken.generate();
        assertNotEquals(first.value(), second.value());
        assertEquals(43, first.value().length(), "256 bits in unpadded base64url");
        assertTrue(first.value().matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void onlyTheHashIsKeptAndItMatchesThePresentedValue() {
        SecureToken token = SecureToken.generate();
        assertEquals(token.hash(), SecureToken.hashOf(token.value()));
        assertEquals(64, token.hash().length());
        assertNotEquals(token.hash(), SecureToken.hashOf(token.value() + "x"));
        assertFalse(token.toString().contains(token.value()), "the value never appears in logs");
    }
}
