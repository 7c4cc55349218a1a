package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.channelcenter.it.pages.BillingDocumentTables.Download;
import org.channelcenter.it.pages.OrderPage;
import org.channelcenter.it.pages.PriceBooksPage;
import org.channelcenter.it.pages.PricesPage;
import org.channelcenter.it.pages.ProviderInvoicesPage;
import org.channelcenter.it.pages.ReceivedInvoicesPage;
import org.channelcenter.it.pages.StatementsPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.channelcenter.it.support.Statementing;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17's "done when", in a real browser: the provider (English) gives the reseller 10 % off list in its price book,
 * the reseller (Russian) sets a default markup of 20 %, the provider orders 10 licenses of a monthly offer listed at
 * 12.50 USD. A billing run bills only a closed month, so the network's history is then moved one month back (the
 * order and the prices happened a month ago, mid-month). The provider runs last month's billing and issues the
 * invoice; the reseller sees the prorated amount on its invoice and its customer's statement at the markup, both
 * computed here from the prices and the days; the invoice's PDF shows the same total, in Russian; the reseller's
 * billing keepers got the "invoice issued" mail in their language; the provider records the payment (PAID).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoiceBrowserIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aMidMonthOrderIsInvoicedProratedAtTheResellersCostAndStatedAtTheMarkup() throws IOException {
        SampleNetwork network = SampleNetwork.create();
        long customer = network.customer().organizationId();
        String offerName = "Invoiced offer " + System.nanoTime();
        long offer = Ordering.offer(offerName, 1, 100, true);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String mail = Statementing.language(network.reseller().login(), "ru");

        // the provider: 10 % off list for this reseller, then an order of 10 licenses
        PortalPage provider = new PortalPage(browsers.open("en"));
        provider.signIn(network.provider().login(), Fixtures.PASSWORD);
        PriceBooksPage books = PriceBooksPage.fromMenu(provider);
        books.book(network.reseller().organizationId(), "Price book for Browser Test RESELLER");
        books.rules().kind("PERCENTAGE").percentage("-10").effectiveFrom(today).add();
        books.rules().awaitMessage("The rule was added");
        OrderPage order = OrderPage.open(provider, customer);
        order.pick(0, offer);
        order.quantityAndLeave(0, "10");
        order.place();
        order.awaitMessage("The customer's subscriptions are updated.");
        assertEquals("10:ACTIVE", Ordering.rowsOf(customer).quantities(), "one subscription of 10 licenses");

        // the reseller: a default markup of 20 % over its cost
        PortalPage reseller = new PortalPage(browsers.open("ru"));
        reseller.signIn(network.reseller().login(), Fixtures.PASSWORD);
        PricesPage prices = PricesPage.fromMenu(reseller);
        prices.rules().percentage("20").effectiveFrom(today).add();
        prices.rules().awaitMessage("Правило добавлено");

        // what happened today happened a month ago, in a month now closed
        Statementing.shiftBack(
                network.provider().organizationId(), network.reseller().organizationId(), customer);
        LocalDate ordered = LocalDate.now(ZoneOffset.UTC).minusMonths(1);
        YearMonth month = YearMonth.from(ordered);
        int days = month.lengthOfMonth() - ordered.getDayOfMonth() + 1;
        BigDecimal cost =
                new BigDecimal("12.50").multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal price = cost.multiply(new BigDecimal("1.20")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal invoiced = prorated(cost, days, month);
        BigDecimal stated = prorated(price, days, month);

        // the provider runs last month's billing and issues the invoice
        ProviderInvoicesPage invoices = ProviderInvoicesPage.fromMenu(provider);
        String monthName =
                DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH).format(month);
        invoices.runLastMonth("Billing of " + monthName + ": 1 invoices and 1 statements.");
        long invoice = invoices.firstInvoice();
        assertEquals(
                PricesPage.dollars(invoiced, Locale.ENGLISH),
                invoices.awaitInvoiceCell(invoice, "total", PricesPage.dollars(invoiced, Locale.ENGLISH)),
                "the draft: " + days + " of " + month.lengthOfMonth() + " days of 10 licenses at " + cost);
        // its one line: the customer's 10 licenses, the days from the order to the month's end, the prorated amount
        assertEquals(Integer.toString(days), invoices.awaitFirstLine(invoice, "days", Integer.toString(days)));
        assertEquals("10", invoices.awaitFirstLine(invoice, "quantity", "10"));
        assertEquals(
                PricesPage.dollars(invoiced, Locale.ENGLISH),
                invoices.awaitFirstLine(invoice, "amount", PricesPage.dollars(invoiced, Locale.ENGLISH)));
        provider.evidence("invoice-lines-provider-en");
        assertTrue(invoices.offersIssueAll(), "the run has a draft to issue");
        invoices.issue(invoice, "Invoice 1 issued");
        assertEquals("Issued", invoices.awaitInvoiceCell(invoice, "status", "Issued"));
        assertFalse(invoices.offersIssueAll(), "nothing left to issue in the run");

        // the reseller's invoice and its customer's statement, in Russian
        ReceivedInvoicesPage received = ReceivedInvoicesPage.fromMenu(reseller);
        assertEquals(
                PricesPage.dollars(invoiced, RUSSIAN),
                received.awaitInvoiceCell(invoice, "total", PricesPage.dollars(invoiced, RUSSIAN)));
        assertEquals(
                PricesPage.dollars(cost, RUSSIAN),
                received.awaitFirstLine(invoice, "unitPrice", PricesPage.dollars(cost, RUSSIAN)),
                "the reseller's cost per license and month");
        reseller.evidence("invoice-lines-reseller-ru");
        Download pdf = received.document(invoice, "pdf");
        assertEquals("application/pdf", pdf.contentType());
        String text = pdfText(pdf.content());
        assertTrue(text.contains("Счет"), text);
        assertTrue(
                squeezed(text).contains(squeezed("Итого " + PricesPage.dollars(invoiced, RUSSIAN))),
                "the PDF's total is the invoice's: " + text);
        StatementsPage statements = StatementsPage.fromMenu(reseller);
        ProbeAnswer rows = Statementing.as(network.reseller().login(), "resellerStatements", "month", month.toString());
        long statement = Long.parseLong(rows.value("rows").split(":")[0]);
        assertEquals(
                PricesPage.dollars(stated, RUSSIAN),
                statements.awaitStatementCell(statement, "total", PricesPage.dollars(stated, RUSSIAN)));
        assertEquals(
                PricesPage.dollars(invoiced, RUSSIAN),
                statements.awaitStatementCell(statement, "cost", PricesPage.dollars(invoiced, RUSSIAN)));

        // the provider records the payment of the whole invoice (its dialog offers what is left to pay): PAID
        invoices.payInFull(invoice, "Payment of invoice 1 recorded.");
        assertEquals("Paid", invoices.awaitInvoiceCell(invoice, "status", "Paid"));
        assertEquals(
                PricesPage.dollars(BigDecimal.ZERO, Locale.ENGLISH),
                invoices.awaitInvoiceCell(invoice, "outstanding", PricesPage.dollars(BigDecimal.ZERO, Locale.ENGLISH)));

        // the "invoice issued" mail, in the reseller's language
        String issued = Fixtures.latestMail(mail, "billing.invoiceIssued");
        assertNotNull(issued, "the invoice-issued mail to " + mail);
        assertTrue(PricesPage.spaced(issued).contains("Счет 1 от"), issued);
        assertTrue(PricesPage.spaced(issued).contains(PricesPage.dollars(invoiced, RUSSIAN)), issued);
    }

    /** {@code licenses × unit price × days / days of the month}, rounded half-even to cents. */
    private static BigDecimal prorated(BigDecimal unitPrice, int days, YearMonth month) {
        return unitPrice
                .multiply(BigDecimal.TEN)
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_EVEN);
    }

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
