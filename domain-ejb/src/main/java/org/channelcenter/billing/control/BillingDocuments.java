package org.channelcenter.billing.control;

import static org.channelcenter.billing.control.DocumentContent.Column.number;
import static org.channelcenter.billing.control.DocumentContent.Column.text;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.channelcenter.billing.boundary.DocumentFile;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.boundary.MarginRow;
import org.channelcenter.billing.boundary.StatementLineRow;
import org.channelcenter.billing.boundary.StatementRow;
import org.channelcenter.billing.control.DocumentContent.Amount;
import org.channelcenter.billing.control.DocumentContent.Column;
import org.channelcenter.billing.control.DocumentContent.Field;
import org.channelcenter.billing.control.DocumentContent.Label;
import org.channelcenter.billing.entity.ChargeLine;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceLine;
import org.channelcenter.billing.entity.InvoiceStatus;
import org.channelcenter.directory.entity.Organization;

/**
 * Builds the billing documents (issue 17) from the database for a caller the boundary has already allowed, and
 * writes them as PDF or CSV in the reader's language: an invoice (provider to reseller, at the reseller's cost), a
 * customer's statement (reseller to customer, at the customer's prices, never showing the reseller's cost) and a
 * reseller's margin report. Lines are read a page at a time; the totals printed are the documents' own (a total is
 * the sum of its lines, kept so by the billing run).
 */
@Dependent
public class BillingDocuments {

    /** Lines read per query while a document is built. */
    static final int CHUNK = 500;

