package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInSessionTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-06T08:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);

    private final SignInSession session =
            new SignInSession("ab".repeat(32), "admin@reseller.channel.test", SIGNED_IN, Duration.ofHours(12));

    @Test
    void holdsWhileUsedWithinTheIdleLimit() {
        assertTrue(session.isLiveAt(SIGNED_IN.plus(IDLE), IDLE));
        assertFalse(session.isLiveAt(SIGNED_IN.plus(IDLE).plusSeconds(1), IDLE), "idle too long");
    }

    @Test
    void eachRequestMovesTheIdleLimitOn() {
        Instant later = SIGNED_IN.plus(Duration.ofMinutes(25));
        assertTrue(session.seenAt(later));
        assertTrue(session.isLiveAt(later.plus(IDLE), IDLE));
    }

    @Test
    void endsAfterItsLifetimeHoweverBusy() {
        Instant almostEnd = SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(60);
        for (Instant t = SIGNED_IN; t.isBefore(almostEnd); t = t.plus(Duration.ofMinutes(20))) {
            session.seenAt(t);
        }
        session.seenAt(almostEnd);
        assertTrue(session.isLiveAt(almostEnd, IDLE));
        assertFalse(session.isLiveAt(SIGNED_IN.plus(Duration.ofHours(12)), IDLE));
    }

    @Test
    void theLastSeenTimeIsWrittenAtMostOnceAMinute() {
        assertFalse(session.seenAt(SIGNED_IN.plusSeconds(59)), "no write within the minute");
        assertEquals(SIGNED_IN, session.getLastSeenAt());
        assertTrue(session.seenAt(SIGNED_IN.plusSeconds(60)));
        assertEquals(SIGNED_IN.plusSeconds(60), session.getLastSeenAt());
    }
}
