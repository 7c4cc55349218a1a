package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.channelcenter.billing.boundary.CreditPosition;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.notification.control.MailTemplates;
import org.channelcenter.notification.control.Outbox;

/**
 * The credit-hold mail (issue 17, point 6): to the reseller's active billing admins and global admins, each in
 * their language, through the outbox, in the caller's transaction.
 */
@Dependent
public class CreditMail {

    static final String HOLD = "credit.hold";

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Tells the reseller's billing keepers that the provider holds its credit, and why. */
    public int hold(CreditPosition position) {
        List<UserAccount> recipients = billingKeepers(position.resellerId());
        CreditPosition.Overdue first = position.overdue().get(0);
        String invoices = position.overdue().stream()
                .map(overdue -> overdue.number() == null ? "#" + overdue.invoiceId() : "#" + overdue.number())
                .collect(Collectors.joining(", "));
        for (UserAccount recipient : recipients) {
            Locale locale = recipient.mailLocale();
            outbox.enqueue(
                    HOLD,
                    recipient.getEmail(),
                    locale,
                    Map.of(
                            "name", recipient.getDisplayName(),
                            "provider", position.providerName(),
                            "reseller", position.resellerName(),
                            "count", String.valueOf(position.overdue().size()),
                            "since",
                                    MailTemplates.longDate(
                                            position.holdSince()
                                                    .atStartOfDay(ZoneOffset.UTC)
                                                    .toInstant(),
                                            locale),
                            "amount", money(position.overdueAmount(), first.currency(), locale),
                            "invoices", invoices));
        }
        return recipients.size();
    }

    /** An amount as the recipient's language writes money (US$ 1.234,50 in Portuguese, 1 234,50 $ in Russian). */
    static String money(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        format.setMinimumFractionDigits(Money.fractionDigits(currency));
        format.setMaximumFractionDigits(Money.fractionDigits(currency));
        return format.format(amount);
    }

    /**
     * The organization's active billing admins and global admins (roles are one comma-separated column, hence the
     * native LIKE, as for the admins other mails go to). Bounded: an organization has a handful of them.
     */
    @SuppressWarnings("unchecked")
    private List<UserAccount> billingKeepers(long organizationId) {
        return em.createNativeQuery(
                        "select * from app_user where organization_id = ? and active = true"
                                + " and (roles like '%GLOBAL_ADMIN%' or roles like '%BILLING_ADMIN%') order by id",
                        UserAccount.class)
                .setParameter(1, organizationId)
                .setMaxResults(50)
                .getResultList();
    }
}
