package org.channelcenter.billing.boundary;

import static org.channelcenter.billing.entity.BillingRefusedException.Reason.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.control.BillingAccess;
import org.channelcenter.billing.control.CreditHolds;
import org.channelcenter.billing.control.InvoiceMail;
import org.channelcenter.billing.control.Invoicing;
import org.channelcenter.billing.control.Prices;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.billing.entity.BillingRun;
import org.channelcenter.billing.entity.ChargeLine;
import org.channelcenter.billing.entity.CreditNote;
import org.channelcenter.billing.entity.DocumentSequence;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceLine;
import org.channelcenter.billing.entity.InvoiceStatus;
import org.channelcenter.billing.entity.Payment;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;

/**
 * Invoices (issue 17, point 3), as their provider and their reseller see them. The provider's billing staff issue
 * drafts (numbered from the provider's sequence with no gaps, due after the reseller's terms, never changed again),
 * record payments by hand (PAID once they cover the total), and void an unpaid invoice through a credit note; each is
 * audited. A reseller sees the invoices issued to it, never drafts. An invoice of another organization is refused as
 * not found, and the refusal audited.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.BILLING_ADMIN})
public class Invoices {

    private static final String ROW = "select i, p.name, r.name from Invoice i, Organization p, Organization r"
            + " where p.id = i.providerId and r.id = i.resellerId and ";

    @Inject
    BillingAccess access;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    Invoicing invoicing;

    @Inject
    InvoiceMail invoiceMail;

    @Inject
    CreditHolds holds;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** The caller's invoices: a provider's of a run (null: all of them), a reseller's issued ones; latest first. */
    public List<InvoiceRow> find(Long runId, @NotNull PageRequest request) {
        Caller caller = requireRun(requirePartner(), runId);
        return scoped(
                        ROW + scope(caller, runId) + " order by i.billingMonth desc, i.id desc",
                        Object[].class,
                        caller,
                        runId)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultStream()
                .map(Invoices::row)
                .toList();
    }

    public long count(Long runId) {
        Caller caller = requireRun(requirePartner(), runId);
        return scoped("select count(i) from Invoice i where " + scope(caller, runId), Long.class, caller, runId)
                .getSingleResult();
    }

    /** One of the caller's invoices. */
    public InvoiceRow invoice(long invoiceId) {
        Caller caller = requirePartner();
        Invoice invoice = visible(caller, invoiceId, "read");
        return row(em.createQuery(ROW + "i.id = :id", Object[].class)
                .setParameter("id", invoice.getId())
                .getSingleResult());
    }

    /** A page of the invoice's lines, by customer and subscription. */
    public List<InvoiceLineRow> lines(long invoiceId, @NotNull PageRequest request) {
        Caller caller = requirePartner();
        Invoice invoice = visible(caller, invoiceId, "read the lines of");
        return em.createQuery(
                        "select l, c.name, o.name from InvoiceLine l, Organization c, Offer o"
                                + " where l.documentId = :invoice and c.id = l.customerId and o.id = l.offerId"
                                + " order by l.customerId, l.subscriptionId, l.id",
                        Object[].class)
                .setParameter("invoice", invoice.getId())
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultStream()
                .map(row -> {
                    InvoiceLine line = (InvoiceLine) row[0];
                    ChargeLine charge = line.line();
                    return new InvoiceLineRow(
                            line.getId(),
                            line.getCustomerId(),
                            (String) row[1],
                            line.getSubscriptionId(),
                            line.getOfferId(),
                            (String) row[2],
                            charge.from(),
                            charge.through(),
                            charge.quantity(),
                            charge.days(),
                            charge.unitPrice(),
                            charge.amount());
                })
                .toList();
    }

    /** The payments recorded against one of the caller's invoices, in order. */
    public List<PaymentRow> payments(long invoiceId) {
        Caller caller = requirePartner();
        Invoice invoice = visible(caller, invoiceId, "read the payments of");
        return em.createQuery("select p from Payment p where p.invoiceId = :invoice order by p.id", Payment.class)
                .setParameter("invoice", invoice.getId())
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultStream()
                .map(PaymentRow::of)
                .toList();
    }

    /** Issues one of the provider's drafts: the next number of its sequence, due after the reseller's terms. */
    public InvoiceRow issue(long invoiceId) {
        Caller caller = requireProvider();
        Invoice invoice = owned(caller, invoiceId, "issue");
        DocumentSequence numbers = sequence(caller, DocumentSequence.Kind.INVOICE);
        em.refresh(invoice, LockModeType.PESSIMISTIC_WRITE);
        issue(caller, numbers, invoice);
        return invoice(invoiceId);
    }

    /** Issues every draft of one of the provider's runs, in id order; answers how many. */
    public int issueAll(long runId) {
        Caller caller = requireRun(requireProvider(), runId);
        DocumentSequence numbers = sequence(caller, DocumentSequence.Kind.INVOICE);
        List<Invoice> drafts = em.createQuery(
                        "select i from Invoice i where i.runId = :run and i.providerId = :provider"
                                + " and i.status = :draft order by i.id",
                        Invoice.class)
                .setParameter("run", runId)
                .setParameter("provider", caller.organizationId())
                .setParameter("draft", InvoiceStatus.DRAFT)
                // no row lock (Derby refuses FOR UPDATE with ORDER BY): a draft only changes when it is issued,
                // under the sequence's lock held since above
                .getResultList();
        drafts.forEach(invoice -> issue(caller, numbers, invoice));
        return drafts.size();
    }

    /** Records a payment of one of the provider's issued invoices (audited); PAID once the total is covered. */
    public InvoiceRow recordPayment(long invoiceId, @NotNull @Valid NewPayment payment) {
        Caller caller = requireProvider();
        Invoice invoice = owned(caller, invoiceId, "record a payment of");
        em.refresh(invoice, LockModeType.PESSIMISTIC_WRITE);
        invoicing.pay(invoice, payment.amount(), payment.receivedOn(), payment.reference(), caller.loginName());
        em.flush();
        return invoice(invoiceId);
    }

    /** Voids one of the provider's issued, unpaid invoices through a credit note for its total (audited). */
    public InvoiceRow voidInvoice(
            long invoiceId, @Size(max = 500, message = "{org.channelcenter.validation.tooLong}") String reason) {
        Caller caller = requireProvider();
        if (reason == null || reason.isBlank()) {
            throw new BillingRefusedException(BillingRefusedException.Reason.REASON_REQUIRED);
        }
        Invoice invoice = owned(caller, invoiceId, "void");
        DocumentSequence numbers = sequence(caller, DocumentSequence.Kind.CREDIT_NOTE);
        em.refresh(invoice, LockModeType.PESSIMISTIC_WRITE);
        invoice.voidByCreditNote();
        CreditNote note = new CreditNote(invoice, numbers.take(), reason.strip(), caller.loginName(), Instant.now());
        em.persist(note);
        audit.record(
                AuditAction.INVOICE_VOIDED,
                Invoicing.describe(invoice),
                "credit note " + note.getNumber() + ": " + note.getReason(),
                invoice.getProviderId(),
                invoice.getResellerId());
        holds.liftIfSettled(invoice.getProviderId(), invoice.getResellerId(), Prices.today());
        em.flush();
        return invoice(invoiceId);
    }

    private void issue(Caller caller, DocumentSequence numbers, Invoice invoice) {
        invoicing.issue(invoice, numbers, Prices.today(), caller.loginName());
        // the reseller's billing keepers hear of it, each in its language, in this transaction (through the outbox)
        invoiceMail.issued(invoice);
    }

    private DocumentSequence sequence(Caller caller, DocumentSequence.Kind kind) {
        return invoicing.sequence(caller.organizationId(), kind);
    }

    /**
     * One of the provider's invoices, to change (the caller locks it, after any sequence: every change takes its
     * locks in that order); another's refused as not found and audited.
     */
    private Invoice owned(Caller caller, long invoiceId, String verb) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || invoice.getProviderId() != caller.organizationId()) {
            refuse(caller, invoiceId, verb);
        }
        return invoice;
    }

    /** An invoice the caller may see: its provider's, or an issued one of its reseller. */
    private Invoice visible(Caller caller, long invoiceId, String verb) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        boolean visible = invoice != null
                && (caller.organizationKind() == OrganizationKind.PROVIDER
                        ? invoice.getProviderId() == caller.organizationId()
                        : invoice.getResellerId() == caller.organizationId()
                                && invoice.getStatus() != InvoiceStatus.DRAFT);
        if (!visible) {
            refuse(caller, invoiceId, verb);
        }
        return invoice;
    }

    /** No run (null), or one of the caller's provider's runs; another's refused as not found and audited. */
    private Caller requireRun(Caller caller, Long runId) {
        if (runId != null) {
            BillingRun run = em.find(BillingRun.class, runId);
            if (run == null
                    || caller.organizationKind() != OrganizationKind.PROVIDER
                    || run.getProviderId() != caller.organizationId()) {
                access.denied(caller, "billing run " + runId, "the invoices of another organization's billing run");
                throw new BillingRefusedException(NOT_FOUND);
            }
        }
        return caller;
    }

    private void refuse(Caller caller, long invoiceId, String verb) {
        access.denied(caller, "invoice " + invoiceId, verb + " an invoice of another organization");
        throw new BillingRefusedException(NOT_FOUND);
    }

    private static String scope(Caller caller, Long runId) {
        if (caller.organizationKind() == OrganizationKind.PROVIDER) {
            return "i.providerId = :organization" + (runId == null ? "" : " and i.runId = :run");
        }
        return "i.resellerId = :organization and i.status <> org.channelcenter.billing.entity.InvoiceStatus.DRAFT";
    }

    private <T> TypedQuery<T> scoped(String jpql, Class<T> type, Caller caller, Long runId) {
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("organization", caller.organizationId());
        return jpql.contains(":run") ? query.setParameter("run", runId) : query;
    }

    private static InvoiceRow row(Object[] row) {
        return InvoiceRow.of((Invoice) row[0], (String) row[1], (String) row[2], Prices.today());
    }

    private Caller requirePartner() {
        Caller caller = currentCaller.require();
        return access.require(
                caller.organizationKind() == OrganizationKind.RESELLER
                        ? OrganizationKind.RESELLER
                        : OrganizationKind.PROVIDER,
                "invoices");
    }

    private Caller requireProvider() {
        return access.require(OrganizationKind.PROVIDER, "invoices");
    }
}
