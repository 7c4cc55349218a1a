package org.channelcenter.commerce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of a subscription, with its licenses and state as they were after it: the history billing charges
 * from (V42). Made only by the subscription's own transitions ({@link Subscription#opened}, {@link
 * Subscription#addLicenses}, {@link Subscription#suspend}, ...), which return it for the boundary to persist with
 * the change; never changed afterwards.
 */
@Entity
@Table(name = "subscription_change")
@NamedQuery(
        name = SubscriptionChange.OF_SUBSCRIPTION,
        query = "select c from SubscriptionChange c where c.subscription.id = :subscription order by c.changedAt, c.id")
public class SubscriptionChange {

    public static final String OF_SUBSCRIPTION = "SubscriptionChange.ofSubscription";

    /** What changed. */
    public enum Kind {
        ORDERED,
        LICENSES_ADDED,
        SUSPENDED,
        REACTIVATED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false)
    private SubscriptionStatus status;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected SubscriptionChange() {
        // for JPA
    }

    /** The subscription as it is now, after a change of this kind. */
    SubscriptionChange(Subscription subscription, Kind kind) {
        this.subscription = Objects.requireNonNull(subscription, "subscription");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.changedAt = subscription.getChangedAt();
        this.quantity = subscription.getQuantity();
        this.status = subscription.getStatus();
        this.changedBy = subscription.getChangedBy();
    }

    public Long getId() {
        return id;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
