package org.channelcenter.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OneTimeLinksTest {

    private static final String TOKEN = "Xq3v_9kLr-2mWb8pYt5nZc1hJd7fGs4aEe6uIo0RyTw";
    private static final String LINK = "http://localhost:9080/public/set-password.xhtml?token=" + TOKEN;
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void everyLinkWithATokenIsReplacedWholeAndTheRestOfTheTextStays() {
        String text = "Choose your password with this link:\n" + LINK + "\n\nThen sign in at http://localhost:9080/\n"
                + "Or paste public/customer-invitation.xhtml?token=" + TOKEN + ". Thanks";

        String redacted = OneTimeLinks.redact(text);

        assertEquals(
                "Choose your password with this link:\n" + OneTimeLinks.REMOVED
                        + "\n\nThen sign in at http://localhost:9080/\nOr paste " + OneTimeLinks.REMOVED + ". Thanks",
                redacted);
        assertFalse(redacted.contains(TOKEN));
        assertFalse(OneTimeLinks.isIn(redacted));
        assertEquals(List.of(LINK, "public/customer-invitation.xhtml?token=" + TOKEN), OneTimeLinks.in(text));
    }

    @Test
    void aTextWithoutOneTimeLinksIsLeftAlone() {
        String text = "Hello, this is a test message from https://portal-of-a-very-long-host-name.example.com/"
                + " about the token= parameter";
        assertEquals(text, OneTimeLinks.redact(text));
        assertFalse(OneTimeLinks.isIn(text));
    }

    @Test
    void noStoredMailKeepsALinkWhateverItsStatus() {
        String body = "Accept here: " + LINK;
        OutboxMessage held =
                new OutboxMessage("user.invitation", "a@example.test", Locale.ENGLISH, "S", body, false, NOW);
        OutboxMessage pending = new OutboxMessage(
                "user.invitation", "a@example.test", Locale.ENGLISH, "S", body, "v1:sealed", true, NOW);

        assertEquals("Accept here: " + OneTimeLinks.REMOVED, held.getBody());
        assertEquals(null, held.getSealedBody(), "a HELD mail is never sent: nothing to seal");
        assertEquals("Accept here: " + OneTimeLinks.REMOVED, pending.getBody());
        assertEquals("v1:sealed", pending.getSealedBody());
    }

    @Test
    void theSealedTextGoesOnceTheMailIsSentOrGivenUp() {
        OutboxMessage sent = new OutboxMessage(
                "user.invitation", "a@example.test", Locale.ENGLISH, "S", LINK, "v1:sealed", true, NOW);
        sent.markSent(NOW);
        assertEquals(null, sent.getSealedBody());

        OutboxMessage failed = new OutboxMessage(
                "user.invitation", "a@example.test", Locale.ENGLISH, "S", LINK, "v1:sealed", true, NOW);
        for (int attempt = 0; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
            failed.recordFailure("refused", NOW);
        }
        assertEquals(MailStatus.FAILED, failed.getStatus());
        assertEquals(null, failed.getSealedBody());
        assertTrue(failed.getBody().contains(OneTimeLinks.REMOVED));
    }
}
