package org.channelcenter.billing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.channelcenter.billing.control.DocumentContent.Column;
import org.channelcenter.billing.control.DocumentContent.Field;

/**
 * Writes a {@link DocumentContent} as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read Cyrillic):
 * the table's header in the reader's language, then one record per row. Values stay machine-readable whatever the
 * language (ISO dates and months, plain decimals with a point, a currency column), so a sheet sums them; the header
 * fields and totals of the PDF are left out, being derived from the rows.
 */
public final class CsvDocuments {

    /** A document in one currency names it in a header field; CSV repeats it on every record instead. */
    static final String CURRENCY = "field.currency";

    private CsvDocuments() {}

    public static byte[] write(DocumentContent document, DocumentLabels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.RFC4180.print(writer)) {
            writer.write('\uFEFF');
            Object currency = currencyOf(document);
            List<String> header = new ArrayList<>();
            for (Column column : document.columns()) {
                header.add(labels.label(column.labelKey()));
            }
            if (currency != null) {
                header.add(labels.label(CURRENCY));
            }
            csv.printRecord(header);
            for (List<Object> row : document.rows()) {
                List<String> record = new ArrayList<>(row.size() + 1);
                row.forEach(value -> record.add(labels.plain(value)));
                if (currency != null) {
                    record.add(labels.plain(currency));
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object currencyOf(DocumentContent document) {
        return document.fields().stream()
                .filter(field -> field.labelKey().equals(CURRENCY))
                .map(Field::value)
                .findFirst()
                .orElse(null);
    }
}
