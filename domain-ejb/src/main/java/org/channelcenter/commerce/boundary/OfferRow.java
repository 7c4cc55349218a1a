package org.channelcenter.commerce.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import org.channelcenter.commerce.entity.BillingCycle;

/** One line of Staff › Offer catalog, with the version an edit or (de)activation is made on. */
public record OfferRow(
        long id,
        String name,
        String description,
        BillingCycle billingCycle,
        BigDecimal unitPrice,
        String currency,
        int minQuantity,
        int maxQuantity,
        boolean active,
        long version)
        implements Serializable {

    /** The offer as the edit form starts from. */
    public OfferDetails details() {
        return new OfferDetails(name, description, billingCycle, unitPrice, currency, minQuantity, maxQuantity);
    }
}
