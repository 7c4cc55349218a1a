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
import java.math.BigDecimal;

/**
 * One line of a customer's statement (V46): a subscription over a period of the month at the customer's unit price,
 * for {@code amount}, and what the same period cost the reseller ({@code cost}: the matching invoice line), so the
 * margin report reads revenue and cost from one row. Written by the billing run; never changed.
 */
@Entity
@Table(name = "customer_statement_line")
public class StatementLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Written through the statement, so that the run persists a statement and its lines in one flush. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false, updatable = false)
    private CustomerStatement statement;

    /** The statement's id, for queries that need no statement loaded. */
    @Column(name = "statement_id", insertable = false, updatable = false)
    private long documentId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Embedded
    private ChargedPeriod charge;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal cost;

    protected StatementLine() {
        // for JPA
    }

    public StatementLine(
            CustomerStatement statement, long subscriptionId, long offerId, ChargeLine line, BigDecimal cost) {
        this.statement = statement;
        this.subscriptionId = subscriptionId;
        this.offerId = offerId;
        this.charge = new ChargedPeriod(line);
        this.cost = cost;
    }

    public Long getId() {
        return id;
    }

    public long getStatementId() {
        return documentId;
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

    public long getOfferId() {
        return offerId;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public ChargeLine line() {
        return charge.line();
    }
}
