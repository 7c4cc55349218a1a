package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

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

    /** Written through the invoice, so that the run persists an invoice and its lines in one flush. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    /** The invoice's id, for queries that need no invoice loaded. */
    @Column(name = "invoice_id", insertable = false, updatable = false)
    private long documentId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Embedded
    private ChargedPeriod charge;

    protected InvoiceLine() {
        // for JPA
    }

    public InvoiceLine(Invoice invoice, long customerId, long subscriptionId, long offerId, ChargeLine line) {
        this.invoice = invoice;
        this.customerId = customerId;
        this.subscriptionId = subscriptionId;
        this.offerId = offerId;
        this.charge = new ChargedPeriod(line);
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
        return charge.line();
    }
}
