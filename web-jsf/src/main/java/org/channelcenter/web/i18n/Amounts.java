package org.channelcenter.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;

/**
 * Money and percentages as every page shows them ({@code #{amounts.money(row.cost(), row.currency())}}): in the page's
 * language, money with its currency's sign and fraction digits (US$ 18,00 in Portuguese, 18,00 $ in Russian),
 * percentages with at most two decimals.
 */
@Named
@RequestScoped
public class Amounts {

    @Inject
    LanguageSelection language;

    public String money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(language.getLocale());
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        int digits = Math.max(0, unit.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(
                Math.max(digits, amount.stripTrailingZeros().scale()));
        return format.format(amount);
    }

    /** The percentage's size, without its sign (the text around it says off or above). */
    public String percent(BigDecimal percentage) {
        if (percentage == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(percentage.abs());
    }
}
