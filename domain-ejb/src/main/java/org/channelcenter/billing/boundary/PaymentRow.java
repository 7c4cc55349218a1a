package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.channelcenter.billing.entity.Payment;

/** A payment recorded against an invoice. */
public record PaymentRow(
        long id, BigDecimal amount, LocalDate receivedOn, String reference, Instant recordedAt, String recordedBy)
        implements Serializable {

    static PaymentRow of(Payment payment) {
        return new PaymentRow(
                payment.getId(),
                payment.getAmount(),
                payment.getReceivedOn(),
                payment.getReference(),
                payment.getRecordedAt(),
                payment.getRecordedBy());
    }
}
