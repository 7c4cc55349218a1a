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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.channelcenter.commerce.entity.CommerceRefusedException.Reason;
import org.channelcenter.directory.entity.Organization;

/**
 * What a customer holds of one offer, from one provider through one reseller of record (SPEC §7). Its
 * quantity (licenses) always stays within the offer's minimum and maximum. ACTIVE ⇄ SUSPENDED, either →
 * CANCELLED, which is final. At most one open (not cancelled) subscription per customer, offer, provider and
 * reseller: {@code open_key} is unique while open and NULL after, so later orders add licenses to it and two
 * racing orders cannot open a second one.
 */
@Entity
@Table(name = "subscription")
@NamedQuery(name = Subscription.OPEN_FOR_KEY, query = "select s from Subscription s where s.openKey = :key")
public class Subscription {

    public static final String OPEN_FOR_KEY = "Subscription.openForKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Organization customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private Offer offer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Organization provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reseller_id", nullable = false, updatable = false)
    private Organization reseller;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubscriptionStatus status;

    @Column(name = "open_key")
    private String openKey;

    /**
     * How many of the licenses are assigned. Written only by the database's conditional updates (see
     * {@code LicenseSeats}), never from this object, so that no stale copy can overwrite a concurrent assignment.
     */
    @Column(insertable = false, updatable = false)
    private int assigned;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected Subscription() {
        // for JPA
    }

    /** A new ACTIVE subscription of {@code quantity} licenses, which must lie within the offer's limits. */
    public Subscription(
            Organization customer,
            Offer offer,
            Organization provider,
            Organization reseller,
            int quantity,
            String byLogin,
            Instant now) {
        requireOrderable(offer);
        requireWithinLimits(offer, quantity);
        this.customer = Objects.requireNonNull(customer, "customer");
        this.offer = offer;
        this.provider = Objects.requireNonNull(provider, "provider");
        this.reseller = Objects.requireNonNull(reseller, "reseller");
        this.quantity = quantity;
        this.status = SubscriptionStatus.ACTIVE;
        this.openKey = openKey(customer.getId(), offer.getId(), provider.getId(), reseller.getId());
        this.createdAt = Objects.requireNonNull(now, "now");
        this.changedAt = now;
        this.changedBy = Objects.requireNonNull(byLogin, "byLogin");
    }

    /** The first change of a new subscription's history, to persist with it. */
    public SubscriptionChange opened() {
        return new SubscriptionChange(this, SubscriptionChange.Kind.ORDERED);
    }

    public static String openKey(long customerId, long offerId, long providerId, long resellerId) {
        return customerId + ":" + offerId + ":" + providerId + ":" + resellerId;
    }

    /** An order refuses an offer staff have withdrawn from the catalog. */
    public static void requireOrderable(Offer offer) {
        if (!offer.isActive()) {
            throw new CommerceRefusedException(Reason.OFFER_INACTIVE);
        }
    }

    private static void requireWithinLimits(Offer offer, long total) {
        if (total < offer.getMinQuantity() || total > offer.getMaxQuantity()) {
            throw new CommerceRefusedException(Reason.QUANTITY_OUT_OF_RANGE);
        }
    }

    /**
     * An order adds licenses: only to an ACTIVE subscription, and never beyond the offer's maximum. Like every
     * transition, returns the change for the subscription's history (billing charges from it).
     */
    public SubscriptionChange addLicenses(int more, String byLogin, Instant now) {
        if (status == SubscriptionStatus.SUSPENDED) {
            throw new CommerceRefusedException(Reason.SUBSCRIPTION_SUSPENDED);
        }
        if (status == SubscriptionStatus.CANCELLED) {
            throw new CommerceRefusedException(Reason.ALREADY_CANCELLED);
        }
        requireOrderable(offer);
        if (more < 1) {
            throw new CommerceRefusedException(Reason.QUANTITY_OUT_OF_RANGE);
        }
        requireWithinLimits(offer, (long) quantity + more);
        quantity += more;
        return touch(SubscriptionChange.Kind.LICENSES_ADDED, byLogin, now);
    }

    public SubscriptionChange suspend(String byLogin, Instant now) {
        requireNotCancelled();
        if (status != SubscriptionStatus.ACTIVE) {
            throw new CommerceRefusedException(Reason.NOT_ACTIVE);
        }
        status = SubscriptionStatus.SUSPENDED;
        return touch(SubscriptionChange.Kind.SUSPENDED, byLogin, now);
    }

    public SubscriptionChange reactivate(String byLogin, Instant now) {
        requireNotCancelled();
        if (status != SubscriptionStatus.SUSPENDED) {
            throw new CommerceRefusedException(Reason.NOT_SUSPENDED);
        }
        status = SubscriptionStatus.ACTIVE;
        return touch(SubscriptionChange.Kind.REACTIVATED, byLogin, now);
    }

    /** Final: the key is freed, so a later order of the same offer opens a new subscription. */
    public SubscriptionChange cancel(String byLogin, Instant now) {
        requireNotCancelled();
        status = SubscriptionStatus.CANCELLED;
        openKey = null;
        return touch(SubscriptionChange.Kind.CANCELLED, byLogin, now);
    }

    /** Licenses are assigned only while the subscription is ACTIVE. */
    public void requireAssignable() {
        if (status != SubscriptionStatus.ACTIVE) {
            throw new LicenseRefusedException(LicenseRefusedException.Reason.SUBSCRIPTION_NOT_ACTIVE);
        }
    }

    private void requireNotCancelled() {
        if (status == SubscriptionStatus.CANCELLED) {
            throw new CommerceRefusedException(Reason.ALREADY_CANCELLED);
        }
    }

    private SubscriptionChange touch(SubscriptionChange.Kind kind, String byLogin, Instant now) {
        changedBy = Objects.requireNonNull(byLogin, "byLogin");
        changedAt = Objects.requireNonNull(now, "now");
        return new SubscriptionChange(this, kind);
    }

    public Long getId() {
        return id;
    }

    public Organization getCustomer() {
        return customer;
    }

    public Offer getOffer() {
        return offer;
    }

    public Organization getProvider() {
        return provider;
    }

    public Organization getReseller() {
        return reseller;
    }

    public int getQuantity() {
        return quantity;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    /** The assigned licenses as read with this object (the database's counter is what decides). */
    public int getAssigned() {
        return assigned;
    }

    public String getOpenKey() {
        return openKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
