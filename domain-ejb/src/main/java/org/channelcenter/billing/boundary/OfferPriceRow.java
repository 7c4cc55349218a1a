package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import org.channelcenter.billing.entity.PriceSource;

/**
 * One offer from one of a reseller's providers, on one day: list price, the reseller's cost (and whose book gave
 * it), its default customer price, and the margin between them, all in the offer's currency.
 */
public record OfferPriceRow(
        long providerId,
        String providerName,
        long offerId,
        String offerName,
        String currency,
        BigDecimal listPrice,
        BigDecimal cost,
        PriceSource costSource,
        BigDecimal customerPrice,
        BigDecimal margin)
        implements Serializable {

    /** Provider and offer: unique on a page. */
    public String key() {
        return providerId + "-" + offerId;
    }
}
