package org.channelcenter.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Amounts in an ISO 4217 currency: rounded half-even to the currency's fraction digits (2 for USD and BRL, 0 for
 * JPY, 3 for KWD), the one rounding every price takes, at the unit price.
 */
public final class Money {

    /** For the few currencies without fraction digits of their own (e.g. XAU), as the catalog's prices have. */
    private static final int DEFAULT_FRACTION_DIGITS = 2;

    private Money() {}

    /** The currency's fraction digits. */
    public static int fractionDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits < 0 ? DEFAULT_FRACTION_DIGITS : digits;
    }

    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(fractionDigits(currency), RoundingMode.HALF_EVEN);
    }

    /** Whether the amount has no more decimals than the currency (trailing zeros do not count). */
    public static boolean fits(BigDecimal amount, String currency) {
        return amount.stripTrailingZeros().scale() <= fractionDigits(currency);
    }

    /** {@code base} raised (or, negative, lowered) by the percentage, rounded for the currency. */
    public static BigDecimal adjusted(BigDecimal base, BigDecimal percentage, String currency) {
        BigDecimal factor = BigDecimal.ONE.add(percentage.movePointLeft(2));
        return round(base.multiply(factor), currency);
    }
}
