package org.channelcenter.billing.boundary;

import static org.channelcenter.billing.entity.BillingRefusedException.Reason.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.channelcenter.billing.control.BillingAccess;
import org.channelcenter.billing.control.BillingDocuments;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;

/**
 * An invoice as a document (issue 17), PDF or CSV in the reader's language: for its provider's billing admins and
 * global admins (drafts included), and for its reseller's once issued. Any other invoice is refused as not found,
 * and the refusal audited, as is any other caller.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.BILLING_ADMIN})
public class InvoiceDocuments {

    @Inject
    BillingAccess access;

    @Inject
    BillingDocuments documents;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** The invoice as PDF or CSV in {@code locale}'s language (null: the caller's own language, else English). */
    public DocumentFile invoiceDocument(long invoiceId, @NotNull DocumentFormat format, Locale locale) {
        Caller caller = access.requireKeeper("invoice " + invoiceId);
        Invoice invoice = em.find(Invoice.class, invoiceId);
        boolean provider = caller.organizationKind() == OrganizationKind.PROVIDER;
        boolean own = invoice != null
                && (provider
                        ? invoice.getProviderId() == caller.organizationId()
                        : invoice.getResellerId() == caller.organizationId()
                                && invoice.getStatus() != InvoiceStatus.DRAFT);
        if (!own) {
            if (invoice == null) {
                access.denied(caller, "invoice " + invoiceId, "no such invoice");
            } else {
                access.denied(
                        caller,
                        "invoice " + invoiceId,
                        provider ? "an invoice of another provider" : "an invoice not issued to the caller's reseller",
                        provider ? invoice.getProviderId() : invoice.getResellerId());
            }
            throw new BillingRefusedException(NOT_FOUND);
        }
        return documents.invoice(invoice, format, Statements.language(caller, locale));
    }
}
