package org.channelcenter.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Seals the full text of a mail that carries a one-time link for the time it waits for delivery (AES-256-GCM), so
 * that the database, and every backup of it, holds no usable link. The key never is in the database: it is the
 * server variable {@code cc.mail.key} (32 random bytes, Base64), the same on every server over one database; when
 * that is empty, the key in the file {@code cc.mail.key.file}, which the first start generates. The recipient is
 * bound to the sealed text, so a sealed link moved onto a mail to someone else does not open.
 */
@ApplicationScoped
public class MailSeal {

    private static final Logger LOG = Logger.getLogger(MailSeal.class.getName());
    private static final String FORMAT = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Config config;

    private volatile SecretKey key;

    /** For CDI. */
    protected MailSeal() {}

    /** With a given key (32 bytes), for tests. */
    MailSeal(byte[] key) {
        this.key = keyOf(key, "the key given");
    }

    /** The text encrypted for that recipient, in a form that fits a text column. */
    public String seal(String text, String recipient) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(recipient));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a mail", e);
        }
    }

    /**
     * The text sealed for that recipient.
     *
     * @throws IllegalStateException when it was sealed with another key (another server's, or before the key
     *     changed), for another recipient, or changed since
     */
    public String open(String sealed, String recipient) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new IllegalStateException("not a sealed mail text");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(associated(recipient));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the mail's sealed text does not open with this server's cc.mail.key (another server's key,"
                            + " a changed key, or a changed row)",
                    e);
        }
    }

    private static byte[] associated(String recipient) {
        return recipient.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = configuredKey();
                }
                current = key;
            }
        }
        return current;
    }

    private SecretKey configuredKey() {
        // Optional lookups: MicroProfile Config treats the server variables' empty defaults as missing values.
        var configured = config.getOptionalValue("cc.mail.key", String.class).filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return keyOf(decode(configured.get().strip(), "cc.mail.key"), "cc.mail.key");
        }
        Path file = config.getOptionalValue("cc.mail.key.file", String.class)
                .filter(value -> !value.isBlank())
                .map(Path::of)
                .orElseThrow(() -> new IllegalStateException(
                        "no key to seal mail links with: set the server variable cc.mail.key (or cc.mail.key.file)"));
        return keyOf(keyFromFile(file), file.toString());
    }

    /**
     * The key in the file, made (32 random bytes, readable by the server's user only) when there is none yet.
     * Two servers starting at once over one file both end up with the one written first.
     */
    static byte[] keyFromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] generated = new byte[KEY_BYTES];
                RANDOM.nextBytes(generated);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(
                            file,
                            Base64.getEncoder().encodeToString(generated) + System.lineSeparator(),
                            StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    restrictToOwner(file);
                    LOG.warning(() -> "Generated the key that seals one-time links in queued mail: " + file
                            + ". Servers over one database need the same key: set cc.mail.key on each.");
                    return generated;
                } catch (FileAlreadyExistsException raced) {
                    // another server wrote it first: use that one
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the mail key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps its folder's access rules
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not Base64", e);
        }
    }

    private static SecretKey keyOf(byte[] bytes, String source) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(
                    source + " must be " + KEY_BYTES + " bytes (Base64 of 32 random bytes)," + " not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
