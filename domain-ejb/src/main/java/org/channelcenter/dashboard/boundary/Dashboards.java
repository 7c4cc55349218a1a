package org.channelcenter.dashboard.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.commerce.entity.SubscriptionStatus;
import org.channelcenter.customer.entity.RelationshipStatus;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.Counters;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.PartnershipStatus;

/**
 * The caller's dashboard tiles. Every tile that grows with the number of customers, subscriptions or orders is read
 * from the counters the database keeps ({@link Counters}: one query for a partner's tiles, one for the staff's),
 * so a dashboard costs the same at 1,000 customers as at 1,000,000. The tiles that stay aggregate queries count
 * what cannot grow with customers: the users of one organization, a provider's partnerships and invitations, a
 * reseller's providers, a customer's own partners and subscriptions, the offers, the enrollment applications in
 * review, and the failed sign-ins of the last day (a range of the audit log's index).
 */
@Stateless
@PermitAll
public class Dashboards {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserAccountRepository users;

    @Inject
    Counters counters;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    public List<DashboardTile> tiles() {
        Caller caller = currentCaller.require();
        Instant now = Instant.now();
        List<DashboardTile> tiles = new ArrayList<>();
        tiles.add(new DashboardTile("users", users.countActiveIn(caller.organizationId()), null));
        if (caller.isStaff()) {
            Counters.SystemFigures system = counters.system(now);
            Map<OrganizationKind, Long> organizations = system.activeOrganizations();
            tiles.add(new DashboardTile("providers", organizations.get(OrganizationKind.PROVIDER), null));
            tiles.add(new DashboardTile("resellers", organizations.get(OrganizationKind.RESELLER), null));
            tiles.add(new DashboardTile("customers", organizations.get(OrganizationKind.CUSTOMER), null));
            tiles.add(new DashboardTile("registryProfiles", system.registryProfiles(), null));
            tiles.add(new DashboardTile("offers", activeOffers(), null));
            tiles.add(new DashboardTile("enrollmentsInReview", applicationsInReview(), "/staff/enrollments.xhtml"));
            tiles.add(new DashboardTile(
                    "failedSignIns", failedSignInsSince(now.minus(Duration.ofDays(1))), "/staff/audit.xhtml"));
            tiles.add(new DashboardTile("ordersTotal", system.orders(), null));
            tiles.add(new DashboardTile("ordersRecent", system.recentOrders(), null));
        }
        if (caller.organizationKind().isPartner()) {
            // a partner's customers, and its subscriptions, licenses and orders of customers still related to it
            Counters.PartnerFigures partner = counters.partner(caller.organizationId(), now);
            tiles.add(new DashboardTile("customers", partner.customers(), "/customer/customers.xhtml"));
            tiles.add(new DashboardTile("ordersRecent", partner.recentOrders(), "/commerce/orders.xhtml"));
            tiles.add(new DashboardTile("subscriptions", partner.subscriptions(), "/customer/customers.xhtml"));
            tiles.add(new DashboardTile(
                    "licenses", partner.licensesAssigned(), partner.licenses(), "/customer/customers.xhtml"));
        }
        if (caller.organizationKind() == OrganizationKind.PROVIDER) {
            tiles.add(new DashboardTile(
                    "resellers", activePartnerships("provider", caller), "/partnership/resellers.xhtml"));
            tiles.add(new DashboardTile(
                    "pendingInvitations", pendingInvitations(caller), "/partnership/resellers.xhtml"));
        }
        if (caller.organizationKind() == OrganizationKind.RESELLER) {
            tiles.add(new DashboardTile(
                    "providers", activePartnerships("reseller", caller), "/partnership/providers.xhtml"));
        }
        if (caller.organizationKind() == OrganizationKind.CUSTOMER && caller.hasRole(Role.GLOBAL_ADMIN)) {
            tiles.add(new DashboardTile("partners", activeRelationships(caller), "/customer/partners.xhtml"));
            tiles.add(new DashboardTile("subscriptions", customersActiveSubscriptions(caller), null));
        }
        return tiles;
    }

    /** A customer's own active subscriptions, whoever holds them. */
    private long customersActiveSubscriptions(Caller caller) {
        return em.createQuery(
                        "select count(s) from Subscription s where s.customer.id = :organization"
                                + " and s.status = :active",
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .getSingleResult();
    }

    /** The partners a customer has an active reseller relationship with (its Partners page). */
    private long activeRelationships(Caller caller) {
        return em.createQuery(
                        "select count(r) from CustomerRelationship r where r.customer.id = :organization"
                                + " and r.status = :active",
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("active", RelationshipStatus.ACTIVE)
                .getSingleResult();
    }

    /** The organization's active partnerships, {@code side} being its side of them. */
    private long activePartnerships(String side, Caller caller) {
        return em.createQuery(
                        "select count(p) from Partnership p where p." + side + ".id = :organization"
                                + " and p.status = :active",
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("active", PartnershipStatus.ACTIVE)
                .getSingleResult();
    }

    /** A provider's invitations still waiting for a reseller (pending and not yet expired). */
    private long pendingInvitations(Caller caller) {
        return em.createQuery(
                        "select count(i) from PartnershipInvitation i where i.provider.id = :organization"
                                + " and i.status = :pending and i.expiresAt > :now",
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("pending", Invitation.State.PENDING)
                .setParameter("now", Instant.now())
                .getSingleResult();
    }

    private long applicationsInReview() {
        return em.createQuery("select count(a) from EnrollmentApplication a where a.status = :status", Long.class)
                .setParameter("status", EnrollmentStatus.IN_REVIEW)
                .getSingleResult();
    }

    private long activeOffers() {
        return em.createNamedQuery(Offer.COUNT_ACTIVE, Long.class).getSingleResult();
    }

    private long failedSignInsSince(Instant since) {
        return em.createQuery(
                        "select count(e) from AuditEvent e where e.action = :action and e.occurredAt >= :since",
                        Long.class)
                .setParameter("action", AuditAction.SIGN_IN_FAILED)
                .setParameter("since", since)
                .getSingleResult();
    }
}
