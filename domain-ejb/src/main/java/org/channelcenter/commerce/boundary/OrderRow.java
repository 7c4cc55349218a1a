package org.channelcenter.commerce.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.channelcenter.commerce.entity.OrderStatus;

/**
 * One order with its lines, as the order history of a customer and the organization's Orders page show it.
 * The customer is named so that a list across customers can say whose order it is and link to its record.
 */
public record OrderRow(
        long id,
        Instant placedAt,
        String placedBy,
        long customerId,
        String customerName,
        String providerName,
        String resellerName,
        OrderStatus status,
        List<Line> lines)
        implements Serializable {

    public OrderRow {
        lines = List.copyOf(lines);
    }

    /** The price is the one of the moment the order was placed. */
    public record Line(
            long offerId,
            String offerName,
            int quantity,
            BigDecimal unitPrice,
            String currency,
            long subscriptionId,
            boolean createdSubscription)
            implements Serializable {}
}
