package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated price rule of a seller (migration V43): a provider's price book rule for one reseller or its default
 * book ({@code buyerId} null), or a reseller's customer price for one customer or its default markup. A percentage
 * over (negative: off) the base price, for every offer or one, or a fixed price for one offer, in the offer's
 * currency, from {@code effectiveFrom} on (inclusive, a UTC day). Rules are never changed or removed: a change is a
 * new rule, so a past day's price stays what it was. Nothing here may be updated (every column is
 * {@code updatable = false}).
 */
@Entity
@Table(name = "price_rule")
public class PriceRule {

    /** A percentage stays within -100 (free) and +1000 (eleven times the base). */
    public static final BigDecimal MIN_PERCENTAGE = new BigDecimal("-100");

    public static final BigDecimal MAX_PERCENTAGE = new BigDecimal("1000");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private long sellerId;

    @Column(name = "buyer_id", updatable = false)
    private Long buyerId;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Column(updatable = false, precision = 7, scale = 2)
    private BigDecimal percentage;

    @Column(name = "fixed_price", updatable = false, precision = 14, scale = 4)
    private BigDecimal fixedPrice;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected PriceRule() {
        // for JPA
    }

    private PriceRule(
            long sellerId,
            Long buyerId,
            Long offerId,
            BigDecimal percentage,
            BigDecimal fixedPrice,
            LocalDate effectiveFrom,
            String createdBy,
            Instant createdAt) {
        this.sellerId = sellerId;
        this.buyerId = buyerId;
        this.offerId = offerId;
        this.percentage = percentage;
        this.fixedPrice = fixedPrice;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A percentage over (negative: off) the base price, for one offer or (offerId null) every offer. */
    public static PriceRule percentage(
            long sellerId,
            Long buyerId,
            Long offerId,
            BigDecimal percentage,
            LocalDate effectiveFrom,
            String createdBy,
            Instant createdAt) {
        if (percentage == null
                || percentage.compareTo(MIN_PERCENTAGE) < 0
                || percentage.compareTo(MAX_PERCENTAGE) > 0) {
            throw new IllegalArgumentException("percentage must be within -100 and 1000");
        }
        return new PriceRule(sellerId, buyerId, offerId, percentage, null, effectiveFrom, createdBy, createdAt);
    }

    /** A fixed price for one offer, in the offer's currency. */
    public static PriceRule fixedPrice(
            long sellerId,
            Long buyerId,
            long offerId,
            BigDecimal price,
            LocalDate effectiveFrom,
            String createdBy,
            Instant createdAt) {
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException("a fixed price must not be negative");
        }
        return new PriceRule(sellerId, buyerId, offerId, null, price, effectiveFrom, createdBy, createdAt);
    }

    /** The rule as {@code PriceResolution} reads it. */
    public PriceTerm term() {
        return new PriceTerm(buyerId, offerId, percentage, fixedPrice, effectiveFrom, id == null ? Long.MAX_VALUE : id);
    }

    public PriceRuleKind kind() {
        return fixedPrice != null ? PriceRuleKind.FIXED_PRICE : PriceRuleKind.PERCENTAGE;
    }

    /** The rule in one line, for the audit log. */
    public String describe() {
        String what = kind() == PriceRuleKind.FIXED_PRICE
                ? "fixed price " + fixedPrice.stripTrailingZeros().toPlainString()
                : (percentage.signum() >= 0 ? "+" : "")
                        + percentage.stripTrailingZeros().toPlainString() + "%";
        return what + " for " + (offerId == null ? "every offer" : "offer " + offerId) + " from " + effectiveFrom;
    }

    public Long getId() {
        return id;
    }

    public long getSellerId() {
        return sellerId;
    }

    public Long getBuyerId() {
        return buyerId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }

    public BigDecimal getFixedPrice() {
        return fixedPrice;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