    @Inject
    StatementReads statements;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    public DocumentFile invoice(Invoice invoice, DocumentFormat format, Locale locale) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("field.issuer", organizationName(invoice.getProviderId())));
        fields.add(new Field("field.recipient", organizationName(invoice.getResellerId())));
        fields.add(new Field(
                "field.number", invoice.getNumber() == null ? new Label("field.draft") : invoice.getNumber()));
        fields.add(new Field("field.month", invoice.getMonth()));
        if (invoice.getIssuedOn() != null) {
            fields.add(new Field("field.issuedOn", invoice.getIssuedOn()));
            fields.add(new Field("field.dueOn", invoice.getDueOn()));
        }
        fields.add(new Field(
                "field.status", new Label("status." + invoice.getStatus().name())));
        fields.add(new Field("field.currency", invoice.getCurrency()));
        List<Column> columns = List.of(
                text("column.customer"),
                text("column.offer"),
                text("column.from"),
                text("column.through"),
                number("column.quantity"),
                number("column.days"),
                number("column.unitPrice"),
                number("column.amount"));
        List<List<Object>> rows = new ArrayList<>();
        String currency = invoice.getCurrency();
        for (int first = 0; ; first += CHUNK) {
            List<Object[]> chunk = em.createQuery(
                            "select l, c.name, o.name from InvoiceLine l, Organization c, Offer o"
                                    + " where l.documentId = :id and c.id = l.customerId and o.id = l.offerId"
                                    + " order by c.name, l.customerId, o.name, l.subscriptionId, l.id",
                            Object[].class)
                    .setParameter("id", invoice.getId())
                    .setFirstResult(first)
                    .setMaxResults(CHUNK)
                    .getResultList();
            for (Object[] row : chunk) {
                ChargeLine line = ((InvoiceLine) row[0]).line();
                rows.add(List.of(
                        row[1],
                        row[2],
                        line.from(),
                        line.through(),
                        line.quantity(),
                        line.days(),
                        new Amount(line.unitPrice(), currency),
                        new Amount(line.amount(), currency)));
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        List<Field> totals = new ArrayList<>();
        totals.add(new Field("total.total", new Amount(invoice.getTotal(), currency)));
        if (invoice.getStatus() == InvoiceStatus.ISSUED && invoice.getPaid().signum() > 0) {
            totals.add(new Field("total.paid", new Amount(invoice.getPaid(), currency)));
            totals.add(new Field("total.outstanding", new Amount(invoice.outstanding(), currency)));
        }
        String name = "invoice-" + invoice.getMonth() + "-"
                + (invoice.getNumber() == null ? "draft-" + invoice.getId() : invoice.getNumber());
        return write(new DocumentContent(name, "title.invoice", fields, columns, rows, totals), format, locale);
    }

    /** The customer's statement as the customer receives it: its prices and amounts, never the reseller's cost. */
    public DocumentFile statement(StatementRow statement, DocumentFormat format, Locale locale) {
        List<Field> fields = List.of(
                new Field("field.issuer", statement.resellerName()),
                new Field("field.recipient", statement.customerName()),
                new Field("field.month", statement.month()),
                new Field("field.currency", statement.currency()));
        List<Column> columns = List.of(
                text("column.offer"),
                text("column.from"),
                text("column.through"),
                number("column.quantity"),
                number("column.days"),
                number("column.unitPrice"),
                number("column.amount"));
        List<List<Object>> rows = new ArrayList<>();
        String currency = statement.currency();
        for (int first = 0; ; first += CHUNK) {
            List<StatementLineRow> chunk = statements.findLines(statement.id(), false, first, CHUNK);
            for (StatementLineRow line : chunk) {
                rows.add(List.of(
                        line.offerName(),
                        line.from(),
                        line.through(),
                        line.quantity(),
                        line.days(),
                        new Amount(line.unitPrice(), currency),
                        new Amount(line.amount(), currency)));
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        List<Field> totals = List.of(new Field("total.total", new Amount(statement.total(), currency)));
        String name = "statement-" + statement.month() + "-" + statement.id();
        return write(new DocumentContent(name, "title.statement", fields, columns, rows, totals), format, locale);
    }

    /** The reseller's margin report for those months (inclusive), filtered as its page is; totals per currency. */
    public DocumentFile margins(
            long resellerId, YearMonth from, YearMonth through, String filter, DocumentFormat format, Locale locale) {
        List<Field> fields = List.of(
                new Field("field.reseller", organizationName(resellerId)),
                new Field("field.fromMonth", from),
                new Field("field.throughMonth", through));
        List<Column> columns = List.of(
                text("column.month"),
                text("column.customer"),
                text("column.offer"),
                number("column.revenue"),
                number("column.cost"),
                number("column.margin"),
                text("column.currency"));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (int first = 0; ; first += CHUNK) {
            List<MarginRow> chunk = statements.findMargins(resellerId, from, through, filter, first, CHUNK);
            for (MarginRow row : chunk) {
                String currency = row.currency();
                rows.add(List.of(
                        row.month(),
                        row.customerName(),
                        row.offerName(),
                        new Amount(row.revenue(), currency),
                        new Amount(row.cost(), currency),
                        new Amount(row.margin(), currency),
                        currency));
                BigDecimal[] sum =
                        sums.computeIfAbsent(currency, any -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(row.revenue());
                sum[1] = sum[1].add(row.cost());
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        List<Field> totals = new ArrayList<>();
        sums.forEach((currency, sum) -> {
            totals.add(new Field("total.revenue", new Amount(sum[0], currency)));
            totals.add(new Field("total.cost", new Amount(sum[1], currency)));
            totals.add(new Field("total.margin", new Amount(sum[0].subtract(sum[1]), currency)));
        });
        String name = "margins-" + from + (from.equals(through) ? "" : "-" + through);
        return write(new DocumentContent(name, "title.margins", fields, columns, rows, totals), format, locale);
    }

    /** Writes the document in the format, in the locale's language. */
    public static DocumentFile write(DocumentContent document, DocumentFormat format, Locale locale) {
        DocumentLabels labels = new DocumentLabels(locale);
        byte[] content = format == DocumentFormat.PDF
                ? PdfDocuments.write(document, labels)
                : CsvDocuments.write(document, labels);
        return new DocumentFile(document.fileName() + "." + format.extension(), format.contentType(), content);
    }

    private String organizationName(long id) {
        Organization organization = em.find(Organization.class, id);
        return organization == null ? "" : organization.getName();
    }
}
