package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.channelcenter.billing.entity.PriceSource;

/** A price of one offer on one day, in the offer's currency, and which rules gave it. */
public record PriceQuote(long offerId, LocalDate day, String currency, BigDecimal amount, PriceSource source)
        implements Serializable {}
