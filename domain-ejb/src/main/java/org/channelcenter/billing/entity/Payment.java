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

/** A payment of an issued invoice, recorded by hand by the provider's billing staff (V46); never changed. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(updatable = false)
    private String reference;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected Payment() {
        // for JPA
    }

    public Payment(long invoiceId, BigDecimal amount, LocalDate receivedOn, String reference, String by, Instant now) {
        this.invoiceId = invoiceId;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
        this.reference = reference;
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public long getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReference() {
        return reference;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
