package org.channelcenter.billing.control;

import static org.channelcenter.billing.control.DocumentContent.Column.number;
import static org.channelcenter.billing.control.DocumentContent.Column.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.channelcenter.billing.boundary.DocumentFile;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.control.DocumentContent.Amount;
import org.channelcenter.billing.control.DocumentContent.Field;
import org.channelcenter.billing.control.DocumentContent.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Billing documents as PDF and CSV in en, pt-BR and ru: the PDF's text (read back with OpenPDF's extractor) holds
 * the translated title and labels, the Cyrillic names, the dates and amounts formatted for the language and the
 * total; its font is embedded. The CSV has a translated header and machine-readable values.
 */
class BillingDocumentWritingTest {

    private static final DocumentContent INVOICE = new DocumentContent(
            "invoice-2026-11-7",
            "title.invoice",
            List.of(
                    new Field("field.issuer", "Дистрибьютор Север"),
                    new Field("field.recipient", "Revenda Ação Ltda"),
                    new Field("field.number", 7),
                    new Field("field.month", YearMonth.of(2026, 11)),
                    new Field("field.dueOn", LocalDate.of(2026, 12, 31)),
                    new Field("field.status", new Label("status.ISSUED")),
                    new Field("field.currency", "USD")),
            List.of(
                    text("column.customer"),
                    text("column.offer"),
                    text("column.from"),
                    number("column.quantity"),
                    number("column.days"),
                    number("column.unitPrice"),
                    number("column.amount")),
            List.of(
                    List.of(
                            "Клиент Один",
                            "Office \"E3\", annual",
                            LocalDate.of(2026, 11, 16),
                            10,
                            15,
                            new Amount(new BigDecimal("12.50"), "USD"),
                            new Amount(new BigDecimal("62.50"), "USD")),
                    List.of(
                            "Cliente Dois",
                            "Teams",
                            LocalDate.of(2026, 11, 1),
                            1000,
                            30,
                            new Amount(new BigDecimal("1.172"), "USD"),
                            new Amount(new BigDecimal("1172.00"), "USD"))),
            List.of(new Field("total.total", new Amount(new BigDecimal("1234.50"), "USD"))));

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "ru"})
    void thePdfShowsTheTranslatedLabelsTheCyrillicNamesAndTheTotalFormattedForTheLanguage(String tag)
            throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        DocumentLabels labels = new DocumentLabels(locale);
        DocumentFile file = BillingDocuments.write(INVOICE, DocumentFormat.PDF, locale);
        assertEquals("invoice-2026-11-7.pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());

        String text = spaces(pdfText(file.content()));
        assertTrue(text.contains(labels.label("title.invoice")), text);
        assertTrue(text.contains(labels.label("column.unitPrice")), text);
        assertTrue(text.contains(labels.label("status.ISSUED")), text);
        assertTrue(text.contains("Дистрибьютор Север"), "Cyrillic renders in every language: " + text);
        assertTrue(text.contains("Клиент Один"), text);
        assertTrue(text.contains("Revenda Ação Ltda"), text);
        assertTrue(text.contains(spaces(labels.money(new BigDecimal("1234.50"), "USD"))), text);
        assertTrue(text.contains(spaces(labels.format(LocalDate.of(2026, 12, 31)))), text);
        assertTrue(text.contains(spaces(labels.format(YearMonth.of(2026, 11)))), text);
        String pdf = new String(file.content(), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("/FontFile2"), "the TrueType font is embedded");
        assertTrue(!pdf.contains("/BaseFont /Helvetica"), "no standard font, which has no Cyrillic");
    }

    @org.junit.jupiter.api.Test
    void moneyAndDatesFollowTheLanguage() {
        BigDecimal amount = new BigDecimal("1234.5");
        assertEquals("$1,234.50", new DocumentLabels(Locale.ENGLISH).money(amount, "USD"));
        assertEquals("US$ 1.234,50", spaces(new DocumentLabels(Locale.forLanguageTag("pt-BR")).money(amount, "USD")));
        assertEquals("1 234,50 $", spaces(new DocumentLabels(Locale.forLanguageTag("ru")).money(amount, "USD")));
        assertEquals(
                "R$ 10,00", spaces(new DocumentLabels(Locale.forLanguageTag("pt-BR")).money(BigDecimal.TEN, "BRL")));
        assertEquals("ноябрь 2026", new DocumentLabels(Locale.forLanguageTag("ru")).format(YearMonth.of(2026, 11)));
        assertEquals("Nov 16, 2026", new DocumentLabels(Locale.ENGLISH).format(LocalDate.of(2026, 11, 16)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "ru"})
    void theCsvHasATranslatedHeaderAndMachineReadableValues(String tag) throws IOException {
        Locale locale = Locale.forLanguageTag(tag);
        DocumentLabels labels = new DocumentLabels(locale);
        DocumentFile file = BillingDocuments.write(INVOICE, DocumentFormat.CSV, locale);
        assertEquals("invoice-2026-11-7.csv", file.fileName());
        String csv = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "a byte order mark, so spreadsheets read UTF-8");
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(3, records.size());
        assertEquals(labels.label("column.customer"), records.get(0).get(0));
        assertEquals(labels.label("field.currency"), records.get(0).get(7));
        assertEquals(
                List.of("Клиент Один", "Office \"E3\", annual", "2026-11-16", "10", "15", "12.50", "62.50", "USD"),
                records.get(1).toList());
        assertEquals("1172.00", records.get(2).get(6));
        assertEquals("1.17", records.get(2).get(5), "amounts have the currency's digits, rounded half-even");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    /**
     * The no-break spaces locales put in numbers and dates as plain spaces, and runs of spaces as one (the extractor
     * reads a no-break space's gap as one more space).
     */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll(" +", " ");
    }
}
