package org.channelcenter.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * One organization an event concerns, with the event's time and action copied beside it (migration V19), so an
 * organization's audit log is read, filtered and ordered from the index on this table alone. Insert-only, like
 * the event; equal by organization, which is what makes a concern unique within its event.
 */
@Embeddable
public class AuditConcern {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    protected AuditConcern() {
        // for JPA
    }

    AuditConcern(Long organizationId, Instant occurredAt, AuditAction action) {
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.occurredAt = occurredAt;
        this.action = action;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditConcern concern && organizationId.equals(concern.organizationId);
    }

    @Override
    public int hashCode() {
        return organizationId.hashCode();
    }
}
