package org.channelcenter.billing.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.channelcenter.billing.entity.PriceRuleKind;

/**
 * What a billing admin types for a new price rule: the form binds to it (so these constraints speak at each field)
 * and the boundaries validate it again. A percentage is over the base price, negative for a discount. Rules that
 * need a lookup or another field (a known offer, a fixed price's offer and its currency's decimals, a day not in
 * the past) are the boundary's, told as {@code PriceRefusedException}.
 */
public class NewPriceRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{org.channelcenter.validation.required}")
    private PriceRuleKind kind = PriceRuleKind.PERCENTAGE;

    /** Null: every offer. */
    private Long offerId;

    @DecimalMin(value = "-100", message = "{org.channelcenter.validation.percentage}")
    @DecimalMax(value = "1000", message = "{org.channelcenter.validation.percentage}")
    @Digits(integer = 4, fraction = 2, message = "{org.channelcenter.validation.percentage}")
    private BigDecimal percentage;

    @DecimalMin(value = "0", message = "{org.channelcenter.validation.fixedPrice}")
    @Digits(integer = 10, fraction = 4, message = "{org.channelcenter.validation.fixedPrice}")
    private BigDecimal fixedPrice;

    @NotNull(message = "{org.channelcenter.validation.required}")
    private LocalDate effectiveFrom;

    public NewPriceRule() {
        // an empty form
    }

    public static NewPriceRule percentage(Long offerId, BigDecimal percentage, LocalDate effectiveFrom) {
        NewPriceRule rule = new NewPriceRule();
        rule.kind = PriceRuleKind.PERCENTAGE;
        rule.offerId = offerId;
        rule.percentage = percentage;
        rule.effectiveFrom = effectiveFrom;
        return rule;
    }

    public static NewPriceRule fixedPrice(Long offerId, BigDecimal price, LocalDate effectiveFrom) {
        NewPriceRule rule = new NewPriceRule();
        rule.kind = PriceRuleKind.FIXED_PRICE;
        rule.offerId = offerId;
        rule.fixedPrice = price;
        rule.effectiveFrom = effectiveFrom;
        return rule;
    }

    public PriceRuleKind getKind() {
        return kind;
    }

    public void setKind(PriceRuleKind kind) {
        this.kind = kind;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public BigDecimal getPercentage() {
        return percentage;
    }

    public void setPercentage(BigDecimal percentage) {
        this.percentage = percentage;
    }

    public BigDecimal getFixedPrice() {
        return fixedPrice;
    }

    public void setFixedPrice(BigDecimal fixedPrice) {
        this.fixedPrice = fixedPrice;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
