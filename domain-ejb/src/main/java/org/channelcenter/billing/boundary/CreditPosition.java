package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A reseller's credit with one provider on a day (issue 17, point 4). The balance is its unpaid issued invoices plus
 * this month's unbilled charges (the subscriptions as they are, to the month's end, at its cost), in the limit's
 * currency; amounts in other currencies are not counted against it. Without a credit account there is no limit,
 * the terms are net 30, and the balance is in the currency of the reseller's charges (null when it has none).
 *
 * @param limit null: no limit
 * @param overdue the issued invoices past their due day, oldest due first: the reason for a credit hold
 */
public record CreditPosition(
        long providerId,
        String providerName,
        long resellerId,
        String resellerName,
        String currency,
        BigDecimal limit,
        int termsDays,
        BigDecimal unpaid,
        BigDecimal unbilled,
        List<Overdue> overdue)
        implements Serializable {

    /** An overdue invoice: what is left to pay of it, due since the day after {@code dueOn}. */
    public record Overdue(
            long invoiceId, Integer number, YearMonth month, LocalDate dueOn, String currency, BigDecimal outstanding)
            implements Serializable {}

    public BigDecimal balance() {
        return unpaid.add(unbilled);
    }

    /** What the reseller may still order before reaching its limit (negative when over it); null without a limit. */
    public BigDecimal available() {
        return limit == null ? null : limit.subtract(balance());
    }

    /** An issued invoice is past its due day: every order and license increase is refused. */
    public boolean onHold() {
        return !overdue.isEmpty();
    }

    /** The first day of the hold: the day after the earliest due day; null when not on hold. */
    public LocalDate holdSince() {
        return overdue.isEmpty() ? null : overdue.get(0).dueOn().plusDays(1);
    }

    /** What the overdue invoices leave to pay, in the currency of the first (they share the provider's currency). */
    public BigDecimal overdueAmount() {
        return overdue.stream().map(Overdue::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasLimit() {
        return limit != null;
    }
}
