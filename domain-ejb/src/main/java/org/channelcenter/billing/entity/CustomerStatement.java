package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reseller's statement to one customer for one month and currency, for what it bought through one provider
 * (V46): written by that provider's billing run at the customer's prices. Its total is the sum of its lines, and
 * {@code cost} the sum of what the same lines cost the reseller, so revenue and margin are read from it alone.
 */
@Entity
@Table(name = "customer_statement")
public class CustomerStatement extends BillingDocument {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal cost;

    protected CustomerStatement() {
        // for JPA
    }

    public CustomerStatement(BillingRun run, long resellerId, long customerId, String currency, Instant now) {
        super(run, resellerId, currency, now);
        this.customerId = customerId;
        this.cost = BigDecimal.ZERO;
    }

    /** Adds a line: its amount at the customer's price, and its cost to the reseller. */
    public void add(BigDecimal amount, BigDecimal lineCost) {
        addLine(amount);
        cost = cost.add(lineCost);
    }

    public long getCustomerId() {
        return customerId;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public BigDecimal getMargin() {
        return getTotal().subtract(cost);
    }
}
