package org.channelcenter.kernel.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens for links sent by mail (verification, invitations, password set-up): 256 random bits, given
 * to the recipient once, and stored only as a SHA-256 hash, so a copy of the database opens nothing.
 * A plain hash (no salt) is enough: the token is random and long, not a guessable password.
 */
public record SecureToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SecureToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new SecureToken(value, hashOf(value));
    }

    /** The stored form of a token someone presents; compare it with the stored hash. */
    public static String hashOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((value == null ? "" : value.trim()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "SecureToken[hash=" + hash + "]"; // never log the value
    }
}
