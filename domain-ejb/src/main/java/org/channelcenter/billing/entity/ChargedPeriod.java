package org.channelcenter.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The charge of an invoice or statement line, as both tables store it (V46): a {@link ChargeLine}'s columns. A class,
 * not the record itself: JPA 3.1 cannot embed records.
 */
@Embeddable
public class ChargedPeriod {

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "period_through", nullable = false, updatable = false)
    private LocalDate through;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(nullable = false, updatable = false)
    private int days;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    protected ChargedPeriod() {
        // for JPA
    }

    ChargedPeriod(ChargeLine line) {
        this.from = line.from();
        this.through = line.through();
        this.quantity = line.quantity();
        this.days = line.days();
        this.unitPrice = line.unitPrice();
        this.amount = line.amount();
    }

    ChargeLine line() {
        return new ChargeLine(from, through, quantity, days, unitPrice, amount);
    }
}
