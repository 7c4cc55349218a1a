package org.channelcenter.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void textsAreCutToTheirColumnSizes() {
        AuditEvent event = new AuditEvent(
                NOW,
                AuditAction.SIGN_IN_FAILED,
                "a".repeat(400),
                null,
                "t".repeat(600),
                "d".repeat(3000),
                "c".repeat(100),
                Set.of());

        assertEquals("a".repeat(320), event.getActorLogin());
        assertEquals("t".repeat(500), event.getTarget());
        assertEquals("d".repeat(2000), event.getDetails());
        assertEquals("c".repeat(64), event.getClientAddress());
    }

    @Test
    void textsThatFitAreKeptAndNullsStayNull() {
        AuditEvent event = new AuditEvent(
                NOW,
                AuditAction.SIGNED_OUT,
                "alice@fabrikam.example",
                null,
                null,
                "d".repeat(2000),
                "203.0.113.7",
                Set.of());

        assertEquals("alice@fabrikam.example", event.getActorLogin());
        assertNull(event.getTarget());
        assertEquals(2000, event.getDetails().length());
        assertEquals("203.0.113.7", event.getClientAddress());
    }

    @Test
    void actorOrganizationIsAmongTheConcernedOrganizations() {
        AuditEvent event =
                new AuditEvent(NOW, AuditAction.ACCESS_DENIED, "alice", 7L, null, null, null, Set.of(3L, 5L));

        assertEquals(Set.of(3L, 5L, 7L), event.getOrganizationIds());
        assertEquals(7L, event.getActorOrganizationId());
    }

    @Test
    void withoutActorOrganizationOnlyTheConcernedOnesAreKept() {
        AuditEvent event =
                new AuditEvent(NOW, AuditAction.SIGN_IN_FAILED, "nobody", null, null, null, null, Set.of(3L));

        assertEquals(Set.of(3L), event.getOrganizationIds());
    }
}
