package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.notification.control.Outbox;

/**
 * The "invoice issued" mail (issue 17): every active billing admin and global admin of the reseller hears that its
 * provider issued an invoice, with its number, month, total and due day, each in the recipient's own language (money
 * and dates formatted for it), through the outbox in the issuing transaction: an issue rolled back sends nothing.
 */
@Dependent
public class InvoiceMail {

    static final String ISSUED = "billing.invoiceIssued";

    @Inject
    Outbox outbox;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** Queues the mail to the reseller's billing keepers; the invoice is issued (numbered, with its due day). */
    public void issued(Invoice invoice) {
        String provider = em.find(Organization.class, invoice.getProviderId()).getName();
        String reseller = em.find(Organization.class, invoice.getResellerId()).getName();
        for (UserAccount keeper : billingKeepers(invoice.getResellerId())) {
            Locale locale = keeper.mailLocale();
            outbox.enqueue(
                    ISSUED,
                    keeper.getEmail(),
                    locale,
                    values(invoice, provider, reseller, keeper.getDisplayName(), locale));
        }
    }

    /** The mail's placeholders for one recipient, in its language. */
    static Map<String, String> values(Invoice invoice, String provider, String reseller, String name, Locale locale) {
        DocumentLabels labels = new DocumentLabels(locale);
        return Map.of(
                "name", name,
                "provider", provider,
                "reseller", reseller,
                "number", String.valueOf(invoice.getNumber()),
                "month", labels.format(invoice.getMonth()),
                "total", labels.money(invoice.getTotal(), invoice.getCurrency()),
                "due", labels.format(invoice.getDueOn()));
    }

    /**
     * The reseller's active billing admins and global admins. Bounded: an organization has a handful of them. The
     * roles are one column of role names (RoleSetConverter), read as the user repository reads admins.
     */
    @SuppressWarnings("unchecked")
    private List<UserAccount> billingKeepers(long resellerId) {
        return em.createNativeQuery(
                        "select * from app_user where organization_id = ? and active = true"
                                + " and (roles like '%GLOBAL_ADMIN%' or roles like '%BILLING_ADMIN%') order by id",
                        UserAccount.class)
                .setParameter(1, resellerId)
                .setMaxResults(50)
                .getResultList();
    }
}
