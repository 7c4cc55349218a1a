package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceStatus;

/**
 * An invoice as its provider and its reseller see it: who bills whom, for which month, its state and number (null
 * while a draft), its total, what is paid and left to pay, its due day, and whether it is overdue.
 */
public record InvoiceRow(
        long id,
        long runId,
        long providerId,
        String providerName,
        long resellerId,
        String resellerName,
        YearMonth month,
        String currency,
        InvoiceStatus status,
        Integer number,
        BigDecimal total,
        BigDecimal paid,
        BigDecimal outstanding,
        int lines,
        LocalDate issuedOn,
        LocalDate dueOn,
        LocalDate paidOn,
        boolean overdue)
        implements Serializable {

    static InvoiceRow of(Invoice invoice, String providerName, String resellerName, LocalDate today) {
        return new InvoiceRow(
                invoice.getId(),
                invoice.getRunId(),
                invoice.getProviderId(),
                providerName,
                invoice.getResellerId(),
                resellerName,
                invoice.getMonth(),
                invoice.getCurrency(),
                invoice.getStatus(),
                invoice.getNumber(),
                invoice.getTotal(),
                invoice.getPaid(),
                invoice.outstanding(),
                invoice.getLineCount(),
                invoice.getIssuedOn(),
                invoice.getDueOn(),
                invoice.getPaidOn(),
                invoice.isOverdue(today));
    }
}
