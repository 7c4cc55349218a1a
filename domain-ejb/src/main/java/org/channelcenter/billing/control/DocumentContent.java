package org.channelcenter.billing.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A billing document (invoice, statement, margin report) before it is written as PDF or CSV: a title, a few header
 * fields, a table and its totals. Labels are bundle keys of {@code org.channelcenter.billing.documents}; values are
 * typed ({@link java.time.LocalDate}, {@link java.time.YearMonth}, {@link Amount}, numbers, text) so each format
 * writes them for the reader's locale (PDF) or for a machine (CSV).
 */
public record DocumentContent(
        String fileName,
        String titleKey,
        List<Field> fields,
        List<Column> columns,
        List<List<Object>> rows,
        List<Field> totals) {

    public DocumentContent {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(titleKey, "titleKey");
        fields = List.copyOf(fields);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    /** A labelled value of the header or of the totals. */
    public record Field(String labelKey, Object value) {}

    /** A table column: its label and whether it holds a number (right-aligned). */
    public record Column(String labelKey, boolean numeric) {

        public static Column text(String labelKey) {
            return new Column(labelKey, false);
        }

        public static Column number(String labelKey) {
            return new Column(labelKey, true);
        }
    }

    /** An amount of money in a currency (ISO 4217). */
    public record Amount(BigDecimal value, String currency) {

        public Amount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** A value that is itself a label (e.g. a status): written as the bundle's text for {@code key}. */
    public record Label(String key) {}
}
