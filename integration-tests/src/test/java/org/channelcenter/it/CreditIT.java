package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertDenied;
import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.channelcenter.it.support.Crediting;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Credit limits and credit hold (issue 17, point 4) through the real boundaries, as signed-in users call them: the
 * provider's admin sets the reseller's limit; an order over it is refused with the limit, the balance and the order's
 * charge, which the test computes itself from the offer's price (12.50 USD a month, no price book) and today's date;
 * an overdue invoice puts the reseller on hold, a license increase is refused while running subscriptions go on, the
 * hold is mailed once in the recipient's language, and payment in full (through the provider's Invoices) lifts it; foreign organizations are refused and
 * audited. Each test builds its own network.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreditIT {

    private static final BigDecimal LIST_PRICE = new BigDecimal("12.50");

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    private Created provider;
    private Created reseller;
    private Created customer;
    private long offer;

    @BeforeEach
    void network() {
        SampleNetwork network = SampleNetwork.create();
        provider = network.provider();
        reseller = network.reseller();
        customer = network.customer();
        offer = Ordering.offer(1, 100, true);
    }

    /** What {@code licenses} cost from today to the month's end, as one monthly line: prorated, half-even. */
    private static BigDecimal monthToEnd(int licenses) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int days = today.lengthOfMonth() - today.getDayOfMonth() + 1;
        return LIST_PRICE
                .multiply(BigDecimal.valueOf((long) licenses * days))
                .divide(BigDecimal.valueOf(today.lengthOfMonth()), 2, RoundingMode.HALF_EVEN);
    }

    private ProbeAnswer place(int licenses) {
        return Crediting.as(
                provider.login(),
                "place",
                "customer",
                Long.toString(customer.organizationId()),
                "reseller",
                Long.toString(reseller.organizationId()),
                "lines",
                offer + ":" + licenses);
    }

    private ProbeAnswer setLimit(String limit) {
        return Crediting.as(
                provider.login(),
                "setCredit",
                "reseller",
                Long.toString(reseller.organizationId()),
                "currency",
                "USD",
                "limit",
                limit,
                "terms",
                "15");
    }

    private ProbeAnswer resellersView() {
        return Crediting.as(reseller.login(), "credit", "provider", Long.toString(provider.organizationId()));
    }

    @Test
    void anOrderOverTheLimitIsRefusedWithTheLimitTheBalanceAndTheOrder() {
        assertOk(place(2));
        BigDecimal balance = monthToEnd(2);
        // the second order adds 10 licenses today to the same subscription: 12 from today, less the 2 already charged
        BigDecimal order = monthToEnd(12).subtract(balance);
        BigDecimal limit = balance.add(order).subtract(new BigDecimal("0.01"));

        ProbeAnswer set = setLimit(limit.toPlainString());
        assertOk(set);
        assertEquals(balance.toPlainString(), set.value("balance"), "this month's unbilled charges, at cost");
        assertEquals("15", set.value("terms"));
        assertEquals(1, Crediting.audited("CREDIT_CHANGED", creditTarget()));

        ProbeAnswer whatIf = Crediting.as(
                reseller.login(),
                "whatIf",
                "provider",
                Long.toString(provider.organizationId()),
                "offer",
                Long.toString(offer),
                "quantity",
                "10");
        assertOk(whatIf);
        assertEquals(monthToEnd(10).toPlainString(), whatIf.value("charge"), "a new subscription of 10, to month end");

        ProbeAnswer refused = place(10);
        assertRefused("CREDIT_LIMIT_EXCEEDED", refused);
        assertEquals(
                String.join(",", limit.toPlainString(), balance.toPlainString(), order.toPlainString(), "USD"),
                refused.value("arguments"),
                "the limit, the balance and the order's charge");
        assertEquals("2:ACTIVE", Ordering.rowsOf(customer.organizationId()).quantities(), "nothing written");
        assertEquals(1, CustomerRelations.auditEvents("ORDER_REFUSED", "customer " + customer.organizationId()));

        // exactly at the limit is not over it
        assertOk(setLimit(balance.add(order).toPlainString()));
        assertOk(place(10));
        assertEquals("12:ACTIVE", Ordering.rowsOf(customer.organizationId()).quantities());
        assertEquals(monthToEnd(12).toPlainString(), resellersView().value("balance"));

        // bad terms write nothing
        assertRefused("CREDIT_TERMS", setLimit("10.001"));
        assertRefused(
                "CREDIT_TERMS",
                Crediting.as(
                        provider.login(),
                        "setCredit",
                        "reseller",
                        Long.toString(reseller.organizationId()),
                        "currency",
                        "USD",
                        "limit",
                        "100",
                        "terms",
                        "400"));
        assertEquals(balance.add(order).toPlainString(), resellersView().value("limit"));
    }

    @Test
    void anOverdueInvoicePutsTheResellerOnHoldWhichRefusesALicenseIncreaseIsMailedOnceAndLiftsOnPayment() {
        assertOk(place(2));
        String resellerEmail =
                Crediting.anonymous("email", "user", reseller.login()).value("email");
        Crediting.anonymous("locale", "user", reseller.login(), "language", "pt-BR");
        long invoice = Crediting.overdueInvoice(provider.organizationId(), reseller.organizationId(), "150.00", 3);
        LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(2);

        ProbeAnswer held = resellersView();
        assertOk(held);
        assertEquals("true", held.value("onHold"));
        assertEquals(since.toString(), held.value("holdSince"), "the day after the due day");
        assertEquals(invoice + ":150.00", held.value("overdue"), "which invoice, and how much is left to pay");
        assertEquals(new BigDecimal("150.00").add(monthToEnd(2)).toPlainString(), held.value("balance"));

        // no limit at all, yet the hold refuses a license increase; the running subscription goes on
        ProbeAnswer increase = place(3);
        assertRefused("CREDIT_HOLD", increase);
        assertEquals("2:ACTIVE", Ordering.rowsOf(customer.organizationId()).quantities());
        assertEquals(
                "refused CREDIT_HOLD",
                "refused "
                        + Crediting.as(
                                        reseller.login(),
                                        "whatIf",
                                        "provider",
                                        Long.toString(provider.organizationId()),
                                        "offer",
                                        Long.toString(offer),
                                        "quantity",
                                        "1")
                                .value("refusal"));

        // the hold is announced once: audited, and mailed to the reseller's admin in Portuguese
        assertTrue(Integer.parseInt(Crediting.anonymous("notice").value("announced")) >= 1);
        assertEquals(1, Crediting.audited("CREDIT_HOLD", creditTarget()));
        MailCatcher.ReceivedMail mail = smtp.awaitMailTo(resellerEmail);
        assertTrue(mail.subject().contains("crédito bloqueado"), mail.subject());
        assertTrue(mail.body().replace('\u00a0', ' ').contains("US$ 150,00"), mail.body());
        Crediting.anonymous("notice");
        assertEquals(1, Crediting.audited("CREDIT_HOLD", creditTarget()), "announced once");
        assertEquals(1, smtp.mailTo(resellerEmail).size());

        // partly paid, the invoice is still overdue; paid in full (the provider's Invoices), the hold lifts by
        // itself, the lift is audited as the payment is recorded, once, and the increase goes through
        ProbeAnswer part =
                Crediting.as(provider.login(), "recordPayment", "invoice", Long.toString(invoice), "amount", "100.00");
        assertOk(part);
        assertEquals("ISSUED", part.value("status"));
        assertEquals("true", resellersView().value("onHold"));
        assertRefused("CREDIT_HOLD", place(3));
        assertEquals(0, Crediting.audited("CREDIT_HOLD_LIFTED", creditTarget()));
        ProbeAnswer rest =
                Crediting.as(provider.login(), "recordPayment", "invoice", Long.toString(invoice), "amount", "50.00");
        assertOk(rest);
        assertEquals("PAID", rest.value("status"));
        assertEquals("false", resellersView().value("onHold"));
        assertEquals(1, Crediting.audited("CREDIT_HOLD_LIFTED", creditTarget()));
        assertOk(place(3));
        assertEquals("5:ACTIVE", Ordering.rowsOf(customer.organizationId()).quantities());
        Crediting.anonymous("notice");
        assertEquals(1, Crediting.audited("CREDIT_HOLD_LIFTED", creditTarget()), "recorded once");
    }

    @Test
    void aResellerACustomerAndAnotherProviderReachingAnothersCreditAreRefusedAndAudited() {
        assertOk(setLimit("500"));
        Created otherProvider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
        Created otherReseller = Fixtures.organization("RESELLER", "BILLING_ADMIN", 0);
        String resellerId = Long.toString(reseller.organizationId());
        String providerId = Long.toString(provider.organizationId());

        long before = Crediting.denials(otherProvider.login());
        assertRefused("NOT_FOUND", Crediting.as(otherProvider.login(), "resellerCredit", "reseller", resellerId));
        assertRefused(
                "NOT_FOUND",
                Crediting.as(
                        otherProvider.login(),
                        "setCredit",
                        "reseller",
                        resellerId,
                        "currency",
                        "USD",
                        "limit",
                        "1000000",
                        "terms",
                        "365"));
        assertEquals(before + 2, Crediting.denials(otherProvider.login()));
        assertEquals("0", Crediting.as(otherProvider.login(), "resellers").value("count"));

        before = Crediting.denials(otherReseller.login());
        assertRefused("NOT_FOUND", Crediting.as(otherReseller.login(), "credit", "provider", providerId));
        assertRefused(
                "NOT_FOUND",
                Crediting.as(
                        otherReseller.login(),
                        "whatIf",
                        "provider",
                        providerId,
                        "offer",
                        Long.toString(offer),
                        "quantity",
                        "1"));
        assertEquals(before + 2, Crediting.denials(otherReseller.login()));

        // the reseller itself may read its credit, never set it
        before = Crediting.denials(reseller.login());
        assertDenied(Crediting.as(
                reseller.login(),
                "setCredit",
                "reseller",
                resellerId,
                "currency",
                "USD",
                "limit",
                "1000000",
                "terms",
                "365"));
        assertDenied(Crediting.as(reseller.login(), "resellerCredit", "reseller", resellerId));
        assertEquals(before + 2, Crediting.denials(reseller.login()));

        before = Crediting.denials(customer.login());
        assertDenied(Crediting.as(customer.login(), "credit", "provider", providerId));
        assertDenied(Crediting.as(customer.login(), "resellerCredit", "reseller", resellerId));
        assertEquals(before + 2, Crediting.denials(customer.login()));

        assertEquals("500.00", resellersView().value("limit"), "nothing changed");
        assertEquals(1, Crediting.audited("CREDIT_CHANGED", creditTarget()));
        assertEquals(
                List.of(resellerId + ":500.00:false"),
                List.of(Crediting.as(provider.login(), "resellers").value("rows")));
        assertEquals(
                providerId + ":500.00:false",
                Crediting.as(reseller.login(), "providers").value("rows"));
    }

    private String creditTarget() {
        return "credit of reseller " + reseller.organizationId() + " with provider " + provider.organizationId();
    }
}
