package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.channelcenter.it.pages.PriceBooksPage;
import org.channelcenter.it.pages.PriceRules;
import org.channelcenter.it.pages.PricesPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Issue 17 in a real browser: a provider's billing admin, in Portuguese, is refused bad rules at their fields, then
 * gives a reseller a fixed price for an offer in the reseller's own price book; the reseller's billing admin, in
 * Russian, sees that cost, its default customer price and the margin side by side, adds a default markup and sees
 * price and margin follow. The figures are computed here from the list price (12.50 USD) and the rules, and
 * formatted as each language writes money. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PricesBrowserIT {

    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aProviderSetsAResellersPriceAndTheResellerSeesItsCostAndMargin() {
        Created provider = Fixtures.organization("PROVIDER", "BILLING_ADMIN", 0);
        Created reseller = Fixtures.organization("RESELLER", "BILLING_ADMIN", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        String customerName = "Priced customer " + System.nanoTime();
        long customer = CustomerFixtures.customer(
                        customerName, "US", reseller.organizationId(), reseller.organizationId())
                .id();
        String offerName = "Priced offer " + System.nanoTime();
        long offer = Ordering.offer(offerName, 1, 100, true);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        WebDriver providerBrowser = browsers.open("pt-BR");
        PortalPage providerPortal = new PortalPage(providerBrowser);
        providerPortal.signIn(provider.login(), Fixtures.PASSWORD);
        PriceBooksPage books = PriceBooksPage.fromMenu(providerPortal);
        books.book(reseller.organizationId(), "Tabela de preços de Browser Test RESELLER");
        PriceRules rules = books.rules();

        // bad input: each refusal at its field, in Portuguese, and nothing written
        rules.kind("FIXED_PRICE").fixedPrice("10.00").effectiveFrom(today).add();
        assertEquals(
                "Escolha a oferta à qual o preço fixo se aplica.",
                rules.fieldMessage("offer", "Escolha a oferta à qual o preço fixo se aplica."));
        rules.kind("PERCENTAGE").percentage("1001").effectiveFrom(today).add();
        assertEquals(
                "Informe uma porcentagem entre -100 e 1000, com no máximo duas casas decimais.",
                rules.fieldMessage(
                        "percentage", "Informe uma porcentagem entre -100 e 1000, com no máximo duas casas decimais."));
        rules.percentage("-5").effectiveFrom(yesterday).add();
        String pastMessage = "Uma nova regra entra em vigor hoje ou depois: o preço de um dia passado nunca muda.";
        assertEquals(pastMessage, rules.fieldMessage("effectiveFrom", pastMessage));
        assertEquals(0, rules.historyRows(), "nothing was written");

        // the reseller's own price: 10.00 USD for the offer, from today
        rules.offer(offer)
                .kind("FIXED_PRICE")
                .fixedPrice("10.00")
                .effectiveFrom(today)
                .add();
        rules.awaitMessage("A regra foi adicionada.");
        String inEffect = rules.awaitInEffect(PricesPage.dollars("10.00", PORTUGUESE));
        assertTrue(inEffect.contains(offerName), inEffect);
        assertEquals(1, rules.historyRows());
        ((org.openqa.selenium.JavascriptExecutor) providerBrowser).executeScript("window.scrollTo(0, 0);");
        books.evidence("prices-provider-book-pt");
        assertTrue(providerPortal.revealsNothingInternal());

        WebDriver resellerBrowser = browsers.open("ru");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        PricesPage prices = PricesPage.fromMenu(resellerPortal);
        prices.searchOffers(offerName);
        long providerId = provider.organizationId();
        // without a markup, customers pay the cost: no margin
        assertEquals(
                PricesPage.dollars("10.00", RUSSIAN),
                prices.awaitOfferCell(providerId, offer, "cost", PricesPage.dollars("10.00", RUSSIAN)));
        assertEquals(
                PricesPage.dollars("12.50", RUSSIAN),
                prices.awaitOfferCell(providerId, offer, "listPrice", PricesPage.dollars("12.50", RUSSIAN)));
        assertEquals(
                PricesPage.dollars("0.00", RUSSIAN),
                prices.awaitOfferCell(providerId, offer, "margin", PricesPage.dollars("0.00", RUSSIAN)));

        // a default markup of 12.5 %: 10.00 * 1.125 = 11.25, margin 1.25
        prices.rules().percentage("12.5").effectiveFrom(today).add();
        prices.rules().awaitMessage("Правило добавлено и вступает в силу");
        assertEquals(
                PricesPage.dollars("11.25", RUSSIAN),
                prices.awaitOfferCell(providerId, offer, "customerPrice", PricesPage.dollars("11.25", RUSSIAN)));
        assertEquals(
                PricesPage.dollars("1.25", RUSSIAN),
                prices.awaitOfferCell(providerId, offer, "margin", PricesPage.dollars("1.25", RUSSIAN)));
        assertTrue(prices.rules().awaitInEffect("наценка 12,5 %").contains("Все предложения"));

        // one customer's own price for the offer: the table shows that customer's price and margin
        prices.searchCustomers(customerName).customer(customer, "Цены для " + customerName);
        prices.rules()
                .offer(offer)
                .kind("FIXED_PRICE")
                .fixedPrice("15.00")
                .effectiveFrom(today)
                .add();
        prices.rules().awaitMessage("Правило добавлено и вступает в силу");
        assertEquals(
                PricesPage.dollars("15.00", RUSSIAN),
                prices.awaitOfferCell(providerId, offer, "customerPrice", PricesPage.dollars("15.00", RUSSIAN)));
        assertEquals(
                PricesPage.dollars("5.00", RUSSIAN),
                prices.awaitOfferCell(providerId, offer, "margin", PricesPage.dollars("5.00", RUSSIAN)));
        prices.defaultPrices("Цены для клиентов по умолчанию");
        assertEquals(
                PricesPage.dollars("11.25", RUSSIAN),
                prices.awaitOfferCell(providerId, offer, "customerPrice", PricesPage.dollars("11.25", RUSSIAN)),
                "back to the default prices");
        ((org.openqa.selenium.JavascriptExecutor) resellerBrowser).executeScript("window.scrollTo(0, 0);");
        prices.evidence("prices-reseller-margin-ru");
        assertTrue(resellerPortal.revealsNothingInternal());
    }
}
