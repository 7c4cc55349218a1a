package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A provider's invoice to one reseller for one month and currency (V46), written by a billing run as a DRAFT. Its
 * total is the sum of its lines, each already rounded. Issuing numbers it from the provider's sequence and gives it
 * a due day from the reseller's terms; from then on its lines and total never change. It is PAID once recorded
 * payments cover the total, or VOID through a credit note; overdue while ISSUED past its due day.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends BillingDocument {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal paid;

    @Column(name = "customer_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal customerTotal;

    @Column(name = "invoice_number")
    private Integer number;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "hold_noticed", nullable = false)
    private boolean holdNoticed;

    @Version
    private long version;

    protected Invoice() {
        // for JPA
    }

    public Invoice(BillingRun run, long resellerId, String currency, Instant now) {
        super(run, resellerId, currency, now);
        this.status = InvoiceStatus.DRAFT;
        this.paid = BigDecimal.ZERO;
        this.customerTotal = BigDecimal.ZERO;
    }

    /**
     * Adds a line's amount (already rounded) to a draft, and what the customer is charged for the same period (its
     * statement's line): the reseller's revenue beside this cost.
     */
    public void add(BigDecimal amount, BigDecimal customerAmount) {
        requireStatus(InvoiceStatus.DRAFT);
        addLine(amount);
        customerTotal = customerTotal.add(customerAmount);
    }

    /** Issues the draft as number {@code number}, due {@code termsDays} after {@code today}. */
    public void issue(int number, LocalDate today, int termsDays, String byLogin) {
        requireStatus(InvoiceStatus.DRAFT);
        this.number = number;
        this.issuedOn = Objects.requireNonNull(today, "today");
        this.dueOn = today.plusDays(termsDays);
        this.issuedBy = Objects.requireNonNull(byLogin, "byLogin");
        this.status = InvoiceStatus.ISSUED;
    }

    /** Records a payment of an issued invoice; it is PAID once its payments cover the total. */
    public void pay(BigDecimal amount, LocalDate receivedOn) {
        requireStatus(InvoiceStatus.ISSUED);
        if (amount.signum() <= 0 || amount.compareTo(outstanding()) > 0) {
            throw new BillingRefusedException(BillingRefusedException.Reason.PAYMENT_AMOUNT);
        }
        paid = paid.add(amount);
        if (paid.compareTo(getTotal()) >= 0) {
            status = InvoiceStatus.PAID;
            paidOn = receivedOn;
        }
    }

    /** Voids an issued, unpaid invoice; its credit note is written with it. */
    public void voidByCreditNote() {
        requireStatus(InvoiceStatus.ISSUED);
        if (paid.signum() > 0) {
            throw new BillingRefusedException(BillingRefusedException.Reason.INVOICE_PARTLY_PAID);
        }
        status = InvoiceStatus.VOID;
    }

    /** What is left to pay: the total less payments, while issued; nothing otherwise. */
    public BigDecimal outstanding() {
        return status == InvoiceStatus.ISSUED
                ? getTotal().subtract(paid)
                : getTotal().subtract(getTotal());
    }

    /** Issued, not fully paid, and past its due day. */
    public boolean isOverdue(LocalDate today) {
        return status == InvoiceStatus.ISSUED && dueOn.isBefore(today);
    }

    /** The reseller's hold for this invoice was announced (mailed and audited) once. */
    public void holdNoticed() {
        holdNoticed = true;
    }

    /** Once paid or voided, the hold it caused was announced as lifted: nothing is left to announce for it. */
    public void holdLifted() {
        holdNoticed = false;
    }

    private void requireStatus(InvoiceStatus expected) {
        if (status != expected) {
            throw new BillingRefusedException(BillingRefusedException.Reason.INVOICE_STATE);
        }
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    /** The reseller's revenue for these lines: for the reseller's eyes only, never the provider's. */
    public BigDecimal getCustomerTotal() {
        return customerTotal;
    }

    public Integer getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public boolean isHoldNoticed() {
        return holdNoticed;
    }
}
