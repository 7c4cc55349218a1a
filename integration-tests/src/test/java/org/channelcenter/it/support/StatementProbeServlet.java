package org.channelcenter.it.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelcenter.billing.boundary.DocumentFile;
import org.channelcenter.billing.boundary.DocumentFormat;
import org.channelcenter.billing.boundary.InvoiceDocuments;
import org.channelcenter.billing.boundary.MarginRow;
import org.channelcenter.billing.boundary.StatementLineRow;
import org.channelcenter.billing.boundary.StatementRow;
import org.channelcenter.billing.boundary.Statements;
import org.channelcenter.kernel.boundary.PageRequest;

/**
 * Test-only: signs in as the given user for this one request and calls {@link Statements} or {@link
 * InvoiceDocuments} as them (see {@link SignedInProbe}). POST /public/it-probe/statements with {@code login,
 * password, op} and the op's arguments: {@code id} a statement's or invoice's id, {@code month}, {@code from},
 * {@code through} ISO months, {@code filter}, {@code lang} a language tag. A document answers its file name, size and
 * text (a PDF's extracted text, a CSV as is).
 */
@WebServlet("/public/it-probe/statements")
public class StatementProbeServlet extends SignedInProbe {

    @EJB
    Statements statements;

    @EJB
    InvoiceDocuments invoiceDocuments;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        String filter = request.getParameter("filter");
        PageRequest page = new PageRequest(0, 100, null, true, filter);
        switch (op) {
            case "resellerStatements" -> {
                YearMonth month = month(request, "month");
                values.put("count", String.valueOf(statements.countResellerStatements(month, filter)));
                put(values, statements.findResellerStatements(month, page));
            }
            case "ownStatements" -> {
                values.put("count", String.valueOf(statements.countOwnStatements(filter)));
                put(values, statements.findOwnStatements(page));
            }
            case "statement" -> put(values, List.of(statements.statement(id(request))));
            case "lines" -> {
                values.put("count", String.valueOf(statements.countLines(id(request))));
                values.put(
                        "rows",
                        statements.findLines(id(request), page).stream()
                                .map(StatementLineRow::amount)
                                .map(BigDecimal::toPlainString)
                                .collect(Collectors.joining(",")));
                values.put(
                        "costs",
                        statements.findLines(id(request), page).stream()
                                .map(line -> line.cost() == null
                                        ? "none"
                                        : line.cost().toPlainString())
                                .collect(Collectors.joining(",")));
            }
            case "margins" -> {
                YearMonth from = month(request, "from");
                YearMonth through = month(request, "through");
                values.put("count", String.valueOf(statements.countMargins(from, through, filter)));
                values.put(
                        "rows",
                        statements.findMargins(from, through, page).stream()
                                .map(StatementProbeServlet::margin)
                                .collect(Collectors.joining(";")));
            }
            case "statementDocument" -> put(
                    values, statements.statementDocument(id(request), format(request), language(request)));
            case "marginReport" -> put(
                    values,
                    statements.marginReport(
                            month(request, "from"),
                            month(request, "through"),
                            filter,
                            format(request),
                            language(request)));
            case "invoiceDocument" -> put(
                    values, invoiceDocuments.invoiceDocument(id(request), format(request), language(request)));
            case "denials" -> values.put(
                    "count",
                    String.valueOf(new Database(dataSource)
                            .count(
                                    "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_login = ?",
                                    request.getParameter("login"))));
            default -> throw new IllegalArgumentException("unknown op");
        }
    }

    private static String margin(MarginRow row) {
        return row.month() + ":" + row.customerId() + ":" + row.offerId() + ":"
                + row.revenue().toPlainString() + ":" + row.cost().toPlainString() + ":"
                + row.margin().toPlainString();
    }

    private static void put(Map<String, String> values, List<StatementRow> rows) {
        values.put(
                "rows",
                rows.stream()
                        .map(row -> row.id() + ":" + row.month() + ":" + row.customerId() + ":"
                                + row.total().toPlainString() + ":"
                                + (row.cost() == null ? "none" : row.cost().toPlainString()) + ":"
                                + (row.margin() == null ? "none" : row.margin().toPlainString()))
                        .collect(Collectors.joining(";")));
    }

    private static void put(Map<String, String> values, DocumentFile file) throws IOException {
        values.put("fileName", file.fileName());
        values.put("contentType", file.contentType());
        values.put("size", String.valueOf(file.content().length));
        if (file.contentType().equals("application/pdf")) {
            PdfReader reader = new PdfReader(file.content());
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            values.put("text", text.toString());
        } else {
            values.put("text", new String(file.content(), StandardCharsets.UTF_8));
        }
    }

    private static long id(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("id"));
    }

    private static YearMonth month(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isEmpty() ? null : YearMonth.parse(value);
    }

    private static DocumentFormat format(HttpServletRequest request) {
        String value = request.getParameter("format");
        return value == null ? DocumentFormat.PDF : DocumentFormat.valueOf(value);
    }

    private static Locale language(HttpServletRequest request) {
        String value = request.getParameter("lang");
        return value == null ? null : Locale.forLanguageTag(value);
    }
}
