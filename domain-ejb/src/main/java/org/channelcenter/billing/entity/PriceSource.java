package org.channelcenter.billing.entity;

/** Which rules gave a price. */
public enum PriceSource {
    /** The buyer's own rules (a reseller's own price book, a customer's own prices). */
    OWN,
    /** The seller's default rules. */
    DEFAULT,
    /** No rule: the base price (list price, or the reseller's cost). */
    BASE
}
