package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The credit note that voids an issued invoice for its whole total (V46), numbered in its provider's credit note
 * sequence; at most one per invoice, never changed.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "credit_note_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    protected CreditNote() {
        // for JPA
    }

    public CreditNote(Invoice invoice, int number, String reason, String by, Instant now) {
        this.invoiceId = invoice.getId();
        this.providerId = invoice.getProviderId();
        this.number = number;
        this.amount = invoice.getTotal();
        this.reason = Objects.requireNonNull(reason, "reason");
        this.issuedBy = Objects.requireNonNull(by, "by");
        this.issuedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public long getProviderId() {
        return providerId;
    }

    public int getNumber() {
        return number;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
