package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an invoice (V46): a customer's subscription over a period of the month ({@code from} to {@code through},
 * inclusive), {@code quantity} licenses for {@code days} days at the reseller's unit price (per month or year), for
 * {@code amount}, rounded. Written with its draft invoice by the billing run; never changed.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "period_through", nullable = false, updatable = false)
    private LocalDate through;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(nullable = false, updatable = false)
    private int days;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected InvoiceLine() {
        // for JPA
    }

    public InvoiceLine(long invoiceId, long customerId, long subscriptionId, long offerId, ChargeLine line) {
        this.documentId = invoiceId;
        this.customerId = customerId;
        this.subscriptionId = subscriptionId;
        this.offerId = offerId;
        this.from = line.from();
        this.through = line.through();
        this.quantity = line.quantity();
        this.days = line.days();
        this.unitPrice = line.unitPrice();
        this.amount = line.amount();
    }

    public Long getId() {
        return id;
    }

    public long getInvoiceId() {
        return documentId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

    public long getOfferId() {
        return offerId;
    }

    public ChargeLine line() {
        return new ChargeLine(from, through, quantity, days, unitPrice, amount);
    }
}
