package org.channelcenter.commerce.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.channelcenter.commerce.entity.BillingCycle;

/**
 * What staff type for an offer: the dialog binds to it (so these constraints' messages show at each field)
 * and {@link OfferCatalog} validates it again. Rules that span fields (min ≤ max) or need a lookup (a known
 * currency) are the boundary's, told as {@code OfferRefusedException}.
 */
public class OfferDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{org.channelcenter.validation.required}")
    @Size(max = 200, message = "{org.channelcenter.validation.tooLong}")
    private String name;

    @Size(max = 2000, message = "{org.channelcenter.validation.tooLong}")
    private String description;

    @NotNull(message = "{org.channelcenter.validation.billingCycle}")
    private BillingCycle billingCycle = BillingCycle.MONTHLY;

    @NotNull(message = "{org.channelcenter.validation.required}")
    @DecimalMin(value = "0.00", message = "{org.channelcenter.validation.unitPrice}")
    @Digits(integer = 10, fraction = 2, message = "{org.channelcenter.validation.unitPrice}")
    private BigDecimal unitPrice;

    @NotNull(message = "{org.channelcenter.validation.required}")
    // either case: the setter upper-cases, but the page validates the value as typed
    @Pattern(regexp = "[A-Za-z]{3}", message = "{org.channelcenter.validation.currency}")
    private String currency = "USD";

    @NotNull(message = "{org.channelcenter.validation.required}")
    @Min(value = 1, message = "{org.channelcenter.validation.quantity}")
    private Integer minQuantity = 1;

    @NotNull(message = "{org.channelcenter.validation.required}")
    @Min(value = 1, message = "{org.channelcenter.validation.quantity}")
    private Integer maxQuantity;

    public OfferDetails() {
        // an empty form
    }

    public OfferDetails(
            String name,
            String description,
            BillingCycle billingCycle,
            BigDecimal unitPrice,
            String currency,
            int minQuantity,
            int maxQuantity) {
        this.name = name;
        this.description = description;
        this.billingCycle = billingCycle;
        this.unitPrice = unitPrice;
        this.currency = currency;
        this.minQuantity = minQuantity;
        this.maxQuantity = maxQuantity;
    }

    /** The description, or null when none was typed (an empty field is no description). */
    public String descriptionOrNull() {
        return description == null || description.isBlank() ? null : description.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BillingCycle getBillingCycle() {
        return billingCycle;
    }

    public void setBillingCycle(BillingCycle billingCycle) {
        this.billingCycle = billingCycle;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getCurrency() {
        return currency;
    }

    /** Upper-cased, so "usd" is the currency USD rather than a refusal. */
    public void setCurrency(String currency) {
        this.currency = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public Integer getMinQuantity() {
        return minQuantity;
    }

    public void setMinQuantity(Integer minQuantity) {
        this.minQuantity = minQuantity;
    }

    public Integer getMaxQuantity() {
        return maxQuantity;
    }

    public void setMaxQuantity(Integer maxQuantity) {
        this.maxQuantity = maxQuantity;
    }
}
