package org.channelcenter.billing.entity;

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
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A provider's billing run for one month (V46): one per provider and month, so a second or concurrent run of the
 * month finds this one. It bills the provider's resellers in id order, a page of subscriptions per transaction, and
 * remembers the last reseller billed and where it is in the next one, so a run killed half-way and started again
 * goes on after the last page committed and ends with the same invoices.
 */
@Entity
@Table(name = "billing_run")
@NamedQuery(
        name = BillingRun.OF_MONTH,
        query = "select r from BillingRun r where r.providerId = :provider and r.billingMonth = :month")
public class BillingRun {

    public static final String OF_MONTH = "BillingRun.ofMonth";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "billing_month", nullable = false, updatable = false)
    private String billingMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;

    @Column(name = "last_reseller_id")
    private Long lastResellerId;

    /** The reseller being billed, between two of its pages; null between resellers. */
    @Column(name = "billing_reseller_id")
    private Long billingResellerId;

    @Column(name = "after_customer_id")
    private Long afterCustomerId;

    @Column(name = "after_subscription_id")
    private Long afterSubscriptionId;

    @Column(nullable = false)
    private int invoices;

    @Column(nullable = false)
    private int statements;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected BillingRun() {
        // for JPA
    }

    public BillingRun(long providerId, YearMonth month, String startedBy, Instant now) {
        this.providerId = providerId;
        this.billingMonth = month.toString();
        this.status = RunStatus.RUNNING;
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether the reseller was billed by this run already (resellers are billed in id order). */
    public boolean billed(long resellerId) {
        return status == RunStatus.COMPLETED || (lastResellerId != null && resellerId <= lastResellerId);
    }

    /**
     * Where billing the reseller goes on from: after the last page committed, or from its first subscription. The
     * {@code long[]} is (customer, subscription), -1 for none.
     */
    public long[] positionIn(long resellerId) {
        return Long.valueOf(resellerId).equals(billingResellerId)
                ? new long[] {afterCustomerId, afterSubscriptionId}
                : new long[] {-1, -1};
    }

    /** A page of the reseller is billed, up to that subscription; written in the page's transaction. */
    public void pageBilled(long resellerId, long customerId, long subscriptionId) {
        requireNotBilled(resellerId);
        billingResellerId = resellerId;
        afterCustomerId = customerId;
        afterSubscriptionId = subscriptionId;
    }

    /** The reseller's last page is billed: its invoices and statements count for the run. */
    public void billed(long resellerId, int resellerInvoices, int resellerStatements) {
        requireNotBilled(resellerId);
        lastResellerId = resellerId;
        billingResellerId = null;
        afterCustomerId = null;
        afterSubscriptionId = null;
        invoices += resellerInvoices;
        statements += resellerStatements;
    }

    private void requireNotBilled(long resellerId) {
        if (billed(resellerId)) {
            throw new IllegalStateException("reseller " + resellerId + " was billed by run " + id + " already");
        }
    }

    public void complete(Instant now) {
        status = RunStatus.COMPLETED;
        finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getProviderId() {
        return providerId;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(billingMonth);
    }

    public RunStatus getStatus() {
        return status;
    }

    public Long getLastResellerId() {
        return lastResellerId;
    }

    public int getInvoices() {
        return invoices;
    }

    public int getStatements() {
        return statements;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
