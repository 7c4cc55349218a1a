package org.channelcenter.commerce.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;

/**
 * What a provider user asks for on the order form: the customer, the reseller of record, and the lines. The
 * provider is never part of it: it is the caller's organization.
 */
public record NewOrder(
        long customerId,
        long resellerId,
        @NotNull(message = "{org.channelcenter.validation.orderLines}") List<@NotNull @Valid Line> lines)
        implements Serializable {

    public NewOrder {
        lines = lines == null ? null : List.copyOf(lines);
    }

    /** One offer and how many licenses of it. */
    public record Line(
            long offerId, @Min(value = 1, message = "{org.channelcenter.validation.orderQuantity}") int quantity)
            implements Serializable {}
}
