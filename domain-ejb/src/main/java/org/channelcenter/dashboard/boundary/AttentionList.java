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
import org.channelcenter.commerce.entity.SubscriptionStatus;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.notification.entity.MailStatus;

/**
 * The Dashboard's "Needs your attention" (issue 16): what waits for the caller to act, each a count and the page
 * to act on it, only the lines with something waiting. A provider's reseller invitations and a partner's customer
 * invitations that expire within {@link #EXPIRING_WITHIN} (V7's and V8's invitation indexes, by organization and
 * status); a partner's suspended subscriptions (V14's subscription indexes, by side and status); for staff the
 * applications in review (V5's status index) and the failed mails (V3's status index). The organization is always
 * the caller's; nothing of another organization is counted.
 */
@Stateless
@PermitAll
public class AttentionList {

    /** An invitation expiring sooner than this is worth a reminder or a new one. */
    public static final Duration EXPIRING_WITHIN = Duration.ofDays(3);

    @Inject
    CurrentCaller currentCaller;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    public List<AttentionItem> items() {
        Caller caller = currentCaller.require();
        Instant now = Instant.now();
        List<AttentionItem> items = new ArrayList<>();
        if (caller.organizationKind() == OrganizationKind.PROVIDER) {
            add(
                    items,
                    "resellerInvitationsExpiring",
                    expiring("PartnershipInvitation", "provider", caller, now),
                    "/partnership/resellers.xhtml");
        }
        if (caller.organizationKind().isPartner()) {
            add(
                    items,
                    "customerInvitationsExpiring",
                    expiring("CustomerInvitation", "reseller", caller, now),
                    "/customer/invitations.xhtml");
            add(items, "suspendedSubscriptions", suspended(caller), "/customer/customers.xhtml");
        }
        if (caller.isStaff()) {
            add(items, "applicationsWaiting", applicationsWaiting(), "/staff/enrollments.xhtml");
            add(items, "failedMails", failedMails(), "/staff/outbox.xhtml");
        }
        return items;
    }

    private static void add(List<AttentionItem> items, String name, long count, String page) {
        if (count > 0) {
            items.add(new AttentionItem(name, count, page));
        }
    }

    /** The caller's pending invitations, still usable, that expire within {@link #EXPIRING_WITHIN}. */
    private long expiring(String entity, String side, Caller caller, Instant now) {
        return em.createQuery(
                        "select count(i) from " + entity + " i where i." + side + ".id = :organization"
                                + " and i.status = :pending and i.expiresAt > :now and i.expiresAt <= :soon",
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("pending", Invitation.State.PENDING)
                .setParameter("now", now)
                .setParameter("soon", now.plus(EXPIRING_WITHIN))
                .getSingleResult();
    }

    /** The suspended subscriptions of the caller's side (a provider's own, a reseller's as reseller of record). */
    private long suspended(Caller caller) {
        String side = caller.organizationKind() == OrganizationKind.PROVIDER ? "provider" : "reseller";
        return em.createQuery(
                        "select count(s) from Subscription s where s." + side + ".id = :organization"
                                + " and s.status = :suspended",
                        Long.class)
                .setParameter("organization", caller.organizationId())
                .setParameter("suspended", SubscriptionStatus.SUSPENDED)
                .getSingleResult();
    }

    private long applicationsWaiting() {
        return em.createQuery("select count(a) from EnrollmentApplication a where a.status = :status", Long.class)
                .setParameter("status", EnrollmentStatus.IN_REVIEW)
                .getSingleResult();
    }

    private long failedMails() {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :failed", Long.class)
                .setParameter("failed", MailStatus.FAILED)
                .getSingleResult();
    }
}
