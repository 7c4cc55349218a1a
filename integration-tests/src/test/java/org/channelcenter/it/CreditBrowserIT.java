package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.channelcenter.it.pages.CreditLimitsPage;
import org.channelcenter.it.pages.CreditPage;
import org.channelcenter.it.pages.PricesPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Crediting;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ProbeAnswers;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17's credit in a real browser: the provider's admin, in Russian, gives the reseller a limit of 1,000.00 USD
 * at net 15 through Billing › Credit; an invoice of 150.00 USD is then overdue; the reseller's admin, in Portuguese,
 * sees its limit, its balance, that it is on credit hold and why (the invoice, its due day, what is left to pay),
 * and what an order of 10 licenses would add this month and that it would be refused. The figures are computed here
 * from the list price (12.50 USD a month) and today's date, and formatted as each language writes money and days.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreditBrowserIT {

    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    /** What {@code licenses} of the offer cost from today to the month's end: prorated, half-even. */
    private static BigDecimal monthToEnd(int licenses) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int days = today.lengthOfMonth() - today.getDayOfMonth() + 1;
        return new BigDecimal("12.50")
                .multiply(BigDecimal.valueOf((long) licenses * days))
                .divide(BigDecimal.valueOf(today.lengthOfMonth()), 2, RoundingMode.HALF_EVEN);
    }

    @Test
    void aResellerSeesItsCreditItsHoldAndWhatAPlannedOrderWouldDo() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        Created reseller = network.reseller();
        long offer = Ordering.offer("Credit offer " + System.nanoTime(), 1, 100, true);
        ProbeAnswers.assertOk(Crediting.as(
                provider.login(),
                "place",
                "customer",
                Long.toString(network.customer().organizationId()),
                "reseller",
                Long.toString(reseller.organizationId()),
                "lines",
                offer + ":2"));

        WebDriverSession providerSide = new WebDriverSession(browsers, "ru", provider);
        CreditLimitsPage limits = CreditLimitsPage.fromMenu(providerSide.portal);
        limits.setCredit(reseller.organizationId(), "USD", "1000.00", 15);
        BigDecimal thousand = new BigDecimal("1000.00");
        assertEquals(
                PricesPage.dollars(thousand, RUSSIAN),
                limits.awaitCell(reseller.organizationId(), "limit", PricesPage.dollars(thousand, RUSSIAN)));
        assertEquals("15 дн.", limits.awaitCell(reseller.organizationId(), "terms", "15 дн."));
        assertEquals(
                PricesPage.dollars(monthToEnd(2), RUSSIAN),
                limits.awaitCell(reseller.organizationId(), "balance", PricesPage.dollars(monthToEnd(2), RUSSIAN)));
        limits.evidence("credit-provider-ru");

        long invoice = Crediting.overdueInvoice(provider.organizationId(), reseller.organizationId(), "150.00", 3);
        LocalDate due = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        BigDecimal balance = new BigDecimal("150.00").add(monthToEnd(2));

        WebDriverSession resellerSide = new WebDriverSession(browsers, "pt-BR", reseller);
        CreditPage credit = CreditPage.fromMenu(resellerSide.portal);
        long providerId = provider.organizationId();
        assertEquals(PricesPage.dollars(thousand, PORTUGUESE), credit.cell(providerId, "limit"));
        assertEquals("15 dias", credit.cell(providerId, "terms"));
        assertEquals(PricesPage.dollars(balance, PORTUGUESE), credit.cell(providerId, "balance"));
        assertEquals(PricesPage.dollars(thousand.subtract(balance), PORTUGUESE), credit.cell(providerId, "available"));
        assertEquals("Crédito bloqueado", credit.cell(providerId, "onHold"));
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(PORTUGUESE);
        assertEquals("Desde " + day.format(due.plusDays(1)), credit.cell(providerId, "holdSince"));
        String overdue = credit.cell(providerId, "overdueInvoice");
        assertTrue(
                overdue.endsWith("vencimento " + day.format(due) + ": "
                        + PricesPage.dollars(new BigDecimal("150.00"), PORTUGUESE) + " em aberto"),
                overdue);
        assertTrue(overdue.startsWith("Fatura "), overdue);

        credit.whatIf(providerId, offer, 10);
        assertEquals(
                "Este pedido acrescentaria " + PricesPage.dollars(monthToEnd(10), PORTUGUESE)
                        + " neste mês. Saldo depois dele: "
                        + PricesPage.dollars(balance.add(monthToEnd(10)), PORTUGUESE) + ".",
                credit.whatIfCharge());
        assertEquals(
                "Ele seria recusado: seu crédito com este provedor está bloqueado até o pagamento das faturas vencidas.",
                credit.whatIfVerdict());
        credit.evidence("credit-reseller-hold-pt");
        assertTrue(resellerSide.portal.revealsNothingInternal());

        // paid: the hold is gone, and the same order would now be accepted (well under the limit)
        ProbeAnswers.assertOk(
                Crediting.as(provider.login(), "recordPayment", "invoice", Long.toString(invoice), "amount", "150.00"));
        credit = CreditPage.openNow(resellerSide.portal);
        assertEquals("Em dia", credit.cell(providerId, "goodStanding"));
        credit.whatIf(providerId, offer, 10);
        assertEquals("Ele seria aceito.", credit.whatIfVerdict());
    }

    /** A browser in that language, signed in as the organization's first user. */
    private static final class WebDriverSession {

        final PortalPage portal;

        WebDriverSession(Browsers browsers, String language, Created user) {
            portal = new PortalPage(browsers.open(language));
            portal.signIn(user.login(), Fixtures.PASSWORD);
        }
    }
}
