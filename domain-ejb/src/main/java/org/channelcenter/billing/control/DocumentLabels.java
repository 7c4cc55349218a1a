package org.channelcenter.billing.control;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;
import org.channelcenter.billing.control.DocumentContent.Amount;
import org.channelcenter.billing.control.DocumentContent.Label;

/**
 * The words and formats of billing documents in one language: labels from {@code
 * org.channelcenter.billing.documents} (en, pt-BR, ru), money with the currency's digits and the locale's separators
 * and symbol, dates in the locale's medium style, months by name. English when the locale has no bundle of its own.
 */
public final class DocumentLabels {

    static final String BUNDLE = "org.channelcenter.billing.documents";

    private final Locale locale;
    private final ResourceBundle bundle;

    public DocumentLabels(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String label(String key) {
        return bundle.getString(key);
    }

    /** A value for a reader: money, dates and months for the locale; labels translated; anything else as text. */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Amount amount) {
            return money(amount.value(), amount.currency());
        }
        if (value instanceof LocalDate day) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(day);
        }
        if (value instanceof YearMonth month) {
            // the language's own pattern: "November 2026", "novembro de 2026", "ноябрь 2026"
            return DateTimeFormatter.ofPattern(label("format.month"), locale).format(month);
        }
        if (value instanceof Label text) {
            return label(text.key());
        }
        if (value instanceof Number number) {
            return NumberFormat.getIntegerInstance(locale).format(number);
        }
        return value.toString();
    }

    /** The amount rounded to the currency's digits, with the locale's grouping, decimal sign and currency symbol. */
    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        int digits = Money.fractionDigits(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(Money.round(amount, currency));
    }

    /** A value for a machine (CSV): ISO dates and months, plain decimals, translated labels. */
    public String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Amount amount) {
            return Money.round(amount.value(), amount.currency()).toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Label text) {
            return label(text.key());
        }
        return value.toString();
    }
}
