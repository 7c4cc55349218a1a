package org.channelcenter.audit.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One audit event. Append-only: every column is insert-only, there are no setters, nothing in the application
 * deletes, and the database refuses any UPDATE or DELETE of an event or its organizations (migration V10).
 * Texts are cut to their column sizes rather than failing the business transaction that records them.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "actor_login", updatable = false)
    private String actorLogin;

    @Column(name = "actor_organization_id", updatable = false)
    private Long actorOrganizationId;

    @Column(updatable = false)
    private String target;

    @Column(updatable = false)
    private String details;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    /** The concerned organizations, each with this event's time and action (see {@link AuditConcern}). */
    @ElementCollection
    @CollectionTable(name = "audit_event_organization", joinColumns = @JoinColumn(name = "audit_event_id"))
    private Set<AuditConcern> concerns = new HashSet<>();

    /** The user and the target, lower case, for the logs' prefix search (see {@link AuditSearchKey}). */
    @ElementCollection
    @CollectionTable(name = "audit_search_key", joinColumns = @JoinColumn(name = "audit_event_id"))
    private Set<AuditSearchKey> searchKeys = new HashSet<>();

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(
            Instant occurredAt,
            AuditAction action,
            String actorLogin,
            Long actorOrganizationId,
            String target,
            String details,
            String clientAddress,
            Set<Long> concernedOrganizationIds) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.action = Objects.requireNonNull(action, "action");
        this.actorLogin = cut(actorLogin, 320);
        this.actorOrganizationId = actorOrganizationId;
        this.target = cut(target, 500);
        this.details = cut(details, 2000);
        this.clientAddress = cut(clientAddress, 64);
        if (this.actorLogin != null) {
            searchKeys.add(new AuditSearchKey(this.actorLogin, occurredAt));
        }
        if (this.target != null) {
            searchKeys.add(new AuditSearchKey(this.target, occurredAt));
        }
        concernedOrganizationIds.forEach(this::concern);
        if (actorOrganizationId != null) {
            concern(actorOrganizationId);
        }
    }

    private void concern(Long organizationId) {
        concerns.add(new AuditConcern(organizationId, occurredAt, action));
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public Long getActorOrganizationId() {
        return actorOrganizationId;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Set<Long> getOrganizationIds() {
        return concerns.stream().map(AuditConcern::getOrganizationId).collect(Collectors.toUnmodifiableSet());
    }
}
