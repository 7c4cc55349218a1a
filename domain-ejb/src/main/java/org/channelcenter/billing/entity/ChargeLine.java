package org.channelcenter.billing.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One charge: {@code quantity} licenses from {@code from} to {@code through} (inclusive, UTC days), {@code days}
 * of them charged, at {@code unitPrice} (per month or per year), for {@code amount}, rounded half-even to the
 * currency's digits.
 */
public record ChargeLine(
        LocalDate from, LocalDate through, int quantity, int days, BigDecimal unitPrice, BigDecimal amount) {}
