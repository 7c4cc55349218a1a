package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.channelcenter.billing.entity.PriceRuleKind;

/**
 * A price rule as the pages list it: the offer it is for (null: every offer) with its currency, the percentage or
 * the fixed price, the day it takes effect, who added it when, and whether that day is still ahead.
 */
public record PriceRuleRow(
        long id,
        Long offerId,
        String offerName,
        String currency,
        PriceRuleKind kind,
        BigDecimal percentage,
        BigDecimal fixedPrice,
        LocalDate effectiveFrom,
        Instant createdAt,
        String createdBy,
        boolean scheduled)
        implements Serializable {}
