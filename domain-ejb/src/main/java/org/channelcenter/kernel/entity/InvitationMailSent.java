package org.channelcenter.kernel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One invitation mail the platform sent for an organization (a send or a re-send), what the daily limit counts.
 * Insert-only, so simultaneous sends never contend for a row.
 */
@Entity
@Table(name = "invitation_mail_sent")
@NamedQuery(
        name = InvitationMailSent.COUNT_SINCE,
        query = "select count(m) from InvitationMailSent m where m.organizationId = :organizationId"
                + " and m.sentAt > :since")
public class InvitationMailSent {

    public static final String COUNT_SINCE = "InvitationMailSent.countSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected InvitationMailSent() {
        // for JPA
    }

    public InvitationMailSent(long organizationId, Instant sentAt) {
        this.organizationId = organizationId;
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
