package org.channelcenter.billing.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.channelcenter.billing.control.DocumentContent.Column;
import org.channelcenter.billing.control.DocumentContent.Field;

/**
 * Writes a {@link DocumentContent} as a PDF (OpenPDF) in the reader's language: A4 landscape, a title, the header
 * fields, the table (its header repeated on every page) and the totals. The text is set in DejaVu Sans, embedded
 * (subset) in every file, because the PDF standard fonts have no Cyrillic; the fonts ship in this jar (Debian's
 * fonts-dejavu-core 2.37, under their free licence in {@code fonts/DejaVu-LICENSE.txt}), never fetched.
 */
public final class PdfDocuments {

    private static final String FONTS = "/org/channelcenter/billing/fonts/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final Color RULE = new Color(0xC8, 0xCC, 0xD2);
    private static final Color HEADER = new Color(0xEE, 0xF0, 0xF3);

    private PdfDocuments() {}

    public static byte[] write(DocumentContent document, DocumentLabels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            Font text = new Font(baseFont("DejaVuSans.ttf", REGULAR), 9);
            Font bold = new Font(baseFont("DejaVuSans-Bold.ttf", BOLD), 9);
            Font title = new Font(baseFont("DejaVuSans-Bold.ttf", BOLD), 16);
            String heading = labels.label(document.titleKey());
            pdf.addTitle(heading);
            // the document's language, for screen readers and text extraction
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(labels.locale().toLanguageTag()));
            pdf.addCreator("Channel Center");
            pdf.open();
            pdf.add(new Paragraph(heading, title));
            pdf.add(fields(document.fields(), labels, text, bold));
            pdf.add(table(document, labels, text, bold));
            pdf.add(fields(document.totals(), labels, bold, bold));
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable fields(List<Field> fields, DocumentLabels labels, Font value, Font label) {
        PdfPTable table = new PdfPTable(2);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setWidthPercentage(60);
        table.setSpacingBefore(8);
        for (Field field : fields) {
            table.addCell(plain(new Phrase(labels.label(field.labelKey()), label), Element.ALIGN_LEFT));
            table.addCell(plain(new Phrase(labels.format(field.value()), value), Element.ALIGN_LEFT));
        }
        return table;
    }

    private static PdfPTable table(DocumentContent document, DocumentLabels labels, Font text, Font bold) {
        List<Column> columns = document.columns();
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (Column column : columns) {
            PdfPCell cell = ruled(new Phrase(labels.label(column.labelKey()), bold), align(column));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (List<Object> row : document.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                table.addCell(ruled(new Phrase(labels.format(row.get(i)), text), align(columns.get(i))));
            }
        }
        return table;
    }

    private static int align(Column column) {
        return column.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }

    private static PdfPCell plain(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPCell ruled(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static BaseFont baseFont(String name, byte[] bytes) throws DocumentException {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
