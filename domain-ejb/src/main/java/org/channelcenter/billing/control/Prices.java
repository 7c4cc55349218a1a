package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.channelcenter.billing.control.PriceResolution.Price;
import org.channelcenter.commerce.entity.Offer;

/**
 * The prices of both tiers for one offer on one day, from the rules in the database ({@link PriceResolution}): what
 * a reseller pays its provider, and what a customer pays its reseller for an offer bought through that provider.
 * What the charges of later slices call; it checks nobody's rights (the boundaries do).
 */
@Dependent
public class Prices {

    @Inject
    PriceRules rules;

    /** Billing days are UTC days, as the dashboard's daily counters are. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The reseller's cost of the offer on the day: the provider's book for it, else its default book, else list. */
    public Price resellerCost(long providerId, long resellerId, Offer offer, LocalDate day) {
        return new PriceResolution(rules.terms(providerId, resellerId, day))
                .price(resellerId, offer.getId(), day, offer.getUnitPrice(), offer.getCurrency());
    }

    /**
     * The customer's price of the offer bought through that provider on the day: the reseller's prices for the
     * customer (null: its default prices), else its default markup, over its cost; without any, its cost.
     */
    public Price customerPrice(long providerId, long resellerId, Long customerId, Offer offer, LocalDate day) {
        Price cost = resellerCost(providerId, resellerId, offer, day);
        return new PriceResolution(rules.terms(resellerId, customerId, day))
                .price(customerId, offer.getId(), day, cost.amount(), offer.getCurrency());
    }
}
