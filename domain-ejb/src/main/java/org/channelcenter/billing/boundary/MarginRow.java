package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A row of a reseller's margin report: what one customer paid for one offer in one month and currency (revenue, at
 * the customer's prices), what it cost the reseller, and the margin, summed over the statements' lines.
 */
public record MarginRow(
        YearMonth month,
        long customerId,
        String customerName,
        long offerId,
        String offerName,
        String currency,
        BigDecimal revenue,
        BigDecimal cost)
        implements Serializable {

    public BigDecimal margin() {
        return revenue.subtract(cost);
    }

    /** The row's key for a table: month, customer, offer and currency. */
    public String key() {
        return month + "-" + customerId + "-" + offerId + "-" + currency;
    }
}
