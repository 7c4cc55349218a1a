package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A reseller's statement to one customer for one month and currency, for what it bought through one provider
 * (V46): written by that provider's billing run at the customer's prices. Its total is the sum of its lines, and
 * {@code cost} the sum of what the same lines cost the reseller, so revenue and margin are read from it alone.
 */
@Entity
@Table(name = "customer_statement")
public class CustomerStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "reseller_id", nullable = false, updatable = false)
    private long resellerId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "billing_month", nullable = false, updatable = false)
    private String billingMonth;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal cost;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CustomerStatement() {
        // for JPA
    }

    public CustomerStatement(BillingRun run, long resellerId, long customerId, String currency, Instant now) {
        this.runId = run.getId();
        this.providerId = run.getProviderId();
        this.resellerId = resellerId;
        this.customerId = customerId;
        this.billingMonth = run.getMonth().toString();
        this.currency = Objects.requireNonNull(currency, "currency");
        this.total = BigDecimal.ZERO;
        this.cost = BigDecimal.ZERO;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Adds a line: its amount at the customer's price, and its cost to the reseller. */
    public void add(BigDecimal amount, BigDecimal lineCost) {
        total = total.add(amount);
        cost = cost.add(lineCost);
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

    public long getCustomerId() {
        return customerId;
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

    public BigDecimal getCost() {
        return cost;
    }

    public BigDecimal getMargin() {
        return total.subtract(cost);
    }

    public int getLineCount() {
        return lineCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
