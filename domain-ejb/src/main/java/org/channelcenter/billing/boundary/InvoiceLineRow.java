package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an invoice or statement: the customer, the subscription's offer, the period and the charge. */
public record InvoiceLineRow(
        long id,
        long customerId,
        String customerName,
        long subscriptionId,
        long offerId,
        String offerName,
        LocalDate from,
        LocalDate through,
        int quantity,
        int days,
        BigDecimal unitPrice,
        BigDecimal amount)
        implements Serializable {

    public String key() {
        return Long.toString(id);
    }
}
