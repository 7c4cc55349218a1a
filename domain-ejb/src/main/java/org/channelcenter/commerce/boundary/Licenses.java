package org.channelcenter.commerce.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.control.HoldingSide;
import org.channelcenter.commerce.control.LicenseSeats;
import org.channelcenter.commerce.entity.LicenseAssignment;
import org.channelcenter.commerce.entity.LicenseRefusedException;
import org.channelcenter.commerce.entity.LicenseRefusedException.Reason;
import org.channelcenter.commerce.entity.Subscription;
import org.channelcenter.commerce.entity.SubscriptionStatus;
import org.channelcenter.customer.control.CustomerAccess;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;

/**
 * Licenses of a customer's subscriptions assigned to its users (SPEC §7), as the partners that hold the
 * subscriptions see them: the provider and the reseller of record, while their relationship with the customer is
 * ACTIVE. Their admins and helpdesk agents assign and unassign; sales agents only look. Never more assignments
 * than licenses, also when two assignments race for the last one (see {@link LicenseSeats}); only on an ACTIVE
 * subscription, only to an active user of its customer, at most one license of a subscription per user. Every
 * change is audited for the customer, the provider and the reseller of record.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT, Role.Names.HELPDESK_AGENT})
public class Licenses {

    /** Candidates offered for a license: a customer may have thousands of users, the chooser shows a few. */
    public static final int CANDIDATES = 10;

    /**
     * EclipseLink writes "u.active = true" as "ACTIVE = 1", which Derby refuses to compare with a BOOLEAN in this
     * query's shape; the flag is read as 0/1 in SQL instead (as the offer catalog does).
     */
    private static final String ACTIVE_USER = "sql('CASE WHEN ? THEN 1 ELSE 0 END', u.active) = 1";

    private static final String ASSIGNMENT_ROW = "select new org.channelcenter.commerce.boundary.LicenseAssignmentRow("
            + "a.id, s.id, f.name, u.id, u.loginName, u.displayName, a.assignedAt, a.assignedBy, a.version)"
            + " from LicenseAssignment a join a.subscription s join s.offer f join a.user u";

    private static final Map<String, String> SORTABLE = Map.of(
            "offerName", "f.name",
            "userDisplayName", "u.displayName",
            "userLogin", "u.loginName",
            "assignedAt", "a.assignedAt");

    private static final String FILTER = " and (lower(u.displayName) like :pattern escape '\\'"
            + " or lower(u.loginName) like :pattern escape '\\' or lower(f.name) like :pattern escape '\\')";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CustomerAccess access;

    @Inject
    LicenseSeats seats;

    @Inject
    AuditTrail trail;

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /**
     * The license use of the customer's open (not cancelled) subscriptions the caller's organization holds, newest
     * first, one page in one query.
     */
    public List<LicenseUse> use(long customerId, @NotNull PageRequest page) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        return em.createQuery(
                        "select new org.channelcenter.commerce.boundary.LicenseUse(s.id, f.name, p.name, r.name,"
                                + " s.quantity, s.assigned, s.status) from Subscription s join s.offer f join s.provider p"
                                + " join s.reseller r where s.customer.id = :customer and "
                                + HoldingSide.of(caller, "s") + ".id = :org"
                                + " and s.status <> :cancelled order by s.id desc",
                        LicenseUse.class)
                .setParameter("customer", customerId)
                .setParameter("org", caller.organizationId())
                .setParameter("cancelled", SubscriptionStatus.CANCELLED)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** How many licenses of those subscriptions are assigned, to users matching the filter (name, login, offer). */
    public long countAssignments(long customerId, String filter) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        return PageQueries.bindFilter(
                        request,
                        em.createQuery(
                                "select count(a) from LicenseAssignment a join a.subscription s"
                                        + " join s.offer f join a.user u where " + assignmentsOf(caller)
                                        + PageQueries.filterClause(request, FILTER),
                                Long.class))
                .setParameter("customer", customerId)
                .setParameter("org", caller.organizationId())
                .getSingleResult();
    }

    /** One page of them, newest first unless sorted otherwise, in one query. */
    public List<LicenseAssignmentRow> findAssignments(long customerId, @NotNull PageRequest request) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        String order = PageQueries.orderBy(request, SORTABLE, "a.assignedAt desc") + ", a.id desc";
        return PageQueries.bindFilter(
                        request,
                        em.createQuery(
                                ASSIGNMENT_ROW + " where " + assignmentsOf(caller)
                                        + PageQueries.filterClause(request, FILTER) + " order by " + order,
                                LicenseAssignmentRow.class))
                .setParameter("customer", customerId)
                .setParameter("org", caller.organizationId())
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    /**
     * Up to {@link #CANDIDATES} active users of the subscription's customer whose name or sign-in name contains
     * {@code text} and who hold no license of it yet, by name.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.HELPDESK_AGENT})
    public List<LicenseCandidate> candidates(long subscriptionId, String text) {
        Caller caller = currentCaller.require(Permission.ADMINISTER_CUSTOMER_USERS);
        Subscription subscription = heldSubscription(caller, subscriptionId);
        PageRequest request = new PageRequest(0, CANDIDATES, null, true, text);
        return PageQueries.bindFilter(
                        request,
                        em.createQuery(
                                "select new org.channelcenter.commerce.boundary.LicenseCandidate("
                                        + "u.id, u.loginName, u.displayName) from UserAccount u where u.organization.id = :customer"
                                        + " and " + ACTIVE_USER
                                        + PageQueries.filterClause(
                                                request,
                                                " and (lower(u.displayName) like :pattern"
                                                        + " escape '\\' or lower(u.loginName) like :pattern escape '\\')")
                                        + " and not exists (select a.id from LicenseAssignment a where a.user = u"
                                        + " and a.subscription.id = :subscription and a.activeKey is not null)"
                                        + " order by u.displayName, u.id",
                                LicenseCandidate.class))
                .setParameter("customer", subscription.getCustomer().getId())
                .setParameter("subscription", subscriptionId)
                .setMaxResults(CANDIDATES)
                .getResultList();
    }

    /**
     * Assigns one license of the subscription to the user. Refused (and nothing written) when every license is
     * assigned ({@link Reason#ALL_ASSIGNED}), the subscription is not ACTIVE, the user is inactive, holds one of
     * it already, or is not the customer's (audited, as is a subscription the caller's organization does not hold).
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.HELPDESK_AGENT})
    public LicenseAssignmentRow assign(long subscriptionId, long userId) {
        Caller caller = currentCaller.require(Permission.ADMINISTER_CUSTOMER_USERS);
        Subscription subscription = heldSubscription(caller, subscriptionId);
        // The user's row is locked first: a deactivation (which writes that row, then frees the user's licenses)
        // either finished before, and the user is seen inactive, or waits for this assignment and then frees it.
        // Both lock the user before the subscription, so they cannot deadlock on each other.
        UserAccount user = em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null
                || !user.getOrganization()
                        .getId()
                        .equals(subscription.getCustomer().getId())) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "user " + userId,
                    "not a user of customer " + subscription.getCustomer().getId(),
                    caller.organizationId());
            throw new LicenseRefusedException(Reason.USER_NOT_FOUND);
        }
        LicenseAssignment assignment = new LicenseAssignment(subscription, user, caller.loginName(), Instant.now());
        if (em.createNamedQuery(LicenseAssignment.OPEN_FOR_KEY, Long.class)
                        .setParameter("key", assignment.getActiveKey())
                        .getSingleResult()
                > 0) {
            throw new LicenseRefusedException(Reason.ALREADY_ASSIGNED);
        }
        // takes the provider's and reseller's counter rows first: the assignment's trigger may add the first row of a
        // quarter to both sides' chart counts (V38)
        seats.take(subscription);
        em.persist(assignment);
        // the unique active key: the same user was given a license of it a moment ago
        Writes.flushOr(em, "the license assignment", e -> new LicenseRefusedException(Reason.ALREADY_ASSIGNED));
        audit(AuditAction.LICENSE_ASSIGNED, subscription, user);
        return em.createQuery(ASSIGNMENT_ROW + " where a.id = :id", LicenseAssignmentRow.class)
                .setParameter("id", assignment.getId())
                .getSingleResult();
    }

    /** Unassigns a license, on the version the partner saw; its seat is free again. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.HELPDESK_AGENT})
    public void unassign(long assignmentId, long expectedVersion) {
        Caller caller = currentCaller.require(Permission.ADMINISTER_CUSTOMER_USERS);
        LicenseAssignment assignment = em.find(LicenseAssignment.class, assignmentId);
        if (assignment == null) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "license assignment " + assignmentId,
                    "no such assignment",
                    caller.organizationId());
            throw new LicenseRefusedException(Reason.NOT_FOUND);
        }
        Subscription subscription =
                heldSubscription(caller, assignment.getSubscription().getId());
        if (!assignment.isAssigned()) {
            throw new LicenseRefusedException(Reason.ALREADY_UNASSIGNED);
        }
        ConcurrentChangeException.requireVersion(expectedVersion, assignment.getVersion(), "the license assignment");
        seats.release(assignment, caller.loginName(), Instant.now());
        audit(AuditAction.LICENSE_UNASSIGNED, subscription, assignment.getUser());
    }

    /**
     * The subscription, if the caller's organization is its provider or its reseller of record and still has an
     * active relationship with its customer. Any other id is "not found", audited.
     */
    private Subscription heldSubscription(Caller caller, long subscriptionId) {
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null
                || !(subscription.getProvider().getId().equals(caller.organizationId())
                        || subscription.getReseller().getId().equals(caller.organizationId()))) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "subscription " + subscriptionId,
                    "not a subscription the caller's organization holds",
                    caller.organizationId());
            throw new LicenseRefusedException(Reason.NOT_FOUND);
        }
        access.require(caller, subscription.getCustomer().getId());
        return subscription;
    }

    private void audit(AuditAction action, Subscription subscription, UserAccount user) {
        // the caller's organization (the provider or the reseller) is concerned as the actor's anyway
        trail.record(
                action,
                "subscription " + subscription.getId(),
                "user " + user.getLoginName(),
                subscription.getCustomer().getId(),
                subscription.getProvider().getId(),
                subscription.getReseller().getId());
    }

    private static String assignmentsOf(Caller caller) {
        return "s.customer.id = :customer and " + HoldingSide.of(caller, "s")
                + ".id = :org and a.activeKey is not null";
    }
}
