package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertDenied;
import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.Statementing;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statements, the margin report and the billing documents (issue 17) through {@code Statements} and {@code
 * InvoiceDocuments}, as real signed-in users call them, over rows written as a billing run writes them: the reseller's
 * billing admin reads its customers' statements with cost and margin, their lines and the margin report (summed in
 * SQL); a customer's global admin reads its own statements without the cost; each as PDF (its text read back) and CSV
 * in the language asked. Another reseller, another customer, a provider and another provider are refused (not
 * found, or denied for the wrong kind of organization), and every refusal is audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementsIT {

    private static final String OCTOBER = "2025-10";
    private static final String NOVEMBER = "2025-11";

    private Created provider;
    private Created reseller;
    private Created customer;
    private Created otherCustomer;
    private long offerA;
    private long offerB;
    private String offerBName;
    private long october;
    private long novemberB;
    private long otherNovember;

    @BeforeEach
    void billedNetwork() {
        provider = Fixtures.organization("PROVIDER", "BILLING_ADMIN", 0);
        reseller = Fixtures.organization("RESELLER", "BILLING_ADMIN", 0);
        customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        otherCustomer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        offerA = Ordering.offer(1, 100, true);
        offerBName = "IT margin offer " + System.nanoTime();
        offerB = Ordering.offer(offerBName, 1, 100, true);
        october = statement(customer, offerA, OCTOBER, "100.00:80.00,50.00:40.00");
        novemberB = statement(customer, offerB, NOVEMBER, "30.00:25.50");
        otherNovember = statement(otherCustomer, offerA, NOVEMBER, "10.00:9.00");
    }

    private long statement(Created buyer, long offer, String month, String lines) {
        return Statementing.statement(
                provider.organizationId(), reseller.organizationId(), buyer.organizationId(), offer, month, lines);
    }

    private static String id(long id) {
        return Long.toString(id);
    }

    @Test
    void theResellerReadsItsCustomersStatementsWithCostAndMarginTheirLinesAndTheMarginReport() {
        ProbeAnswer all = Statementing.as(reseller.login(), "resellerStatements");
        assertOk(all);
        assertEquals("3", all.value("count"));
        assertTrue(
                all.value("rows")
                        .endsWith(october + ":" + OCTOBER + ":" + customer.organizationId()
                                + ":150.0000:120.0000:30.0000"),
                "the latest month first; total, cost and margin: " + all);

        ProbeAnswer november = Statementing.as(reseller.login(), "resellerStatements", "month", NOVEMBER);
        assertEquals("2", november.value("count"));

        ProbeAnswer lines = Statementing.as(reseller.login(), "lines", "id", id(october));
        assertEquals("2", lines.value("count"));
        assertEquals(Set.of("80.0000", "40.0000"), Set.of(lines.value("costs").split(",")), "the reseller sees cost");

        ProbeAnswer margins = Statementing.as(reseller.login(), "margins", "from", OCTOBER, "through", NOVEMBER);
        assertOk(margins);
        assertEquals("3", margins.value("count"));
        assertEquals(
                Set.of(
                        NOVEMBER + ":" + customer.organizationId() + ":" + offerB + ":30.0000:25.5000:4.5000",
                        NOVEMBER + ":" + otherCustomer.organizationId() + ":" + offerA + ":10.0000:9.0000:1.0000",
                        OCTOBER + ":" + customer.organizationId() + ":" + offerA + ":150.0000:120.0000:30.0000"),
                Set.of(margins.value("rows").split(";")),
                "revenue, cost and margin per month, customer and offer, summed over the lines");
        assertTrue(margins.value("rows").startsWith(NOVEMBER), "the latest month first");
        assertEquals(
                "1",
                Statementing.as(
                                reseller.login(),
                                "margins",
                                "from",
                                OCTOBER,
                                "through",
                                NOVEMBER,
                                "filter",
                                offerBName.toUpperCase())
                        .value("count"),
                "filtered by offer name");
        assertEquals(
                "1",
                Statementing.as(reseller.login(), "margins", "from", OCTOBER, "through", OCTOBER)
                        .value("count"));
        assertRefused(
                "MONTH_RANGE", Statementing.as(reseller.login(), "margins", "from", NOVEMBER, "through", OCTOBER));
    }

    @Test
    void theDocumentsComeInTheLanguageAskedAndTheStatementNeverShowsTheResellersCost() {
        ProbeAnswer report =
                Statementing.as(reseller.login(), "marginReport", "from", OCTOBER, "through", NOVEMBER, "lang", "en");
        assertOk(report);
        assertEquals("margins-2025-10-2025-11.pdf", report.value("fileName"));
        String text = report.value("text");
        assertTrue(text.contains("Margin report"), text);
        assertTrue(text.contains("$190.00"), "total revenue: " + text);
        assertTrue(text.contains("$154.50"), "total cost: " + text);
        assertTrue(text.contains("$35.50"), "total margin: " + text);

        ProbeAnswer russian = Statementing.as(reseller.login(), "statementDocument", "id", id(october), "lang", "ru");
        assertOk(russian);
        String statement = russian.value("text").replace('\u00a0', ' ').replaceAll(" +", " ");
        assertTrue(statement.contains("Выписка"), statement);
        assertTrue(statement.contains("октябрь 2025"), statement);
        assertTrue(statement.contains("150,00 $"), "the total, formatted for Russian: " + statement);
        assertFalse(statement.contains("120,00") || statement.contains("80,00"), "never the reseller's cost");

        ProbeAnswer csv = Statementing.as(
                reseller.login(), "statementDocument", "id", id(october), "lang", "pt-BR", "format", "CSV");
        assertOk(csv);
        assertTrue(csv.value("text").startsWith("\uFEFFOferta,"), csv.value("text"));
        assertTrue(csv.value("text").contains(",100.00,USD"), csv.value("text"));
        assertFalse(csv.value("text").contains("80.00"), "never the reseller's cost");

        ProbeAnswer customersOwn = Statementing.as(customer.login(), "statementDocument", "id", id(october));
        assertOk(customersOwn);
        assertTrue(customersOwn.value("text").contains("Statement"), "English when the user chose no language");
    }

    @Test
    void aCustomerAdminReadsItsOwnStatementsWithoutTheCost() {
        ProbeAnswer own = Statementing.as(customer.login(), "ownStatements");
        assertOk(own);
        assertEquals("2", own.value("count"));
        assertEquals(
                novemberB + ":" + NOVEMBER + ":" + customer.organizationId() + ":30.0000:none:none;" + october + ":"
                        + OCTOBER + ":" + customer.organizationId() + ":150.0000:none:none",
                own.value("rows"));
        ProbeAnswer lines = Statementing.as(customer.login(), "lines", "id", id(october));
        assertEquals("none,none", lines.value("costs"));
        assertEquals(
                "none",
                Statementing.as(customer.login(), "statement", "id", id(october))
                        .value("rows")
                        .split(":")[4]);
    }

    @Test
    void foreignStatementsAreRefusedAsNotFoundAndOtherCallersDeniedEveryRefusalAudited() {
        Created otherReseller = Fixtures.organization("RESELLER", "BILLING_ADMIN", 0);
        long before = Statementing.denials(otherReseller.login());
        assertRefused("NOT_FOUND", Statementing.as(otherReseller.login(), "statement", "id", id(october)));
        assertRefused("NOT_FOUND", Statementing.as(otherReseller.login(), "lines", "id", id(october)));
        assertRefused("NOT_FOUND", Statementing.as(otherReseller.login(), "statementDocument", "id", id(october)));
        assertRefused("NOT_FOUND", Statementing.as(otherReseller.login(), "statement", "id", "987654321"));
        assertEquals(
                "0",
                Statementing.as(otherReseller.login(), "resellerStatements").value("count"));
        assertEquals(
                "0",
                Statementing.as(otherReseller.login(), "margins", "from", OCTOBER, "through", NOVEMBER)
                        .value("count"));
        assertEquals(before + 4, Statementing.denials(otherReseller.login()));

        before = Statementing.denials(otherCustomer.login());
        assertRefused("NOT_FOUND", Statementing.as(otherCustomer.login(), "statement", "id", id(october)));
        assertRefused("NOT_FOUND", Statementing.as(otherCustomer.login(), "lines", "id", id(novemberB)));
        assertDenied(Statementing.as(otherCustomer.login(), "resellerStatements"));
        assertDenied(Statementing.as(otherCustomer.login(), "margins", "from", OCTOBER, "through", NOVEMBER));
        assertEquals(before + 4, Statementing.denials(otherCustomer.login()));
        assertEquals(
                "1", Statementing.as(otherCustomer.login(), "ownStatements").value("count"));
        assertOk(Statementing.as(otherCustomer.login(), "statement", "id", id(otherNovember)));

        before = Statementing.denials(provider.login());
        assertDenied(Statementing.as(provider.login(), "statement", "id", id(october)));
        assertDenied(Statementing.as(provider.login(), "resellerStatements"));
        assertDenied(Statementing.as(provider.login(), "ownStatements"));
        assertEquals(before + 3, Statementing.denials(provider.login()));
    }

    @Test
    void anInvoiceDocumentIsItsProvidersAndOnceIssuedItsResellersAndNobodyElses() {
        long draft = Statementing.invoice(
                provider.organizationId(),
                reseller.organizationId(),
                customer.organizationId(),
                offerA,
                NOVEMBER,
                "DRAFT",
                "62.50,10.00");
        long issued = Statementing.invoice(
                provider.organizationId(),
                reseller.organizationId(),
                customer.organizationId(),
                offerA,
                OCTOBER,
                "ISSUED",
                "120.00");

        ProbeAnswer providers = Statementing.as(provider.login(), "invoiceDocument", "id", id(draft), "lang", "pt-BR");
        assertOk(providers);
        String text = providers.value("text").replace('\u00a0', ' ').replaceAll(" +", " ");
        assertTrue(text.contains("Fatura"), text);
        assertTrue(text.contains("Rascunho (não emitida)"), text);
        assertTrue(text.contains("Total US$ 72,50"), text);
        ProbeAnswer csv = Statementing.as(provider.login(), "invoiceDocument", "id", id(draft), "format", "CSV");
        assertTrue(csv.value("text").contains(",62.50,USD"), csv.value("text"));

        ProbeAnswer resellers = Statementing.as(reseller.login(), "invoiceDocument", "id", id(issued));
        assertOk(resellers);
        assertTrue(resellers.value("text").contains("$120.00"), resellers.value("text"));

        Created otherProvider = Fixtures.organization("PROVIDER", "BILLING_ADMIN", 0);
        Created otherReseller = Fixtures.organization("RESELLER", "BILLING_ADMIN", 0);
        long before = Statementing.denials(reseller.login());
        assertRefused("NOT_FOUND", Statementing.as(reseller.login(), "invoiceDocument", "id", id(draft)));
        assertEquals(before + 1, Statementing.denials(reseller.login()), "a draft is not the reseller's yet");
        before = Statementing.denials(otherProvider.login());
        assertRefused("NOT_FOUND", Statementing.as(otherProvider.login(), "invoiceDocument", "id", id(issued)));
        assertEquals(before + 1, Statementing.denials(otherProvider.login()));
        before = Statementing.denials(otherReseller.login());
        assertRefused("NOT_FOUND", Statementing.as(otherReseller.login(), "invoiceDocument", "id", id(issued)));
        assertEquals(before + 1, Statementing.denials(otherReseller.login()));
        before = Statementing.denials(customer.login());
        assertDenied(Statementing.as(customer.login(), "invoiceDocument", "id", id(issued)));
        assertEquals(before + 1, Statementing.denials(customer.login()));
    }
}
