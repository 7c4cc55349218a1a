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
import org.channelcenter.commerce.entity.CommerceRefusedException;
import org.channelcenter.commerce.entity.Subscription;
import org.channelcenter.customer.control.CustomerAccess;
import org.channelcenter.directory.boundary.Caller;
import org.channelcenter.directory.control.CurrentCaller;
import org.channelcenter.directory.entity.OrganizationKind;
import org.channelcenter.directory.entity.Role;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.ConcurrentChangeException;

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

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many subscriptions of the customer the caller's organization holds (as provider or reseller). */
    public long count(long customerId) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        return em.createQuery("select count(s) from Subscription s where s.customer.id = :customer and "
                        + side(caller) + ".id = :org", Long.class)
                .setParameter("customer", customerId)
                .setParameter("org", caller.organizationId())
                .getSingleResult();
    }

    /** One page of them, newest first, in one query (offer, provider and reseller joined). */
    public List<SubscriptionRow> find(long customerId, @NotNull PageRequest page) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        return em.createQuery(ROW + " where s.customer.id = :customer and " + side(caller) + ".id = :org"
                        + " order by s.id desc", SubscriptionRow.class)
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
        subscription.suspend(caller.loginName(), Instant.now());
        return changed(subscription, AuditAction.SUBSCRIPTION_SUSPENDED);
    }

    /** SUSPENDED → ACTIVE. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public SubscriptionRow reactivate(long subscriptionId, long expectedVersion) {
        Caller caller = requireProvider(subscriptionId);
        Subscription subscription = holdersSubscription(caller, subscriptionId, expectedVersion);
        subscription.reactivate(caller.loginName(), Instant.now());
        return changed(subscription, AuditAction.SUBSCRIPTION_REACTIVATED);
    }

    /** ACTIVE or SUSPENDED → CANCELLED, for good. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT})
    public SubscriptionRow cancel(long subscriptionId, long expectedVersion) {
        Caller caller = requireProvider(subscriptionId);
        Subscription subscription = holdersSubscription(caller, subscriptionId, expectedVersion);
        subscription.cancel(caller.loginName(), Instant.now());
        return changed(subscription, AuditAction.SUBSCRIPTION_CANCELLED);
    }

    /**
     * The subscription, if the caller's provider holds it and still has an active relationship with its
     * customer (a removed provider loses access at once), at the version the user saw. Any other id is "not
     * found", audited.
     */
    private Subscription holdersSubscription(Caller caller, long subscriptionId, long expectedVersion) {
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null || !subscription.getProvider().getId().equals(caller.organizationId())) {
            auditLog.recordDenial(AuditAction.ACCESS_DENIED, "subscription " + subscriptionId,
                    "not a subscription the caller's organization holds", caller.organizationId());
            throw new CommerceRefusedException(CommerceRefusedException.Reason.NOT_FOUND);
        }
        access.require(caller, subscription.getCustomer().getId());
        ConcurrentChangeException.requireVersion(expectedVersion, subscription.getVersion(), "the subscription");
        return subscription;
    }

    private SubscriptionRow changed(Subscription subscription, AuditAction action) {
        ConcurrentChangeException.flush(em, "the subscription");
        trail.record(action, "subscription " + subscription.getId(), subscription.getStatus().name(),
                subscription.getProvider().getId(), subscription.getReseller().getId(),
                subscription.getCustomer().getId());
        return em.createQuery(ROW + " where s.id = :id", SubscriptionRow.class)
                .setParameter("id", subscription.getId())
                .getSingleResult();
    }

    private Caller requireProvider(long subscriptionId) {
        Caller caller = currentCaller.require();
        if (caller.organizationKind() != OrganizationKind.PROVIDER) {
            auditLog.recordDenial(AuditAction.ACCESS_DENIED, "subscription " + subscriptionId,
                    "only the provider that holds a subscription changes it", caller.organizationId());
            throw new EJBAccessException("subscriptions are changed by their provider");
        }
        return caller;
    }

    private static String side(Caller caller) {
        return caller.organizationKind() == OrganizationKind.PROVIDER ? "s.provider" : "s.reseller";
    }
}
