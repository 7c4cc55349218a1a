package org.channelcenter.commerce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.channelcenter.commerce.entity.LicenseRefusedException.Reason;
import org.channelcenter.directory.entity.UserAccount;

/**
 * One license of a subscription held by one user of the subscription's customer, from its assignment until it
 * is unassigned (then the row stays as history). Only an active user of the customer gets one, only from an
 * ACTIVE subscription. {@code active_key} is unique while assigned and NULL after, so a user holds at most one
 * license of a subscription; that the subscription has a free license at all is the subscription's counter's
 * business (see {@code LicenseSeats}), kept in the database where concurrent assignments meet.
 */
@Entity
@Table(name = "license_assignment")
@NamedQuery(
        name = LicenseAssignment.OPEN_OF_USER,
        query =
                "select a from LicenseAssignment a"
                        + " join fetch a.subscription where a.user.id = :user and a.activeKey is not null order by a.subscription.id")
@NamedQuery(
        name = LicenseAssignment.OPEN_FOR_KEY,
        query = "select count(a) from LicenseAssignment a" + " where a.activeKey = :key")
public class LicenseAssignment {

    public static final String OPEN_OF_USER = "LicenseAssignment.openOfUser";
    public static final String OPEN_FOR_KEY = "LicenseAssignment.openForKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "active_key")
    private String activeKey;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "unassigned_at")
    private Instant unassignedAt;

    @Column(name = "unassigned_by")
    private String unassignedBy;

    @Version
    private long version;

    protected LicenseAssignment() {
        // for JPA
    }

    /**
     * A license of {@code subscription} for {@code user}. Refused for a subscription that is not ACTIVE, a user
     * of another organization than the subscription's customer, and an inactive user.
     */
    public LicenseAssignment(Subscription subscription, UserAccount user, String byLogin, Instant now) {
        subscription.requireAssignable();
        if (!user.getOrganization().getId().equals(subscription.getCustomer().getId())) {
            throw new LicenseRefusedException(Reason.USER_NOT_FOUND);
        }
        if (!user.isActive()) {
            throw new LicenseRefusedException(Reason.USER_INACTIVE);
        }
        this.subscription = subscription;
        this.user = user;
        this.activeKey = activeKey(subscription.getId(), user.getId());
        this.assignedAt = Objects.requireNonNull(now, "now");
        this.assignedBy = Objects.requireNonNull(byLogin, "byLogin");
    }

    /** The key a user's open license of a subscription holds: unique while assigned. */
    public static String activeKey(long subscriptionId, long userId) {
        return subscriptionId + ":" + userId;
    }

    /** Frees the license (the subscription's counter is given back by the caller). Refused when already free. */
    public void unassign(String byLogin, Instant now) {
        if (!isAssigned()) {
            throw new LicenseRefusedException(Reason.ALREADY_UNASSIGNED);
        }
        activeKey = null;
        unassignedBy = Objects.requireNonNull(byLogin, "byLogin");
        unassignedAt = Objects.requireNonNull(now, "now");
    }

    public boolean isAssigned() {
        return activeKey != null;
    }

    public Long getId() {
        return id;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getActiveKey() {
        return activeKey;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getUnassignedAt() {
        return unassignedAt;
    }

    public String getUnassignedBy() {
        return unassignedBy;
    }

    public long getVersion() {
        return version;
    }
}
