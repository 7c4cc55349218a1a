package org.channelcenter.billing.entity;

/** What a price rule says: a percentage over (negative: off) the base price, or a fixed price for one offer. */
public enum PriceRuleKind {
    PERCENTAGE,
    FIXED_PRICE
}
