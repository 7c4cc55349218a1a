package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The credit a provider gives one reseller (V46): a limit in one currency, and payment terms (an issued invoice is
 * due that many days after its issue). Without an account, a reseller has no limit and net 30 terms.
 */
@Entity
@Table(name = "credit_account")
@IdClass(CreditAccount.Key.class)
public class CreditAccount {

    /** Terms when the provider set none: net 30. */
    public static final int DEFAULT_TERMS_DAYS = 30;

    /** The primary key: provider and reseller. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long providerId;

        private long resellerId;

        public Key() {
            // for JPA
        }

        public Key(long providerId, long resellerId) {
            this.providerId = providerId;
            this.resellerId = resellerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.providerId == providerId && key.resellerId == resellerId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(providerId, resellerId);
        }
    }

    @Id
    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Id
    @Column(name = "reseller_id", nullable = false, updatable = false)
    private long resellerId;

    @Column(nullable = false)
    private String currency;

    @Column(name = "credit_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal limit;

    @Column(name = "terms_days", nullable = false)
    private int termsDays;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected CreditAccount() {
        // for JPA
    }

    public CreditAccount(long providerId, long resellerId) {
        this.providerId = providerId;
        this.resellerId = resellerId;
    }

    /** Sets the limit (in the currency's digits, zero or more) and terms (0 to 365 days). */
    public void set(String currency, BigDecimal limit, int termsDays, String byLogin, Instant now) {
        if (limit == null || limit.signum() < 0 || termsDays < 0 || termsDays > 365) {
            throw new BillingRefusedException(BillingRefusedException.Reason.CREDIT_TERMS);
        }
        this.currency = Objects.requireNonNull(currency, "currency");
        this.limit = limit;
        this.termsDays = termsDays;
        this.changedBy = Objects.requireNonNull(byLogin, "byLogin");
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    public long getProviderId() {
        return providerId;
    }

    public long getResellerId() {
        return resellerId;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getLimit() {
        return limit;
    }

    public int getTermsDays() {
        return termsDays;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
