package org.channelcenter.dashboard.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.control.HoldingSide;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.commerce.entity.SubscriptionStatus;
import org.channelcenter.customer.entity.RelationshipStatus;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationStatus;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.membership.entity.OrganizationProfile;
import org.channelcenter.membership.entity.ProfileStatus;
import org.channelcenter.partnership.entity.PartnershipStatus;

/** The caller's dashboard tiles: every count is an aggregate query, never a loaded list. */
@Stateless
@PermitAll
public class Dashboards {

    /** What the order tiles call recent. */
    static final Duration RECENT_ORDERS = Duration.ofDays(30);

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserAccountRepository users;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    public List<DashboardTile> tiles() {
        Caller caller = currentCaller.require();
        List<DashboardTile> tiles = new ArrayList<>();
        tiles.add(new DashboardTile("users", users.countActiveIn(caller.organizationId()), null));
        if (caller.isStaff()) {
            Map<OrganizationKind, Long> organizations = activeOrganizationsByKind();
            tiles.add(new DashboardTile("providers", organizations.get(OrganizationKind.PROVIDER), null));
            tiles.add(new DashboardTile("resellers", organizations.get(OrganizationKind.RESELLER), null));
            tiles.add(new DashboardTile("customers", organizations.get(OrganizationKind.CUSTOMER), null));
            tiles.add(new DashboardTile("registryProfiles", activeRegistryProfiles(), null));
            tiles.add(new DashboardTile("offers", activeOffers(), null));
            tiles.add(new DashboardTile("enrollmentsInReview", applicationsInReview(), "/staff/enrollments.xhtml"));
            tiles.add(new DashboardTile(
                    "failedSignIns",
                    failedSignInsSince(Instant.now().minus(Duration.ofDays(1))),
                    "/staff/audit.xhtml"));
            tiles.add(new DashboardTile("ordersTotal", allOrders(), null));
            tiles.add(new DashboardTile("ordersRecent", allOrdersSince(recentSince()), null));
        }
        if (caller.organizationKind().isPartner()) {
            tiles.add(new DashboardTile("customers", activeCustomers(caller), "/customer/customers.xhtml"));
            tiles.add(new DashboardTile(
                    "ordersRecent", organizationOrdersSince(caller, recentSince()), "/commerce/orders.xhtml"));
            tiles.add(new DashboardTile("subscriptions", activeSubscriptions(caller), "/customer/customers.xhtml"));
            tiles.add(licenses(caller));
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

    /** "Recent" on the order tiles: the last 30 days. */
    private static Instant recentSince() {
        return Instant.now().minus(RECENT_ORDERS);
    }

    /**
     * The partner's own relationship with the customer of {@code alias} is still active: the tiles count what its
     * Orders page and customer records show, and a customer that removed the partner is no longer among them.
     */
    private static String stillRelated(String alias) {
        return " and exists (select r.id from CustomerRelationship r where r.customer = " + alias + ".customer"
                + " and r.partner.id = :organization and r.status = :related)";
    }

    /** The partner's orders placed since then (its Orders page, newest first, starts with them). */
    private long organizationOrdersSince(Caller caller, Instant since) {
        return em.createQuery(
                        "select count(o) from CustomerOrder o where " + HoldingSide.of(caller, "o")
                                + ".id = :organization" + " and o.placedAt >= :since" + stillRelated("o"),
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("since", since)
                .setParameter("related", RelationshipStatus.ACTIVE)
                .getSingleResult();
    }

    /** The partner's active subscriptions (held as provider, or as reseller of record). */
    private long activeSubscriptions(Caller caller) {
        return em.createQuery(
                        "select count(s) from Subscription s where " + HoldingSide.of(caller, "s")
                                + ".id = :organization" + " and s.status = :active" + stillRelated("s"),
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .setParameter("related", RelationshipStatus.ACTIVE)
                .getSingleResult();
    }

    /**
     * The {@code licenses} tile, license use: the licenses assigned of all those in the partner's active
     * subscriptions, both sums in one aggregate query (never a list).
     */
    DashboardTile licenses(Caller caller) {
        Object[] use = em.createQuery(
                        "select sum(s.assigned), sum(s.quantity) from Subscription s where "
                                + HoldingSide.of(caller, "s") + ".id = :organization and s.status = :active"
                                + stillRelated("s"),
                        Object[].class)
                .setParameter("organization", caller.organizationId())
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .setParameter("related", RelationshipStatus.ACTIVE)
                .getSingleResult();
        return new DashboardTile("licenses", sum(use[0]), sum(use[1]), "/customer/customers.xhtml");
    }

    /** SUM over no rows is NULL. */
    private static long sum(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
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

    private long allOrders() {
        return em.createQuery("select count(o) from CustomerOrder o", Long.class)
                .getSingleResult();
    }

    private long allOrdersSince(Instant since) {
        return em.createQuery("select count(o) from CustomerOrder o where o.placedAt >= :since", Long.class)
                .setParameter("since", since)
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

    /** The partner's customers: active relationships, counted from the partner index alone. */
    private long activeCustomers(Caller caller) {
        return em.createQuery(
                        "select count(r) from CustomerRelationship r where r.partner.id = :organization"
                                + " and r.status = :active",
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("active", RelationshipStatus.ACTIVE)
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

    private Map<OrganizationKind, Long> activeOrganizationsByKind() {
        Map<OrganizationKind, Long> counts = new EnumMap<>(OrganizationKind.class);
        for (OrganizationKind kind : OrganizationKind.values()) {
            counts.put(kind, 0L);
        }
        em.createNamedQuery(Organization.COUNT_BY_KIND, Object[].class)
                .setParameter("status", OrganizationStatus.ACTIVE)
                .getResultList()
                .forEach(row -> counts.put((OrganizationKind) row[0], (Long) row[1]));
        return counts;
    }

    private long activeRegistryProfiles() {
        return em.createNamedQuery(OrganizationProfile.COUNT_BY_STATUS, Long.class)
                .setParameter("status", ProfileStatus.ACTIVE)
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
