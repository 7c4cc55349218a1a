package org.channelcenter.commerce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An offer in the catalog: what a provider can order for a customer, at what price and quantities. Staff
 * revise it and switch it on and off; an inactive offer stays (orders refer to it) but cannot be ordered.
 * Prices and quantities keep their rules here as well as in the input's Bean Validation, so no code path
 * writes a negative price or an empty quantity range.
 */
@Entity
@Table(name = "offer")
@NamedQuery(name = Offer.COUNT_ACTIVE, query = "select count(o) from Offer o where o.active = true")
@NamedQuery(name = Offer.BY_NAME, query = "select o from Offer o where o.name = :name")
public class Offer {

    public static final String COUNT_ACTIVE = "Offer.countActive";
    public static final String BY_NAME = "Offer.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_cycle", nullable = false)
    private BillingCycle billingCycle;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private String currency;

    @Column(name = "min_quantity", nullable = false)
    private int minQuantity;

    @Column(name = "max_quantity", nullable = false)
    private int maxQuantity;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Offer() {
        // for JPA
    }

    public Offer(
            String name,
            String description,
            BillingCycle billingCycle,
            BigDecimal unitPrice,
            String currency,
            int minQuantity,
            int maxQuantity) {
        assign(name, description, billingCycle, unitPrice, currency, minQuantity, maxQuantity);
        this.active = true;
    }

    /** Replaces the terms; answers whether anything changed (an unchanged save writes and audits nothing). */
    public boolean revise(
            String name,
            String description,
            BillingCycle billingCycle,
            BigDecimal unitPrice,
            String currency,
            int minQuantity,
            int maxQuantity) {
        String before = describe() + " | " + this.description;
        assign(name, description, billingCycle, unitPrice, currency, minQuantity, maxQuantity);
        return !before.equals(describe() + " | " + this.description);
    }

    /** Makes the offer orderable again; false when it already was. */
    public boolean activate() {
        boolean changed = !active;
        active = true;
        return changed;
    }

    /** Takes the offer out of new orders; false when it already was. */
    public boolean deactivate() {
        boolean changed = active;
        active = false;
        return changed;
    }

    /** The terms in one line, for the audit log's "before -> after". */
    public String describe() {
        return name + " | " + billingCycle + " | " + unitPrice.toPlainString() + " " + currency + " | " + minQuantity
                + ".." + maxQuantity;
    }

    private void assign(
            String name,
            String description,
            BillingCycle billingCycle,
            BigDecimal unitPrice,
            String currency,
            int minQuantity,
            int maxQuantity) {
        if (unitPrice == null || unitPrice.signum() < 0) {
            throw new IllegalArgumentException("unit price must not be negative");
        }
        if (minQuantity < 1 || maxQuantity < minQuantity) {
            throw new IllegalArgumentException("quantities must satisfy 1 <= min <= max");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.billingCycle = Objects.requireNonNull(billingCycle, "billingCycle");
        this.unitPrice = unitPrice;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.minQuantity = minQuantity;
        this.maxQuantity = maxQuantity;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCurrency() {
        return currency;
    }

    public long getVersion() {
        return version;
    }

    public BillingCycle getBillingCycle() {
        return billingCycle;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getMinQuantity() {
        return minQuantity;
    }

    public int getMaxQuantity() {
        return maxQuantity;
    }

    public boolean isActive() {
        return active;
    }
}
