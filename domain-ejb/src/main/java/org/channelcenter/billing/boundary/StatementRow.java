package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A customer's statement for a month, as a list shows it: the customer and the reseller that bills it, the provider
 * it bought through, its total at the customer's prices and, for the reseller only, its cost and margin (null for
 * the customer, who never sees what its reseller pays).
 */
public record StatementRow(
        long id,
        YearMonth month,
        long customerId,
        String customerName,
        long resellerId,
        String resellerName,
        long providerId,
        String providerName,
        String currency,
        BigDecimal total,
        BigDecimal cost,
        BigDecimal margin,
        int lines)
        implements Serializable {

    /** The row's key for a table: the statement's id. */
    public String key() {
        return Long.toString(id);
    }
}
