package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a statement: a subscription's offer over a period of the month, at the customer's unit price; {@code
 * cost} is the reseller's for the same period, null when the customer reads it.
 */
public record StatementLineRow(
        long id,
        long subscriptionId,
        String offerName,
        LocalDate from,
        LocalDate through,
        int quantity,
        int days,
        BigDecimal unitPrice,
        BigDecimal amount,
        BigDecimal cost)
        implements Serializable {

    public String key() {
        return Long.toString(id);
    }
}
