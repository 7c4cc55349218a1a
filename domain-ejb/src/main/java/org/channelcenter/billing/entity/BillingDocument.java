package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What an invoice and a customer's statement share (V46): the run that wrote it, for which provider, reseller, month
 * and currency, and its total, always the sum of its lines (each already rounded), which only the run adds.
 */
@MappedSuperclass
public abstract class BillingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "reseller_id", nullable = false, updatable = false)
    private long resellerId;

    @Column(name = "billing_month", nullable = false, updatable = false)
    private String billingMonth;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BillingDocument() {
        // for JPA
    }

    protected BillingDocument(BillingRun run, long resellerId, String currency, Instant now) {
        this.runId = run.getId();
        this.providerId = run.getProviderId();
        this.resellerId = resellerId;
        this.billingMonth = run.getMonth().toString();
        this.currency = Objects.requireNonNull(currency, "currency");
        this.total = BigDecimal.ZERO;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Adds one line's amount (already rounded) to the total. */
    protected void addLine(BigDecimal amount) {
        total = total.add(amount);
        lineCount++;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getProviderId() {
        return providerId;
    }

    public long getResellerId() {
        return resellerId;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(billingMonth);
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public int getLineCount() {
        return lineCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
