package org.channelcenter.commerce.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.control.HoldingSide;
import org.channelcenter.commerce.control.LicenseSeats;
import org.channelcenter.commerce.entity.CommerceRefusedException;
import org.channelcenter.commerce.entity.Subscription;
import org.channelcenter.customer.control.CustomerAccess;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;

/**
 * A customer's subscriptions (SPEC §7), as the partners that hold them see them: the provider, and the
 * reseller of record. Only while the caller's organization has an ACTIVE relationship with the customer.
 * The provider that holds a subscription (its admins and sales agents) suspends, reactivates and cancels it:
 * ACTIVE ⇄ SUSPENDED, either → CANCELLED (final), each change made on the version the user saw and audited.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT, Role.Names.HELPDESK_AGENT})
public class Subscriptions {

    private static final String ROW = "select new org.channelcenter.commerce.boundary.SubscriptionRow(s.id, f.id,"
            + " f.name, f.billingCycle, p.name, r.name, s.quantity, s.status, s.createdAt, s.changedAt, s.version)"
            + " from Subscription s join s.offer f join s.provider p join s.reseller r";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CustomerAccess access;

    @Inject
    AuditTrail trail;

    @Inject
    LicenseSeats seats;

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many subscriptions of the customer the caller's organization holds (as provider or reseller). */
    public long count(long customerId) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        return em.createQuery(
                        "select count(s) from Subscription s where s.customer.id = :customer and "
                                + HoldingSide.of(caller, "s") + ".id = :org",
                        Long.class)
                .setParameter("customer", customerId)
                .setParameter("org", caller.organizationId())
                .getSingleResult();
    }

    /** One page of them, newest first, in one query (offer, provider and reseller joined). */
    public List<SubscriptionRow> find(long customerId, @NotNull PageRequest page) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        return em.createQuery(
                        ROW + " where s.customer.id = :customer and " + HoldingSide.of(caller, "s") + ".id = :org"
                                + " order by s.id desc",
                        SubscriptionRow.class)
                .setParameter("customer", customerId)
                .setParameter("org", caller.organizationId())
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** ACTIVE → SUSPENDED. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public SubscriptionRow suspend(long subscriptionId, long expectedVersion) {
        Caller caller = requireProvider(subscriptionId);
        Subscription subscription = holdersSubscription(caller, subscriptionId, expectedVersion);
        em.persist(subscription.suspend(caller.loginName(), Instant.now()));
        return changed(subscription, AuditAction.SUBSCRIPTION_SUSPENDED);
    }

    /** SUSPENDED → ACTIVE. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public SubscriptionRow reactivate(long subscriptionId, long expectedVersion) {
        Caller caller = requireProvider(subscriptionId);
        Subscription subscription = holdersSubscription(caller, subscriptionId, expectedVersion);
        em.persist(subscription.reactivate(caller.loginName(), Instant.now()));
        return changed(subscription, AuditAction.SUBSCRIPTION_REACTIVATED);
    }

    /** ACTIVE or SUSPENDED → CANCELLED, for good. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public SubscriptionRow cancel(long subscriptionId, long expectedVersion) {
        Caller caller = requireProvider(subscriptionId);
        Subscription subscription = holdersSubscription(caller, subscriptionId, expectedVersion);
        Instant now = Instant.now();
        em.persist(subscription.cancel(caller.loginName(), now));
        SubscriptionRow cancelled = changed(subscription, AuditAction.SUBSCRIPTION_CANCELLED);
        // a cancelled subscription's licenses are nobody's: they leave the users' and the record's counts now
        int freed = seats.releaseAllOf(subscription, caller.loginName(), now);
        if (freed > 0) {
            trail.record(
                    AuditAction.LICENSE_UNASSIGNED,
                    "subscription " + subscription.getId(),
                    freed + " license(s), the subscription was cancelled",
                    subscription.getProvider().getId(),
                    subscription.getReseller().getId(),
                    subscription.getCustomer().getId());
        }
        return cancelled;
    }

    /**
     * The subscription, if the caller's provider holds it and still has an active relationship with its
     * customer (a removed provider loses access at once), at the version the user saw. Any other id is "not
     * found", audited.
     */
    private Subscription holdersSubscription(Caller caller, long subscriptionId, long expectedVersion) {
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null || !subscription.getProvider().getId().equals(caller.organizationId())) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "subscription " + subscriptionId,
                    "not a subscription the caller's organization holds",
                    caller.organizationId());
            throw new CommerceRefusedException(CommerceRefusedException.Reason.NOT_FOUND);
        }
        access.require(caller, subscription.getCustomer().getId());
        ConcurrentChangeException.requireVersion(expectedVersion, subscription.getVersion(), "the subscription");
        // the counters first, as orders and seats take them, before the change locks the subscription's row
        seats.holdCounters(subscription);
        return subscription;
    }

    private SubscriptionRow changed(Subscription subscription, AuditAction action) {
        Writes.flush(em, "the subscription");
        trail.record(
                action,
                "subscription " + subscription.getId(),
                subscription.getStatus().name(),
                subscription.getProvider().getId(),
                subscription.getReseller().getId(),
                subscription.getCustomer().getId());
        return em.createQuery(ROW + " where s.id = :id", SubscriptionRow.class)
                .setParameter("id", subscription.getId())
                .getSingleResult();
    }

    /** The roles are read from the database: a provider user demoted meanwhile is refused at once. */
    private Caller requireProvider(long subscriptionId) {
        Caller caller = currentCaller.requirePartner();
        if (!Permission.CHANGE_SUBSCRIPTIONS.holdsARole(caller.roles())) {
            throw new EJBAccessException("needs the permission " + Permission.CHANGE_SUBSCRIPTIONS);
        }
        if (!caller.may(Permission.CHANGE_SUBSCRIPTIONS)) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "subscription " + subscriptionId,
                    "only the provider that holds a subscription changes it",
                    caller.organizationId());
            throw new EJBAccessException("subscriptions are changed by their provider");
        }
        return caller;
    }
}
