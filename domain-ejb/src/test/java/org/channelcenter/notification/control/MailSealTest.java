package org.channelcenter.notification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSealTest {

    private static final String TEXT = "Choose your password: http://localhost/public/set-password.xhtml?token=abcdef";

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedTextOpensWithTheSameKeyForTheSameRecipientOnly() {
        MailSeal seal = new MailSeal(key(1));

        String sealed = seal.seal(TEXT, "Lee@Example.test");

        assertFalse(sealed.contains("token"), sealed);
        assertNotEquals(sealed, seal.seal(TEXT, "lee@example.test"), "a fresh nonce each time");
        assertEquals(TEXT, seal.open(sealed, "lee@example.test"));
        assertThrows(IllegalStateException.class, () -> seal.open(sealed, "attacker@example.test"));
        assertThrows(IllegalStateException.class, () -> new MailSeal(key(2)).open(sealed, "lee@example.test"));
        String changed = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(IllegalStateException.class, () -> seal.open(changed, "lee@example.test"));
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThrows(IllegalStateException.class, () -> new MailSeal(new byte[16]));
    }

    @Test
    void theKeyFileIsGeneratedOnceReadableByItsOwnerOnlyAndThenReused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("security/mail-links.key");

        byte[] generated = MailSeal.keyFromFile(file);

        assertEquals(32, generated.length);
        assertArrayEquals(generated, MailSeal.keyFromFile(file));
        assertTrue(Files.exists(file));
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }
}
