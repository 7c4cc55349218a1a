package org.channelcenter.dashboard.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One billing month (UTC, as billing runs) of a partner's issued invoices in one currency: a provider's revenue is
 * what it invoiced its resellers; a reseller's is what its customers' statements charge for the same lines, and its
 * margin that revenue less the invoices' total (its cost). A provider's own cost is not in the portal, so its margin
 * is null. {@code outstanding} is what is still unpaid of the month's invoices.
 */
public record MonthRevenue(
        YearMonth month, String currency, BigDecimal revenue, BigDecimal margin, BigDecimal outstanding)
        implements Serializable {}
