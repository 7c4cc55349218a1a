package org.channelcenter.commerce.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import org.channelcenter.commerce.entity.BillingCycle;

/** An active offer as the order form lists it, with the quantities it may be ordered in. */
public record OfferChoice(
        long id,
        String name,
        BillingCycle billingCycle,
        BigDecimal unitPrice,
        String currency,
        int minQuantity,
        int maxQuantity)
        implements Serializable {}
