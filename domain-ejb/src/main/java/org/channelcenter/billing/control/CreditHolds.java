package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceStatus;

/**
 * The end of an announced credit hold (issue 17, points 4 and 6). The hold itself is derived and lifts by itself
 * with the last overdue payment ({@link CreditPositions}); this records that it did, once: when none of the
 * provider's invoices to the reseller is overdue any more and some paid or voided one had been announced as a hold,
 * it audits CREDIT_HOLD_LIFTED and clears their notice. Called by a payment or a void as it happens, and by the
 * hourly notices for anything settled otherwise.
 */
@Dependent
public class CreditHolds {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    CreditPositions positions;

    @Inject
    AuditTrail trail;

    /** Whether it recorded the lift of the reseller's hold with the provider. */
    public boolean liftIfSettled(long providerId, long resellerId, LocalDate today) {
        if (!positions.overdue(providerId, resellerId, today).isEmpty()) {
            return false;
        }
        List<Invoice> settled = em.createQuery(
                        "select i from Invoice i where i.providerId = :provider and i.resellerId = :reseller"
                                + " and i.status <> :issued and i.holdNoticed = :noticed order by i.id",
                        Invoice.class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .setParameter("issued", InvoiceStatus.ISSUED)
                // bound, not a literal: EclipseLink compares a Derby BOOLEAN literal with an integer
                .setParameter("noticed", true)
                .getResultList();
        if (settled.isEmpty()) {
            return false;
        }
        settled.forEach(Invoice::holdLifted);
        trail.record(
                AuditAction.CREDIT_HOLD_LIFTED,
                "credit of reseller " + resellerId + " with provider " + providerId,
                "overdue invoice(s) " + settled.stream().map(Invoice::getId).toList() + " paid or voided",
                providerId,
                resellerId);
        return true;
    }
}
