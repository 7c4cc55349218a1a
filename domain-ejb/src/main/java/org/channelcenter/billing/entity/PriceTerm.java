package org.channelcenter.billing.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A price rule as the resolution reads it: whose it is ({@code buyerId} null for the seller's default), which offer
 * ({@code offerId} null for every offer), the percentage or the fixed price, the day it takes effect (inclusive),
 * and {@code sequence}, the order rules were added in (a later one of the same day wins).
 */
public record PriceTerm(
        Long buyerId,
        Long offerId,
        BigDecimal percentage,
        BigDecimal fixedPrice,
        LocalDate effectiveFrom,
        long sequence) {

    public PriceTerm {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if ((percentage == null) == (fixedPrice == null)) {
            throw new IllegalArgumentException("a rule is a percentage or a fixed price");
        }
        if (fixedPrice != null && offerId == null) {
            throw new IllegalArgumentException("a fixed price is for one offer");
        }
    }

    public static PriceTerm percentage(Long buyerId, Long offerId, String percentage, LocalDate from, long sequence) {
        return new PriceTerm(buyerId, offerId, new BigDecimal(percentage), null, from, sequence);
    }

    public static PriceTerm fixed(Long buyerId, long offerId, String price, LocalDate from, long sequence) {
        return new PriceTerm(buyerId, offerId, null, new BigDecimal(price), from, sequence);
    }

    public PriceRuleKind kind() {
        return fixedPrice != null ? PriceRuleKind.FIXED_PRICE : PriceRuleKind.PERCENTAGE;
    }

    public boolean inEffectOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }
}
