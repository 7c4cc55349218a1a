package org.channelcenter.commerce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One offer of an order. The unit price and currency are copied from the offer when the order is placed, so
 * the history keeps what was ordered at what price even after staff change the catalog. Immutable.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private Offer offer;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, updatable = false)
    private String currency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(name = "created_subscription", nullable = false, updatable = false)
    private boolean createdSubscription;

    protected OrderLine() {
        // for JPA
    }

    OrderLine(CustomerOrder order, Offer offer, int quantity, Subscription subscription, boolean createdSubscription) {
        if (quantity < 1) {
            throw new CommerceRefusedException(CommerceRefusedException.Reason.QUANTITY_OUT_OF_RANGE);
        }
        this.order = order;
        this.offer = Objects.requireNonNull(offer, "offer");
        this.quantity = quantity;
        this.unitPrice = offer.getUnitPrice();
        this.currency = offer.getCurrency();
        this.subscription = Objects.requireNonNull(subscription, "subscription");
        this.createdSubscription = createdSubscription;
    }

    public Long getId() {
        return id;
    }

    public Offer getOffer() {
        return offer;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public boolean isCreatedSubscription() {
        return createdSubscription;
    }
}
