package org.channelcenter.web.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.channelcenter.billing.boundary.CreditPosition;
import org.channelcenter.web.i18n.Amounts;
import org.channelcenter.web.i18n.Dates;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.i18n.Messages;

/**
 * A credit position's figures as both Billing › Credit pages show them, in the page's language: money with its
 * currency, days as the reader writes them ({@code #{creditTexts.limit(row)}}).
 */
@Named
@RequestScoped
public class CreditTexts {

    @Inject
    Amounts amounts;

    @Inject
    Dates dates;

    @Inject
    Messages messages;

    @Inject
    LanguageSelection language;

    public String limit(CreditPosition row) {
        return row.hasLimit() ? amounts.money(row.limit(), row.currency()) : messages.text("credit.noLimit");
    }

    public String terms(CreditPosition row) {
        return messages.text("credit.termsDays", row.termsDays());
    }

    public String balance(CreditPosition row) {
        return money(row.balance(), row);
    }

    public String balanceParts(CreditPosition row) {
        return messages.text("credit.balanceParts", money(row.unpaid(), row), money(row.unbilled(), row));
    }

    public String available(CreditPosition row) {
        return row.hasLimit() ? amounts.money(row.available(), row.currency()) : "";
    }

    public String holdSince(CreditPosition row) {
        return messages.text("credit.holdSince", dates.day(row.holdSince()));
    }

    public String overdue(CreditPosition.Overdue invoice) {
        return messages.text(
                "credit.overdueInvoice",
                invoice.number() == null ? "" : String.valueOf(invoice.number()),
                DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()).format(invoice.month()),
                dates.day(invoice.dueOn()),
                amounts.money(invoice.outstanding(), invoice.currency()));
    }

    /** An amount of the position; a reseller without charges or limit has no currency yet: zero, without one. */
    private String money(BigDecimal amount, CreditPosition row) {
        return row.currency() == null ? "0" : amounts.money(amount, row.currency());
    }
}
