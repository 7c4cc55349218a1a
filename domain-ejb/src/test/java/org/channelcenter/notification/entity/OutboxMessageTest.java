package org.channelcenter.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant QUEUED = Instant.parse("2026-03-01T10:00:00Z");

    private static OutboxMessage pending() {
        return new OutboxMessage("test.ping", "someone@example.test", Locale.ENGLISH, "Subject", "Body", true, QUEUED);
    }

    private static OutboxMessage held() {
        return new OutboxMessage("test.ping", "someone@example.test", Locale.ENGLISH, "Subject", "Body", false, QUEUED);
    }

    @Test
    void aDeliverableMailIsPendingAndDueAtOnce() {
        OutboxMessage mail = pending();
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertTrue(mail.isDue(QUEUED));
        assertFalse(mail.isDue(QUEUED.minusSeconds(1)));
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void aHeldMailIsNeverDueAndCannotBeSentOrRetried() {
        OutboxMessage mail = held();
        assertEquals(MailStatus.HELD, mail.getStatus());
        assertFalse(mail.isDue(QUEUED.plus(Duration.ofDays(365))));
        assertThrows(IllegalStateException.class, () -> mail.markSent(QUEUED));
        assertThrows(IllegalStateException.class, () -> mail.recordFailure("boom", QUEUED));
        assertEquals(MailStatus.HELD, mail.getStatus());
        assertEquals(0, mail.getAttempts());
    }

    @Test
    void markSentRecordsTheTimeAndEndsTheRetries() {
        OutboxMessage mail = pending();
        Instant now = QUEUED.plusSeconds(5);

        mail.markSent(now);

        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(now, mail.getSentAt());
        assertEquals(1, mail.getAttempts());
        assertNull(mail.getNextAttemptAt());
        assertFalse(mail.isDue(now.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, () -> mail.markSent(now), "sent once only");
        assertThrows(IllegalStateException.class, () -> mail.recordFailure("late", now));
    }

    @Test
    void aFailureKeepsTheMailPendingWithTheErrorAndALaterAttempt() {
        OutboxMessage mail = pending();
        Instant now = QUEUED.plusSeconds(2);

        mail.recordFailure("Connection refused", now);

        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(1, mail.getAttempts());
        assertEquals("Connection refused", mail.getLastError());
        assertEquals(now.plusSeconds(30), mail.getNextAttemptAt());
        assertFalse(mail.isDue(now.plusSeconds(29)));
        assertTrue(mail.isDue(now.plusSeconds(30)));
    }

    @Test
    void aSuccessAfterFailuresCountsEveryAttempt() {
        OutboxMessage mail = pending();
        mail.recordFailure("down", QUEUED);
        mail.recordFailure("still down", QUEUED.plusSeconds(30));

        mail.markSent(QUEUED.plusSeconds(120));

        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(3, mail.getAttempts());
    }

    @Test
    void theBackOffStartsWhereTheServerSaysAndDoubles() {
        assertEquals(Duration.ofSeconds(3), OutboxMessage.retryDelay(1, Duration.ofSeconds(3)));
        assertEquals(Duration.ofSeconds(12), OutboxMessage.retryDelay(3, Duration.ofSeconds(3)));
        OutboxMessage mail = pending();
        mail.recordFailure("down", QUEUED, Duration.ofSeconds(3));
        assertEquals(QUEUED.plusSeconds(3), mail.getNextAttemptAt());
    }

    @Test
    void theBackOffDoublesFromThirtySecondsUpToOneHour() {
        assertEquals(Duration.ofSeconds(30), OutboxMessage.retryDelay(1));
        assertEquals(Duration.ofSeconds(60), OutboxMessage.retryDelay(2));
        assertEquals(Duration.ofSeconds(120), OutboxMessage.retryDelay(3));
        assertEquals(Duration.ofSeconds(1920), OutboxMessage.retryDelay(7));
        assertEquals(Duration.ofHours(1), OutboxMessage.retryDelay(8));
        assertEquals(Duration.ofHours(1), OutboxMessage.retryDelay(1000));
        assertThrows(IllegalArgumentException.class, () -> OutboxMessage.retryDelay(0));
    }

    @Test
    void eachFailureWaitsLongerThanTheOneBefore() {
        OutboxMessage mail = pending();
        Instant now = QUEUED;
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
            mail.recordFailure("down", now);
            Duration waited = Duration.between(now, mail.getNextAttemptAt());
            assertTrue(waited.compareTo(previous) > 0, "attempt " + attempt + " waits " + waited);
            previous = waited;
            now = mail.getNextAttemptAt();
        }
    }

    @Test
    void theLastAllowedFailureGivesTheMailUp() {
        OutboxMessage mail = pending();
        for (int attempt = 1; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
            mail.recordFailure("down " + attempt, QUEUED);
            assertEquals(MailStatus.PENDING, mail.getStatus());
        }

        mail.recordFailure("down for good", QUEUED);

        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(OutboxMessage.MAX_ATTEMPTS, mail.getAttempts());
        assertEquals("down for good", mail.getLastError());
        assertNull(mail.getNextAttemptAt());
        assertFalse(mail.isDue(QUEUED.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, () -> mail.recordFailure("again", QUEUED));
    }

    @Test
    void aLongErrorIsShortenedToFitAndAMissingOneIsNamed() {
        OutboxMessage mail = pending();
        mail.recordFailure("x".repeat(5000), QUEUED);
        assertEquals(OutboxMessage.ERROR_LENGTH, mail.getLastError().length());

        OutboxMessage other = pending();
        other.recordFailure(null, QUEUED);
        assertEquals("unknown error", other.getLastError());
    }

    @Test
    void aClaimHoldsOnlyWhileTheMailIsPendingAndUnchanged() {
        OutboxMessage mail = pending();
        assertTrue(mail.isClaimedAt(mail.getVersion()));
        assertFalse(mail.isClaimedAt(mail.getVersion() + 1), "someone else claimed it since");

        mail.markSent(QUEUED);

        assertFalse(mail.isClaimedAt(mail.getVersion()), "a sent mail is not attempted again");
    }
}
