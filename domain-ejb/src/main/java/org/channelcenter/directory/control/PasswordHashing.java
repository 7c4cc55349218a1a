package org.channelcenter.directory.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes with the platform's PBKDF2 implementation (Jakarta Security), at OWASP's 2023 work
 * factor for PBKDF2-HMAC-SHA512. The parameters travel inside each stored hash, so raising them later
 * still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    /** A valid hash of a random password, verified against when no user matches, so timing reveals nothing. */
    private String decoyHash;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password, storedHash);
    }

    /** Spends the time of one verification, for a sign-in name that does not exist. */
    public void verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoyHash);
    }
}
