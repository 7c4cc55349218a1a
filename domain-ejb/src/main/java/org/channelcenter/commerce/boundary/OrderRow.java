package org.channelcenter.commerce.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.channelcenter.commerce.entity.OrderStatus;

/** One order of a customer's order history, with its lines. */
public record OrderRow(long id, Instant placedAt, String placedBy, String providerName, String resellerName,
                       OrderStatus status, List<Line> lines) implements Serializable {

    public OrderRow {
        lines = List.copyOf(lines);
    }

    /** The price is the one of the moment the order was placed. */
    public record Line(long offerId, String offerName, int quantity, BigDecimal unitPrice, String currency,
                       long subscriptionId, boolean createdSubscription) implements Serializable {
    }
}
