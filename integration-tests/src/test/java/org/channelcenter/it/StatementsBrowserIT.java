package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.channelcenter.it.pages.BillingDocumentTables.Download;
import org.channelcenter.it.pages.MarginsPage;
import org.channelcenter.it.pages.OwnStatementsPage;
import org.channelcenter.it.pages.PricesPage;
import org.channelcenter.it.pages.StatementsPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.channelcenter.it.support.Statementing;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17's statement screens in a real browser, over last month's statement as a billing run writes it: the
 * reseller's global admin, in Russian, finds it under Billing › Statements with total, cost and margin, opens its
 * lines and downloads it as PDF (whose text shows the same total, in Russian, and never the cost) and CSV; in
 * Portuguese, Billing › Margins shows the month's revenue, cost and margin and downloads the report; the customer's
 * global admin, in English, sees its statement without the reseller's cost and downloads it. Money is formatted
 * here as each language writes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementsBrowserIT {

    private static final String MONTH =
            YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theResellerAndTheCustomerSeeAndDownloadTheStatementInTheirLanguages() throws IOException {
        SampleNetwork network = SampleNetwork.create();
        String offerName = "Statement offer " + System.nanoTime();
        long offer = Ordering.offer(offerName, 1, 100, true);
        long statement = Statementing.statement(
                network.provider().organizationId(),
                network.reseller().organizationId(),
                network.customer().organizationId(),
                offer,
                MONTH,
                "1234.50:1000.00,65.50:50.00");
        // total 1300.00, cost 1050.00, margin 250.00
        Locale russian = Locale.forLanguageTag("ru");

        PortalPage reseller = new PortalPage(browsers.open("ru"));
        reseller.signIn(network.reseller().login(), Fixtures.PASSWORD);
        StatementsPage statements = StatementsPage.fromMenu(reseller);
        assertEquals(
                PricesPage.dollars("1300.00", russian),
                statements.awaitStatementCell(statement, "total", PricesPage.dollars("1300.00", russian)));
        assertEquals(
                PricesPage.dollars("1050.00", russian),
                statements.awaitStatementCell(statement, "cost", PricesPage.dollars("1050.00", russian)));
        assertEquals(
                PricesPage.dollars("250.00", russian),
                statements.awaitStatementCell(statement, "margin", PricesPage.dollars("250.00", russian)));
        statements.showLines(statement);
        long line = statements.firstLine();
        assertEquals(offerName, statements.awaitLineCell(line, "offer", offerName));

        Download pdf = statements.document(statement, "pdf");
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.disposition().contains("statement-" + MONTH + "-" + statement + ".pdf"), pdf.disposition());
        String text = pdfText(pdf.content());
        assertTrue(text.contains("Выписка"), text);
        assertTrue(
                squeezed(text).contains(squeezed("Итого " + PricesPage.dollars("1300.00", russian))),
                "the same total, in Russian: " + text);
        assertFalse(text.contains(PricesPage.dollars("1050.00", russian)), "never the reseller's cost: " + text);
        Download csv = statements.document(statement, "csv");
        String rows = new String(csv.content(), StandardCharsets.UTF_8);
        assertTrue(rows.startsWith("\uFEFFПредложение,"), rows);
        assertTrue(rows.contains(",1234.50,1234.50,USD"), rows);
        reseller.signOut();

        Locale portuguese = Locale.forLanguageTag("pt-BR");
        PortalPage margins = new PortalPage(browsers.open("pt-BR"));
        margins.signIn(network.reseller().login(), Fixtures.PASSWORD);
        MarginsPage report = MarginsPage.fromMenu(margins);
        String key = MONTH + "-" + network.customer().organizationId() + "-" + offer + "-USD";
        assertEquals(
                PricesPage.dollars("1300.00", portuguese),
                report.awaitMarginCell(key, "revenue", PricesPage.dollars("1300.00", portuguese)));
        assertEquals(
                PricesPage.dollars("250.00", portuguese),
                report.awaitMarginCell(key, "margin", PricesPage.dollars("250.00", portuguese)));
        String reportText = pdfText(report.report("pdf").content());
        assertTrue(reportText.contains("Relatório de margens"), reportText);
        assertTrue(
                squeezed(reportText).contains(squeezed("Margem total " + PricesPage.dollars("250.00", portuguese))),
                reportText);
        String reportCsv = new String(report.report("csv").content(), StandardCharsets.UTF_8);
        assertTrue(
                reportCsv.contains(MONTH + "," + network.customer().organizationId()) || reportCsv.contains(offerName),
                reportCsv);
        margins.signOut();

        PortalPage customer = new PortalPage(browsers.open("en"));
        customer.signIn(network.customer().login(), Fixtures.PASSWORD);
        OwnStatementsPage own = OwnStatementsPage.fromMenu(customer);
        assertEquals("$1,300.00", own.awaitStatementCell(statement, "total", "$1,300.00"));
        assertFalse(own.showsCell(statement, "cost"), "a customer never sees its reseller's cost");
        own.showLines(statement);
        assertFalse(own.linesShowCost(), "nor in the lines");
        String ownText = pdfText(own.document(statement, "pdf").content());
        assertTrue(ownText.contains("Statement"), ownText);
        assertTrue(squeezed(ownText).contains("Total$1,300.00"), ownText);
    }

    /**
     * The text without spaces: the extractor puts a space between a label and its value (cells side by side) or
     * not, depending on where the cells fall.
     */
    private static String squeezed(String text) {
        return text.replace(" ", "");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return PricesPage.spaced(text.toString()).replaceAll(" +", " ");
        } finally {
            reader.close();
        }
    }
}
