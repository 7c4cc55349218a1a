package org.channelcenter.billing.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.control.CreditHolds;
import org.channelcenter.billing.control.CreditMail;
import org.channelcenter.billing.control.CreditPositions;
import org.channelcenter.billing.control.Prices;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceStatus;

/**
 * Announces credit holds and their end (issue 17, points 4 and 6), every hour on every server. The hold itself is
 * derived (an issued invoice past its due day, {@link CreditPositions}); this only tells people, once: for each
 * (provider, reseller) with overdue invoices not yet noticed, it marks them noticed, audits CREDIT_HOLD and mails the
 * reseller's billing admins and global admins; for each pair whose noticed invoices are all paid or voided and that
 * has no overdue invoice left, it audits CREDIT_HOLD_LIFTED. One transaction per run: the invoices' versions let
 * only one of two servers running it at once commit, so a hold is mailed once.
 */
@Singleton
public class CreditHoldNotices {

    private static final Logger LOG = Logger.getLogger(CreditHoldNotices.class.getName());

    /** Pairs handled per run; the next run goes on with the rest. */
    static final int PAIRS_PER_RUN = 200;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    CreditPositions positions;

    @Inject
    CreditMail mail;

    @Inject
    AuditTrail trail;

    @Inject
    CreditHolds holds;

    @Schedule(minute = "23", hour = "*", persistent = false)
    void hourly() {
        try {
            notice();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Announcing credit holds failed; the next run will try again.", e);
        }
    }

    /** Announces today's new holds and lifted ones (UTC); how many holds and lifts it announced. */
    public int notice() {
        LocalDate today = Prices.today();
        int announced = 0;
        for (Object[] pair : pairs(
                "select distinct i.providerId, i.resellerId from Invoice i where i.status = :issued"
                        + " and i.dueOn < :today and i.holdNoticed = :noticed",
                today,
                false)) {
            long provider = (Long) pair[0];
            long reseller = (Long) pair[1];
            CreditPosition position = positions.position(provider, reseller, today);
            List<Invoice> overdue = positions.overdue(provider, reseller, today);
            Set<Long> fresh = new LinkedHashSet<>();
            overdue.stream().filter(invoice -> !invoice.isHoldNoticed()).forEach(invoice -> {
                invoice.holdNoticed();
                fresh.add(invoice.getId());
            });
            int mailed = mail.hold(position);
            trail.record(
                    AuditAction.CREDIT_HOLD,
                    "credit of reseller " + reseller + " with provider " + provider,
                    overdue.size() + " overdue invoice(s) " + fresh + ", since " + position.holdSince() + ", "
                            + position.overdueAmount().toPlainString() + " unpaid; mailed to " + mailed,
                    provider,
                    reseller);
            announced++;
        }
        for (Object[] pair : pairs(
                "select distinct i.providerId, i.resellerId from Invoice i where i.status <> :issued"
                        + " and i.holdNoticed = :noticed",
                null,
                true)) {
            if (holds.liftIfSettled((Long) pair[0], (Long) pair[1], today)) {
                announced++;
            }
        }
        int done = announced;
        LOG.fine(() -> "Announced " + done + " credit hold(s) and lift(s).");
        return announced;
    }

    // the flag is bound, not written as a literal: EclipseLink compares a Derby BOOLEAN literal with an integer
    private List<Object[]> pairs(String query, LocalDate today, boolean noticed) {
        TypedQuery<Object[]> pairs = em.createQuery(query, Object[].class)
                .setParameter("issued", InvoiceStatus.ISSUED)
                .setParameter("noticed", noticed);
        if (today != null) {
            pairs.setParameter("today", today);
        }
        return pairs.setMaxResults(PAIRS_PER_RUN).getResultList();
    }
}
