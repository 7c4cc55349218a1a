package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertDenied;
import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.Pricing;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Price books and customer prices (issue 17) through the billing boundaries, as real signed-in users call them: a
 * provider's billing admin sets a reseller's book, the reseller's billing admin reads its cost and sets its customers'
 * prices; a change effective tomorrow leaves today's price alone; bad input writes nothing; a reseller, a customer,
 * another provider and a non-billing role are refused, and the refusals are audited. Every offer here lists at
 * 12.50 USD (the fixture's price).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PricesIT {

    private Created provider;
    private Created reseller;
    private long offer;

    @BeforeEach
    void pricedNetwork() {
        provider = Fixtures.organization("PROVIDER", "BILLING_ADMIN", 0);
        reseller = Fixtures.organization("RESELLER", "BILLING_ADMIN", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        offer = Ordering.offer(1, 100, true);
    }

    private String book() {
        return Long.toString(reseller.organizationId());
    }

    private String offer() {
        return Long.toString(offer);
    }

    private String cost(String day) {
        ProbeAnswer cost = Pricing.as(
                reseller.login(),
                "cost",
                "provider",
                Long.toString(provider.organizationId()),
                "offer",
                offer(),
                "day",
                day);
        assertOk(cost);
        assertEquals("USD", cost.value("currency"));
        return cost.value("amount") + " " + cost.value("source");
    }

    @Test
    void aProviderSetsAResellersBookAndTheResellerReadsItsCostAndAChangeForTomorrowLeavesTodayAlone() {
        assertEquals("12.50 BASE", cost("+0"), "no rule: list price");

        assertOk(Pricing.as(provider.login(), "addBookRule", "percentage", "-10", "day", "+0"));
        assertEquals("11.25 DEFAULT", cost("+0"), "the default book: 10 % off list");

        assertOk(Pricing.as(provider.login(), "addBookRule", "book", book(), "offer", offer(), "fixedPrice", "10.00"));
        assertEquals("10.00 OWN", cost("+0"), "the reseller's own book, its fixed price for the offer");

        ProbeAnswer tomorrow = Pricing.as(
                provider.login(), "addBookRule", "book", book(), "offer", offer(), "fixedPrice", "9.50", "day", "+1");
        assertOk(tomorrow);
        assertEquals("true", tomorrow.value("scheduled"));
        assertEquals("10.00 OWN", cost("+0"), "a change effective tomorrow leaves today's price alone");
        assertEquals("9.50 OWN", cost("+1"));
        assertEquals("12.50 BASE", cost("-1"), "yesterday's price stays what it was: list");

        // the provider sees the same cost from its side
        ProbeAnswer providerSide =
                Pricing.as(provider.login(), "resellerCost", "reseller", book(), "offer", offer(), "day", "+1");
        assertEquals("9.50", providerSide.value("amount"));
        assertEquals(
                "2", Pricing.as(provider.login(), "bookRules", "book", book()).value("count"));
        assertEquals("1", Pricing.as(provider.login(), "bookRules").value("count"), "the default book's one rule");
        assertEquals(3, Pricing.audited(provider.login(), "PRICE_BOOK_RULE_ADDED"), "every rule added is audited");

        // nothing is overwritten: the database refuses to change or remove a rule (V44)
        ProbeAnswer tamper = Pricing.as(provider.login(), "tamper", "seller", Long.toString(provider.organizationId()));
        assertEquals("refused", tamper.value("update"));
        assertEquals("refused", tamper.value("delete"));
        assertEquals("10.00 OWN", cost("+0"));
    }

    @Test
    void aResellerSetsADefaultMarkupAndACustomersOwnPrice() {
        assertOk(Pricing.as(provider.login(), "addBookRule", "book", book(), "percentage", "-7"));
        CustomerFixtures.Customer customer = CustomerFixtures.customer(
                "Priced customer " + System.nanoTime(), "US", reseller.organizationId(), reseller.organizationId());
        CustomerFixtures.Customer other = CustomerFixtures.customer(
                "Other customer " + System.nanoTime(), "US", reseller.organizationId(), reseller.organizationId());
        String providerId = Long.toString(provider.organizationId());

        assertOk(Pricing.as(reseller.login(), "addCustomerRule", "percentage", "15"));
        assertOk(Pricing.as(
                reseller.login(),
                "addCustomerRule",
                "customer",
                Long.toString(customer.id()),
                "offer",
                offer(),
                "fixedPrice",
                "16.00"));

        // cost 12.50 - 7 % = 11.625 -> 11.62 (half-even); default price 11.62 + 15 % = 13.363 -> 13.36
        assertEquals("11.62 OWN", cost("+0"));
        ProbeAnswer prices = Pricing.as(reseller.login(), "offerPrices", "offer", offer());
        assertEquals("11.62", prices.value("provider" + providerId + ".cost"));
        assertEquals("13.36", prices.value("provider" + providerId + ".price"));
        assertEquals("1.74", prices.value("provider" + providerId + ".margin"));
        assertEquals(
                "16.00",
                Pricing.as(
                                reseller.login(),
                                "customerPrice",
                                "provider",
                                providerId,
                                "customer",
                                Long.toString(customer.id()),
                                "offer",
                                offer())
                        .value("amount"),
                "the customer's own fixed price");
        assertEquals(
                "13.36",
                Pricing.as(
                                reseller.login(),
                                "customerPrice",
                                "provider",
                                providerId,
                                "customer",
                                Long.toString(other.id()),
                                "offer",
                                offer())
                        .value("amount"),
                "another customer pays the default price");
        ProbeAnswer forCustomer =
                Pricing.as(reseller.login(), "offerPrices", "offer", offer(), "customer", Long.toString(customer.id()));
        assertEquals("16.00", forCustomer.value("provider" + providerId + ".price"), "the chosen customer's price");
        assertEquals("4.38", forCustomer.value("provider" + providerId + ".margin"));
        assertEquals(2, Pricing.audited(reseller.login(), "CUSTOMER_PRICE_RULE_ADDED"));
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertRefused(
                "DATE_IN_PAST", Pricing.as(provider.login(), "addBookRule", "percentage", "-5", "day", yesterday));
        assertRefused(
                "OFFER_UNKNOWN",
                Pricing.as(provider.login(), "addBookRule", "offer", "987654321", "fixedPrice", "1.00"));
        assertRefused("OFFER_REQUIRED", Pricing.as(provider.login(), "addBookRule", "fixedPrice", "1.00"));
        assertRefused(
                "PRICE_PRECISION",
                Pricing.as(provider.login(), "addBookRule", "offer", offer(), "fixedPrice", "1.005"));
        assertEquals("0", Pricing.as(provider.login(), "bookRules").value("count"));
        assertEquals(0, Pricing.audited(provider.login(), "PRICE_BOOK_RULE_ADDED"));
    }

    @Test
    void aResellerACustomerAndAnotherProviderAreRefusedForeignBooksAndTheRefusalsAreAudited() {
        assertOk(Pricing.as(provider.login(), "addBookRule", "book", book(), "percentage", "-10"));
        Created otherProvider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
        Created otherReseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        String providerId = Long.toString(provider.organizationId());

        // another provider: reseller's book, read or changed, is not its own
        long before = Pricing.denials(otherProvider.login());
        assertRefused("RESELLER_NOT_FOUND", Pricing.as(otherProvider.login(), "bookRules", "book", book()));
        assertRefused(
                "RESELLER_NOT_FOUND",
                Pricing.as(otherProvider.login(), "addBookRule", "book", book(), "percentage", "-90"));
        assertRefused(
                "RESELLER_NOT_FOUND",
                Pricing.as(otherProvider.login(), "resellerCost", "reseller", book(), "offer", offer()));
        assertEquals(before + 3, Pricing.denials(otherProvider.login()));

        // another reseller: its cost from a provider it does not buy from
        before = Pricing.denials(otherReseller.login());
        assertRefused(
                "PROVIDER_NOT_FOUND",
                Pricing.as(otherReseller.login(), "cost", "provider", providerId, "offer", offer()));
        assertEquals(before + 1, Pricing.denials(otherReseller.login()));

        // the reseller itself: a provider's books are not a reseller's to read or change
        before = Pricing.denials(reseller.login());
        assertDenied(Pricing.as(reseller.login(), "bookRules", "book", book()));
        assertDenied(Pricing.as(reseller.login(), "addBookRule", "book", book(), "percentage", "-90"));
        assertEquals(before + 2, Pricing.denials(reseller.login()));

        // a customer's global admin: neither tier
        before = Pricing.denials(customer.login());
        assertDenied(Pricing.as(customer.login(), "bookRules", "book", book()));
        assertDenied(Pricing.as(customer.login(), "cost", "provider", providerId, "offer", offer()));
        assertEquals(before + 2, Pricing.denials(customer.login()));

        // a reseller's prices for a customer that is not its own
        CustomerFixtures.Customer foreign = CustomerFixtures.customer(
                "Foreign customer " + System.nanoTime(),
                "US",
                otherReseller.organizationId(),
                otherReseller.organizationId());
        before = Pricing.denials(reseller.login());
        assertRefused(
                "CUSTOMER_NOT_FOUND",
                Pricing.as(
                        reseller.login(),
                        "addCustomerRule",
                        "customer",
                        Long.toString(foreign.id()),
                        "percentage",
                        "-50"));
        assertEquals(before + 1, Pricing.denials(reseller.login()));
        assertEquals(
                "0",
                Pricing.as(otherReseller.login(), "customerRules", "customer", Long.toString(foreign.id()))
                        .value("count"));

        // nothing was written by any of them
        assertEquals(
                "1", Pricing.as(provider.login(), "bookRules", "book", book()).value("count"));
        assertEquals("11.25 OWN", cost("+0"));
    }

    @Test
    void aUserWithoutABillingRoleIsRefusedAndAudited() {
        String salesAgent = Ordering.salesAgent(provider.organizationId(), "Sam Sales");
        assertDenied(Pricing.as(salesAgent, "bookRules"));
        assertDenied(Pricing.as(salesAgent, "addBookRule", "percentage", "-90"));
        // the container refuses the role before the boundary; the page refuses it too, and audits it
        long before = Pricing.denials(salesAgent);
        assertEquals(403, SignedInClient.signIn(salesAgent, Fixtures.PASSWORD).status("billing/price-books.xhtml"));
        assertTrue(Pricing.denials(salesAgent) > before, "the refused page is audited");
        assertEquals("0", Pricing.as(provider.login(), "bookRules").value("count"));
    }
}
