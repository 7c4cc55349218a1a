package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.pages.CustomerRecord;
import org.channelcenter.it.pages.CustomerTable;
import org.channelcenter.it.pages.CustomersPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.SharedCustomersPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.CustomerFixtures.Customer;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * SPEC §6 Customers in a real browser: a reseller's own customers only (paged, sorted, filtered by name,
 * domain and country/region), a row opened to the customer's record, the record's own page refused for
 * another reseller's customer and for one that removed the reseller (audited); a provider sees the Reseller
 * column; View customers lists only the customers a reseller and its provider share.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomersBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aResellerPagesSortsFiltersAndOpensItsOwnCustomersOnly() {
        String token =
                "Cust" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created other = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
        long partnership = Partnering.partnership(provider.organizationId(), reseller.organizationId());
        Customer alpha = CustomerFixtures.customer(
                token + " Alpha",
                "NZ",
                reseller.organizationId(),
                reseller.organizationId(),
                provider.organizationId());
        Customer beta =
                CustomerFixtures.customer(token + " Beta", "AR", reseller.organizationId(), reseller.organizationId());
        CustomerFixtures.bulk(reseller.organizationId(), 26, token + "x"); // 28 in all: two pages of 25
        Customer foreign =
                CustomerFixtures.customer(token + " Foreign", "NZ", other.organizationId(), other.organizationId());
        // Alpha also works with the other reseller: this reseller must not learn of it
        CustomerRelations.relationship(alpha.id(), other.organizationId(), other.organizationId());

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        CustomerTable table = CustomersPage.fromMenu(portal).table();
        assertEquals(25, table.rows());
        assertTrue(table.paginator().contains("of 28"), table.paginator());
        assertEquals(alpha.name(), table.firstName(), "name order by default");
        assertFalse(browser.getPageSource().contains(foreign.name()), "another reseller's customer is not listed");

        // sorted by name, descending: the last of the scrambled names first
        table.sortByName("ascending");
        assertEquals(alpha.name(), table.firstName());
        table.sortByName("descending");
        table.awaitFirstName(token + "x 00197988");

        // the second page holds the last three
        table.nextPage();
        table.awaitRows(3);
        assertTrue(table.paginator().contains("26–28 of 28"), table.paginator());

        // filters: name, domain, country/region
        table.filterName((token + " beta").toUpperCase(java.util.Locale.ROOT)); // the start of the name, any case
        table.awaitOnly(beta.name());
        table.filterName(token + " foreign");
        table.awaitSays("No customers match");
        table.clearNameFilter();
        table.filterDomain(alpha.domain());
        table.awaitOnly(alpha.name());
        table.clearDomainFilter();
        table.awaitMoreRowsThan(1);
        table.filterCountry("NZ");
        table.awaitOnly(alpha.name());
        assertEquals("New Zealand", table.firstCountry());

        // the arrow opens the customer's record: account and both relationships through this reseller, not the
        // other reseller's
        CustomerRecord expanded = table.expand(alpha.id());
        String record = expanded.text();
        assertTrue(record.contains("Reseller relationships") && record.contains(alpha.domain()), record);
        assertEquals(List.of("Browser Test PROVIDER", "Browser Test RESELLER"), expanded.relationshipPartners());
        // a summary (issue 16): counts that lead to the sections of the customer's page, and no command
        assertEquals(0, expanded.summaryCount("Subscriptions"));
        assertEquals(0, expanded.summaryCount("Licenses"));
        assertTrue(!expanded.offersCommands(), "the lists and their commands are on the customer's page");
        portal.evidence("customers-row-summary-en");

        // the name leads to the customer's own page, in sections: Subscriptions first, each section alone
        CustomerPage page = table.open(alpha.id());
        assertEquals(alpha.name(), page.title());
        assertTrue(page.shows(CustomerPage.Section.SUBSCRIPTIONS));
        assertEquals("None yet.", page.record().noSubscriptions());
        assertTrue(!page.record().isShown(), "the account is a section of its own");
        page.show(CustomerPage.Section.ACCOUNT);
        assertEquals(alpha.name(), page.record().name());
        assertEquals(
                List.of("Browser Test PROVIDER", "Browser Test RESELLER"),
                page.record().relationshipPartners());
        assertTrue(!page.record().hasSubscriptionsSection(), "no subscriptions read for the Account section");
        page.show(CustomerPage.Section.ORDERS);
        assertEquals(alpha.name(), page.title());
        assertTrue(page.orderHistory().text().contains("No orders yet."));
        assertTrue(!page.record().hasRecord(), "the order history section shows the orders only");

        // another reseller's customer: refused, nothing shown, audited
        CustomerPage refused = CustomerPage.open(portal, foreign.id());
        assertTrue(refused.refusal().contains("This customer is not available to your organization."));
        assertTrue(!refused.record().hasRecord());
        assertFalse(browser.getPageSource().contains(foreign.name()));
        assertTrue(portal.revealsNothingInternal());
        assertTrue(Partnering.auditEvents("ACCESS_DENIED", "customer " + foreign.id()) >= 1);

        // a customer that removed the reseller is refused at the next request
        CustomerFixtures.remove(beta.id(), reseller.organizationId());
        assertTrue(CustomerPage.open(portal, beta.id()).refusal().contains("not available"));
        assertTrue(CustomerPage.open(portal, "not-a-number").refusal().contains("not available"));
        assertTrue(portal.revealsNothingInternal());

        // View customers (Indirect providers): only what the reseller and that provider share
        CustomerTable shared = SharedCustomersPage.open(portal, partnership).table();
        assertEquals(1, shared.rows());
        assertEquals(alpha.name(), shared.firstName());
        assertTrue(!shared.hasResellerColumn(), "no Reseller column for a reseller");
    }

    @Test
    void aProviderSeesTheResellerOfItsCustomers() {
        String token =
                "Cust" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        Created provider = Fixtures.organization("PROVIDER", "SALES_AGENT", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        Customer shared = CustomerFixtures.customer(
                token + " Shared",
                "BR",
                reseller.organizationId(),
                reseller.organizationId(),
                provider.organizationId());

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        assertEquals("1", DashboardPage.open(portal).tileCount("customers"));
        CustomersPage customers = CustomersPage.fromMenuWithACustomer(portal);
        CustomerTable table = customers.table();
        assertEquals(1, table.rows());
        assertEquals(shared.name(), table.firstName());
        assertTrue(table.resellerHeader().contains("Reseller"));
        assertEquals("Browser Test RESELLER", table.firstReseller());
        assertTrue(!customers.offersRequestRelationship(), "providers do not request relationships");
    }
}
