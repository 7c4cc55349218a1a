package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.billing.entity.CreditAccount;
import org.channelcenter.billing.entity.DocumentSequence;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceStatus;
import org.channelcenter.billing.entity.Payment;

/**
 * What happens to an invoice after its run, done one way for the boundary and the demo data: issuing (the next
 * number of the provider's sequence, due after the reseller's terms) and recording a payment, each audited. The
 * caller checks rights and locks: the sequence first ({@link #sequence}), then the invoice.
 */
@Dependent
public class Invoicing {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CreditHolds holds;

    /**
     * The issuer's sequence of that kind, locked until the transaction ends, so numbers are taken in commit order
     * with no gaps. A provider with no run yet has no sequence and nothing to number: refused as not found.
     */
    public DocumentSequence sequence(long issuerId, DocumentSequence.Kind kind) {
        DocumentSequence sequence = em.find(
                DocumentSequence.class, new DocumentSequence.Key(issuerId, kind), LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            throw new BillingRefusedException(BillingRefusedException.Reason.NOT_FOUND);
        }
        return sequence;
    }

    /** Issues the draft on the day, numbered from the sequence, due after the reseller's terms (net 30 without). */
    public void issue(Invoice invoice, DocumentSequence numbers, LocalDate day, String byLogin) {
        CreditAccount credit =
                em.find(CreditAccount.class, new CreditAccount.Key(invoice.getProviderId(), invoice.getResellerId()));
        int terms = credit == null ? CreditAccount.DEFAULT_TERMS_DAYS : credit.getTermsDays();
        invoice.issue(numbers.take(), day, terms, byLogin);
        audit.record(
                AuditAction.INVOICE_ISSUED,
                describe(invoice),
                invoice.getTotal().toPlainString() + " " + invoice.getCurrency() + ", due " + invoice.getDueOn(),
                invoice.getProviderId(),
                invoice.getResellerId());
    }

    /** Records a payment of the issued invoice, in its currency's digits; PAID once its payments cover it. */
    public void pay(Invoice invoice, BigDecimal amount, LocalDate receivedOn, String reference, String byLogin) {
        if (!Money.fits(amount, invoice.getCurrency())) {
            throw new BillingRefusedException(BillingRefusedException.Reason.PAYMENT_AMOUNT);
        }
        invoice.pay(amount, receivedOn);
        em.persist(new Payment(invoice.getId(), amount, receivedOn, reference, byLogin, Instant.now()));
        audit.record(
                AuditAction.PAYMENT_RECORDED,
                describe(invoice),
                amount.toPlainString() + " " + invoice.getCurrency() + " received " + receivedOn
                        + (invoice.getStatus() == InvoiceStatus.PAID ? ", now paid" : ""),
                invoice.getProviderId(),
                invoice.getResellerId());
        if (invoice.getStatus() == InvoiceStatus.PAID) {
            holds.liftIfSettled(invoice.getProviderId(), invoice.getResellerId(), Prices.today());
        }
    }

    /** How the audit log names an invoice. */
    public static String describe(Invoice invoice) {
        return "invoice " + invoice.getId()
                + (invoice.getNumber() == null ? "" : " no. " + invoice.getNumber()) + " of provider "
                + invoice.getProviderId() + " to reseller " + invoice.getResellerId() + " for " + invoice.getMonth();
    }
}
