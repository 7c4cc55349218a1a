package org.channelcenter.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /** Records the parameters the hashing is set up with; hashes are not what these tests look at. */
    private static final class RecordingPbkdf2 implements Pbkdf2PasswordHash {
        final Map<String, String> parameters = new HashMap<>();

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters.putAll(parameters);
        }

        @Override
        public String generate(char[] password) {
            return "hash";
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return false;
        }
    }

    private static Map<String, String> configuredWith(int iterations) {
        PasswordHashing hashing = new PasswordHashing();
        RecordingPbkdf2 pbkdf2 = new RecordingPbkdf2();
        hashing.pbkdf2 = pbkdf2;
        hashing.iterations = iterations;
        hashing.configure();
        return pbkdf2.parameters;
    }

    @Test
    void theServersWorkFactorIsUsedForNewHashes() {
        assertEquals("210000", configuredWith(210_000).get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("600000", configuredWith(600_000).get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("PBKDF2WithHmacSHA512", configuredWith(210_000).get("Pbkdf2PasswordHash.Algorithm"));
    }

    @Test
    void aWorkFactorBelowThePlatformsFloorIsRaisedToIt() {
        assertEquals("1024", configuredWith(10).get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("1024", configuredWith(1_024).get("Pbkdf2PasswordHash.Iterations"));
    }
}
