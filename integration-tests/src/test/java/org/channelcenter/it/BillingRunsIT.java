package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertDenied;
import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.Pricing;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Billing runs and invoices (issue 17, point 3) through the boundaries, as signed-in users call them. Runs bill a
 * closed month, so each test moves its subscriptions' history into last month (a test-only probe) and dates its price
 * rules there. Every expected amount is computed here from the prices and days, not read from the product: a
 * monthly line is {@code licenses × unit price × days / days of the month}, rounded half-even to cents. Every offer
 * lists at 12.50 USD (the fixture's price).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingRunsIT {

    private static final YearMonth MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

    private static final int DAYS = MONTH.lengthOfMonth();

    /** {@code licenses × unit × days / days of the month}, half-even to cents. */
    private static BigDecimal prorated(int licenses, String unit, int days) {
        return new BigDecimal(unit)
                .multiply(BigDecimal.valueOf((long) licenses * days))
                .divide(BigDecimal.valueOf(DAYS), 2, RoundingMode.HALF_EVEN);
    }

    private static String at(int day) {
        return MONTH.atDay(day).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Orders the licenses as the provider; the new subscription's id. */
    private static long order(Created provider, long customer, long reseller, long offer, int licenses) {
        ProbeAnswer placed = Ordering.place(provider.login(), customer, reseller, offer + ":" + licenses);
        assertOk(placed);
        return Long.parseLong(placed.value("lines").split(":")[0]);
    }

    /** The network's provider ordered that many licenses of a new offer, on the first of the month. */
    private static void orderedOnTheFirst(SampleNetwork network, int licenses) {
        long offer = Ordering.offer(1, 100, true);
        long subscription = order(
                network.provider(),
                network.customer().organizationId(),
                network.reseller().organizationId(),
                offer,
                licenses);
        backdate(network.provider(), subscription, at(1));
    }

    private static void backdate(Created provider, long subscription, String... instants) {
        assertOk(Pricing.as(
                provider.login(),
                "backdate",
                "subscription",
                Long.toString(subscription),
                "at",
                String.join(",", instants)));
    }

    /** The subscription's version, as the provider's list shows it. */
    private static String version(Created provider, long customer, long subscription) {
        for (String row : Ordering.as(provider.login(), "subscriptions", "customer", Long.toString(customer))
                .value("rows")
                .split(",")) {
            String[] cells = row.split("\\|");
            if (cells[0].equals(Long.toString(subscription))) {
                return cells[3];
            }
        }
        throw new AssertionError("subscription " + subscription + " not listed");
    }

    private static void pastRule(Created seller, Long buyer, Long offer, String kind, String value, LocalDate from) {
        List<String> arguments =
                new ArrayList<>(List.of("seller", Long.toString(seller.organizationId()), kind, value));
        if (buyer != null) {
            arguments.addAll(List.of("buyer", Long.toString(buyer)));
        }
        if (offer != null) {
            arguments.addAll(List.of("offer", Long.toString(offer)));
        }
        arguments.addAll(List.of("day", from.toString()));
        assertOk(Pricing.as(seller.login(), "pastRule", arguments.toArray(String[]::new)));
    }

    private static ProbeAnswer run(Created provider, YearMonth month) {
        return Pricing.as(provider.login(), "run", "month", month.toString());
    }

    private static ProbeAnswer written(Created provider) {
        return Pricing.as(provider.login(), "written", "provider", Long.toString(provider.organizationId()));
    }

    @Test
    void aRunInvoicesTheResellerAtItsCostAndStatesTheCustomerAtItsPriceForTheDaysUsed() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        Created reseller = network.reseller();
        long customer = network.customer().organizationId();
        long resellerId = reseller.organizationId();
        // the reseller's book: 20 % off list (10.00) all month; a fixed 9.00 from the first of this month, which
        // must leave last month alone; the reseller's default markup of 15 % over its cost (11.50)
        long tenLicenses = Ordering.offer(1, 100, true);
        long fourLicenses = Ordering.offer(1, 100, true);
        pastRule(provider, resellerId, null, "percentage", "-20", MONTH.atDay(1));
        pastRule(
                provider,
                resellerId,
                tenLicenses,
                "fixedPrice",
                "9.00",
                MONTH.plusMonths(1).atDay(1));
        pastRule(reseller, null, null, "percentage", "15", MONTH.atDay(1));
        long ordered = order(provider, customer, resellerId, tenLicenses, 10);
        backdate(provider, ordered, at(11));
        long suspended = order(provider, customer, resellerId, fourLicenses, 4);
        ProbeAnswer suspension = Ordering.as(
                provider.login(),
                "suspend",
                "id",
                Long.toString(suspended),
                "version",
                version(provider, customer, suspended));
        assertOk(suspension);
        assertOk(Ordering.as(
                provider.login(),
                "reactivate",
                "id",
                Long.toString(suspended),
                "version",
                suspension.value("version")));
        backdate(provider, suspended, at(1), at(10), at(15));

        assertRefused("MONTH_NOT_CLOSED", run(provider, YearMonth.now(ZoneOffset.UTC)), "this month is not over");
        ProbeAnswer first = run(provider, MONTH);
        assertOk(first);
        assertEquals("COMPLETED", first.value("status"));
        assertEquals("1", first.value("invoices"));
        assertEquals("1", first.value("statements"));

        // ordered on the 11th: days 11 to the end; suspended on the 10th and reactivated on the 15th: days 1-9
        // and 15 to the end (a day counts with its state at its end)
        BigDecimal orderedCost = prorated(10, "10.00", DAYS - 10);
        BigDecimal beforeSuspension = prorated(4, "10.00", 9);
        BigDecimal afterReactivation = prorated(4, "10.00", DAYS - 14);
        BigDecimal cost = orderedCost.add(beforeSuspension).add(afterReactivation);
        BigDecimal price =
                prorated(10, "11.50", DAYS - 10).add(prorated(4, "11.50", 9)).add(prorated(4, "11.50", DAYS - 14));
        ProbeAnswer tables = written(provider);
        assertEquals(resellerId + ":USD:" + money(cost), tables.value("invoices"));
        assertEquals(customer + ":USD:" + money(price) + ":" + money(cost), tables.value("statements"));
        assertEquals("3", tables.value("invoiceLines"));
        assertEquals("0", tables.value("lineSums"), "a total is the sum of its lines");

        ProbeAnswer invoices = Pricing.as(provider.login(), "invoices", "run", first.value("run"));
        assertEquals("1", invoices.value("count"));
        String invoice = invoices.value("invoice0.id");
        assertEquals("DRAFT", invoices.value("invoice0.status"));
        ProbeAnswer lines = Pricing.as(provider.login(), "lines", "invoice", invoice);
        assertEquals(
                List.of(
                                ordered + ":" + MONTH.atDay(11) + ":" + MONTH.atEndOfMonth() + ":10:" + (DAYS - 10)
                                        + ":10.0000:" + money(orderedCost),
                                suspended + ":" + MONTH.atDay(1) + ":" + MONTH.atDay(9) + ":4:9:10.0000:"
                                        + money(beforeSuspension),
                                suspended + ":" + MONTH.atDay(15) + ":" + MONTH.atEndOfMonth() + ":4:" + (DAYS - 14)
                                        + ":10.0000:" + money(afterReactivation))
                        .stream()
                        .sorted()
                        .collect(Collectors.joining(",")),
                List.of(lines.value("lines").split(",")).stream().sorted().collect(Collectors.joining(",")));

        // running the month again changes nothing
        ProbeAnswer again = run(provider, MONTH);
        assertEquals(first.value("run"), again.value("run"));
        assertEquals(tables.values(), written(provider).values());

        // the reseller sees no draft; issuing numbers it 1, due in net 30; a second issue is refused
        assertEquals("0", Pricing.as(reseller.login(), "invoices").value("count"));
        ProbeAnswer issued = Pricing.as(provider.login(), "issue", "invoice", invoice);
        assertOk(issued);
        assertEquals("ISSUED", issued.value("status"));
        assertEquals("1", issued.value("number"));
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(), issued.value("dueOn"));
        assertRefused("INVOICE_STATE", Pricing.as(provider.login(), "issue", "invoice", invoice));
        // an issued invoice never changes, even behind the application's back (V47)
        ProbeAnswer tamper = Pricing.as(provider.login(), "tamperInvoice", "invoice", invoice);
        assertEquals("refused", tamper.value("total"));
        assertEquals("refused", tamper.value("line"));
        assertEquals("refused", tamper.value("delete"));
        assertEquals("1", Pricing.as(reseller.login(), "invoices").value("count"));
        assertEquals(
                money(cost),
                Pricing.as(reseller.login(), "invoice", "invoice", invoice).value("total"));

        // the Dashboard's revenue: the provider's is what it invoiced (all unpaid yet); the reseller's is what its
        // customer was charged, its margin that less its cost
        String key = MONTH + ".USD";
        assertEquals(
                money(cost) + "|-|" + money(cost),
                Pricing.as(provider.login(), "revenue").value(key));
        assertEquals(
                money(price) + "|" + money(price.subtract(cost)) + "|" + money(cost),
                Pricing.as(reseller.login(), "revenue").value(key));
        assertDenied(Pricing.as(network.customer().login(), "revenue"));

        // payments by hand: a part, then the rest; a paid invoice cannot be voided
        assertRefused(
                "PAYMENT_AMOUNT",
                Pricing.as(
                        provider.login(),
                        "pay",
                        "invoice",
                        invoice,
                        "amount",
                        cost.add(BigDecimal.ONE).toPlainString()),
                "more than is owed");
        assertRefused(
                "PAYMENT_AMOUNT",
                Pricing.as(provider.login(), "pay", "invoice", invoice, "amount", "0.001"),
                "more decimals than USD has");
        ProbeAnswer part =
                Pricing.as(provider.login(), "pay", "invoice", invoice, "amount", "10.00", "reference", "wire 1");
        assertOk(part);
        assertEquals("ISSUED", part.value("status"));
        assertEquals(money(cost.subtract(new BigDecimal("10.00"))), part.value("outstanding"));
        ProbeAnswer rest = Pricing.as(
                provider.login(),
                "pay",
                "invoice",
                invoice,
                "amount",
                cost.subtract(new BigDecimal("10.00")).toPlainString());
        assertEquals("PAID", rest.value("status"));
        assertRefused("INVOICE_STATE", Pricing.as(provider.login(), "void", "invoice", invoice, "reason", "late"));
        assertEquals(1, Pricing.audited(provider.login(), "INVOICE_ISSUED"));
        assertEquals(2, Pricing.audited(provider.login(), "PAYMENT_RECORDED"));
        assertEquals(1, Pricing.audited(provider.login(), "BILLING_RUN_COMPLETED"));
    }

    @Test
    void aForeignInvoiceIsRefusedToAResellerACustomerAndAnotherProviderAndTheRefusalIsAudited() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        orderedOnTheFirst(network, 3);
        assertOk(run(provider, MONTH));
        String invoice = Pricing.as(provider.login(), "invoices").value("invoice0.id");
        assertOk(Pricing.as(provider.login(), "issue", "invoice", invoice));

        SampleNetwork other = SampleNetwork.create();
        for (Created stranger : List.of(other.provider(), other.reseller())) {
            long before = Pricing.denials(stranger.login());
            assertRefused("NOT_FOUND", Pricing.as(stranger.login(), "invoice", "invoice", invoice));
            assertRefused("NOT_FOUND", Pricing.as(stranger.login(), "lines", "invoice", invoice));
            assertEquals(before + 2, Pricing.denials(stranger.login()), "each refusal is audited");
        }
        assertRefused(
                "NOT_FOUND",
                Pricing.as(other.provider().login(), "pay", "invoice", invoice, "amount", "1.00"),
                "another provider cannot record a payment");
        long before = Pricing.denials(network.customer().login());
        assertDenied(Pricing.as(network.customer().login(), "invoice", "invoice", invoice));
        assertEquals(before + 1, Pricing.denials(network.customer().login()), "a customer is refused and audited");
        assertDenied(Pricing.as(network.reseller().login(), "run", "month", MONTH.toString()));
        assertEquals(
                "ISSUED",
                Pricing.as(provider.login(), "invoice", "invoice", invoice).value("status"));
    }

    @Test
    void twoConcurrentRunsAndARunKilledHalfWayThenStartedAgainEachEndWithOneSetOfInvoices() throws Exception {
        for (boolean concurrent : new boolean[] {true, false}) {
            Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
            List<BigDecimal> expected = new ArrayList<>();
            List<Long> resellers = new ArrayList<>();
            long offer = Ordering.offer(1, 100, true);
            for (int r = 0; r < 3; r++) {
                Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
                Partnering.partnership(provider.organizationId(), reseller.organizationId());
                for (int c = 0; c < 2; c++) {
                    long customer = CustomerFixtures.customer(
                                    "Billed customer " + System.nanoTime(),
                                    "US",
                                    reseller.organizationId(),
                                    reseller.organizationId(),
                                    provider.organizationId())
                            .id();
                    int licenses = 2 + r + c;
                    backdate(
                            provider, order(provider, customer, reseller.organizationId(), offer, licenses), at(5 + c));
                }
                resellers.add(reseller.organizationId());
                expected.add(prorated(2 + r, "12.50", DAYS - 4).add(prorated(3 + r, "12.50", DAYS - 5)));
            }
            if (concurrent) {
                CompletableFuture<ProbeAnswer> one = CompletableFuture.supplyAsync(() -> run(provider, MONTH));
                CompletableFuture<ProbeAnswer> two = CompletableFuture.supplyAsync(() -> run(provider, MONTH));
                assertOk(one.get());
                assertOk(two.get());
                assertEquals(one.get().value("run"), two.get().value("run"), "one run of the month");
            } else {
                ProbeAnswer killed = Pricing.as(
                        provider.login(),
                        "runPartly",
                        "provider",
                        Long.toString(provider.organizationId()),
                        "month",
                        MONTH.toString());
                assertOk(killed);
                assertEquals(Long.toString(resellers.get(0)), killed.value("reseller"));
                assertEquals(1, written(provider).value("invoices").split(",").length, "killed after one reseller");
                assertOk(run(provider, MONTH));
            }
            ProbeAnswer tables = written(provider);
            assertEquals("1", tables.value("runs"));
            List<String> invoices = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                invoices.add(resellers.get(r) + ":USD:" + money(expected.get(r)));
            }
            assertEquals(String.join(",", invoices), tables.value("invoices"), concurrent ? "concurrent" : "restarted");
            assertEquals("6", tables.value("invoiceLines"));
            assertEquals(6, tables.value("statements").split(",").length);
            assertTrue(tables.value("statements").contains(":USD:"));
        }
    }

    @Test
    void theMonthsCloseBillsEveryProviderWithoutACompletedRunOfTheMonthOnce() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        orderedOnTheFirst(network, 2);

        ProbeAnswer closed = Pricing.as(provider.login(), "closeMonth", "month", MONTH.toString());
        assertOk(closed);
        assertTrue(Integer.parseInt(closed.value("runs")) >= 1, closed.toString());
        ProbeAnswer tables = written(provider);
        assertEquals("month close:COMPLETED", tables.value("startedBy"), "started by the month's close");
        assertEquals(
                network.reseller().organizationId() + ":USD:" + money(prorated(2, "12.50", DAYS)),
                tables.value("invoices"));

        // closed: the next hour's close leaves it alone, and so does its billing staff's run
        Pricing.as(provider.login(), "closeMonth", "month", MONTH.toString());
        assertOk(run(provider, MONTH));
        assertEquals(tables.values(), written(provider).values());
    }

    @Test
    void theCreditChecksProjectionOfThisMonthIsWhatTheRunWouldCharge() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        long customer = network.customer().organizationId();
        long reseller = network.reseller().organizationId();
        String lastMonth =
                MONTH.atDay(3).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
        // changed this month: a new order
        order(provider, customer, reseller, Ordering.offer(1, 100, true), 3);
        // not changed since last month: active all month, and suspended all month
        backdate(provider, order(provider, customer, reseller, Ordering.offer(1, 100, true), 5), lastMonth);
        long suspended = order(provider, customer, reseller, Ordering.offer(1, 100, true), 2);
        ProbeAnswer suspension = Ordering.as(
                provider.login(),
                "suspend",
                "id",
                Long.toString(suspended),
                "version",
                version(provider, customer, suspended));
        assertOk(suspension);
        backdate(provider, suspended, lastMonth, lastMonth);
        // ordered last month, more licenses this month
        long grown = Ordering.offer(1, 100, true);
        backdate(provider, order(provider, customer, reseller, grown, 4), lastMonth);
        order(provider, customer, reseller, grown, 1);
        // annual, ordered a year ago today: renewed this month; and one ordered a year and a month ago: not
        String yearAgo = java.time.LocalDate.now(ZoneOffset.UTC)
                .minusYears(1)
                .atTime(0, 30)
                .toInstant(ZoneOffset.UTC)
                .toString();
        backdate(provider, order(provider, customer, reseller, Ordering.annualOffer(), 6), yearAgo);
        String yearAndMonthAgo = java.time.LocalDate.now(ZoneOffset.UTC)
                .minusYears(1)
                .minusMonths(1)
                .atTime(0, 30)
                .toInstant(ZoneOffset.UTC)
                .toString();
        backdate(provider, order(provider, customer, reseller, Ordering.annualOffer(), 7), yearAndMonthAgo);

        ProbeAnswer unbilled = Pricing.as(
                provider.login(),
                "unbilled",
                "provider",
                Long.toString(provider.organizationId()),
                "reseller",
                Long.toString(reseller));
        assertOk(unbilled);
        assertEquals(unbilled.value("exact"), unbilled.value("projected"));
        assertTrue(unbilled.value("exact").startsWith("{USD="), unbilled.toString());
    }

    @Test
    void issuedNumbersFollowTheProvidersSequenceWithNoGapsAndAVoidedInvoiceGetsACreditNote() {
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
        long offer = Ordering.offer(1, 100, true);
        for (int r = 0; r < 3; r++) {
            Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
            Partnering.partnership(provider.organizationId(), reseller.organizationId());
            long customer = CustomerFixtures.customer(
                            "Numbered customer " + System.nanoTime(),
                            "US",
                            reseller.organizationId(),
                            reseller.organizationId(),
                            provider.organizationId())
                    .id();
            backdate(provider, order(provider, customer, reseller.organizationId(), offer, 1 + r), at(1));
        }
        ProbeAnswer run = run(provider, MONTH);
        ProbeAnswer drafts = Pricing.as(provider.login(), "invoices", "run", run.value("run"));
        assertEquals("3", drafts.value("count"));
        // the last draft first, then the rest: numbers follow issue order, 1, 2, 3
        assertEquals(
                "1",
                Pricing.as(provider.login(), "issue", "invoice", drafts.value("invoice0.id"))
                        .value("number"));
        assertEquals(
                "2",
                Pricing.as(provider.login(), "issueAll", "run", run.value("run"))
                        .value("issued"));
        ProbeAnswer all = Pricing.as(provider.login(), "invoices", "run", run.value("run"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(all.value("invoice" + i + ".number"));
        }
        assertEquals(List.of("1", "2", "3"), numbers.stream().sorted().toList());

        assertRefused(
                "REASON_REQUIRED",
                Pricing.as(provider.login(), "void", "invoice", drafts.value("invoice0.id"), "reason", " "),
                "a credit note needs a reason");
        ProbeAnswer voided =
                Pricing.as(provider.login(), "void", "invoice", drafts.value("invoice0.id"), "reason", "Billed twice");
        assertEquals("VOID", voided.value("status"));
        assertEquals("0.0000", voided.value("outstanding"));
        assertEquals(1, Pricing.audited(provider.login(), "INVOICE_VOIDED"));
    }
}
