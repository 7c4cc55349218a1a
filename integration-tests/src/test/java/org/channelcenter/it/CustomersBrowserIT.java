package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.CustomerFixtures.Customer;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * SPEC §6 Customers in a real browser: a reseller's own customers only (paged, sorted, filtered by name,
 * domain and country/region), a row opened to the customer's record, the record's own page refused for
 * another reseller's customer and for one that removed the reseller (audited); a provider sees the Reseller
 * column; View customers lists only the customers a reseller and its provider share.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomersBrowserIT {

    private static final String TABLE = "customersForm:customers";
    private static final String ROWS = "#customersForm\\:customers_data > tr[data-ri]";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aResellerPagesSortsFiltersAndOpensItsOwnCustomersOnly() {
        String token = "Cust" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created other = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
        long partnership = Partnering.partnership(provider.organizationId(), reseller.organizationId());
        Customer alpha = CustomerFixtures.customer(token + " Alpha", "NZ", reseller.organizationId(),
                reseller.organizationId(), provider.organizationId());
        Customer beta = CustomerFixtures.customer(token + " Beta", "AR", reseller.organizationId(), reseller.organizationId());
        CustomerFixtures.bulk(reseller.organizationId(), 26, token + "x"); // 28 in all: two pages of 25
        Customer foreign = CustomerFixtures.customer(token + " Foreign", "NZ", other.organizationId(), other.organizationId());
        // Alpha also works with the other reseller: this reseller must not learn of it
        CustomerRelations.relationship(alpha.id(), other.organizationId(), other.organizationId());

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        PortalPage.press(browser, "menuForm:menuCustomers");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/customers/customers.xhtml"));
        portal.waitForScripts();
        assertEquals(25, rows(browser));
        assertTrue(paginator(browser).contains("of 28"), paginator(browser));
        assertEquals(alpha.name(), portal.text(TABLE + ":0:customerLink"), "name order by default");
        assertFalse(browser.getPageSource().contains(foreign.name()), "another reseller's customer is not listed");

        // sorted by name, descending: the last of the scrambled names first
        sortByName(portal, "ascending");
        assertEquals(alpha.name(), portal.text(TABLE + ":0:customerLink"));
        sortByName(portal, "descending");
        portal.waiting().until(d -> (token + "x 00197988").equals(d.findElement(By.id(TABLE + ":0:customerLink")).getText()));

        // the second page holds the last three
        browser.findElement(By.cssSelector("#customersForm\\:customers_paginator_bottom .ui-paginator-next")).click();
        portal.waiting().until(d -> rows(d) == 3);
        assertTrue(paginator(browser).contains("26–28 of 28"), paginator(browser));

        // filters: name, domain, country/region
        portal.type(TABLE + ":name:filter", "beta");
        portal.waiting().until(d -> rows(d) == 1 && beta.name().equals(d.findElement(By.id(TABLE + ":0:customerLink")).getText()));
        portal.type(TABLE + ":name:filter", token + " foreign");
        portal.waiting().until(d -> d.findElement(By.cssSelector("#customersForm\\:customers_data")).getText()
                .contains("No customers match"));
        browser.findElement(By.id(TABLE + ":name:filter")).clear();
        portal.type(TABLE + ":domain:filter", alpha.domain());
        portal.waiting().until(d -> rows(d) == 1 && alpha.name().equals(d.findElement(By.id(TABLE + ":0:customerLink")).getText()));
        browser.findElement(By.id(TABLE + ":domain:filter")).clear(); // clearing types no key: filter again
        ((JavascriptExecutor) browser).executeScript("PF('customersTable').filter();");
        portal.waiting().until(d -> rows(d) > 1);
        ((JavascriptExecutor) browser).executeScript(
                "var menu = PF('customersCountryFilter'); menu.selectValue('NZ'); menu.triggerChange();");
        portal.waiting().until(d -> rows(d) == 1 && alpha.name().equals(d.findElement(By.id(TABLE + ":0:customerLink")).getText()));
        assertEquals("New Zealand", portal.text(TABLE + ":0:customerCountry"));

        // the arrow opens the customer's record: account and both relationships through this reseller, not the
        // other reseller's
        browser.findElement(By.xpath("//a[@id='" + TABLE + ":0:customerLink']/parent::td/div[contains(@class,'ui-row-toggler')]"))
                .click();
        String record = portal.text(TABLE + ":0:customerRecord");
        assertTrue(record.contains("Reseller relationships") && record.contains(alpha.domain()), record);
        assertEquals(List.of("Browser Test PROVIDER", "Browser Test RESELLER"), browser.findElements(By.cssSelector(
                        "[id='" + TABLE + ":0:relationships_data'] .cc-relationship-partner")).stream()
                .map(e -> e.getText()).sorted().toList());
        assertTrue(record.contains("Subscriptions") && record.contains("None yet."), record);

        // the name leads to the record's own page
        PortalPage.press(browser, TABLE + ":0:customerLink");
        portal.waiting().until(d -> d.getCurrentUrl().contains("/customers/customer.xhtml?customer=" + alpha.id()));
        assertEquals(alpha.name(), portal.text("recordName"));
        assertEquals(alpha.name(), portal.text("pageTitle"));

        // another reseller's customer: refused, nothing shown, audited
        portal.open("customers/customer.xhtml?customer=" + foreign.id());
        assertTrue(portal.text("customerRefused").contains("This customer is not available to your organization."));
        assertTrue(browser.findElements(By.id("customerRecord")).isEmpty());
        assertFalse(browser.getPageSource().contains(foreign.name()));
        assertTrue(portal.revealsNothingInternal());
        assertTrue(Partnering.auditEvents("ACCESS_DENIED", "customer " + foreign.id()) >= 1);

        // a customer that removed the reseller is refused at the next request
        CustomerFixtures.remove(beta.id(), reseller.organizationId());
        portal.open("customers/customer.xhtml?customer=" + beta.id());
        assertTrue(portal.text("customerRefused").contains("not available"));
        portal.open("customers/customer.xhtml?customer=not-a-number");
        assertTrue(portal.text("customerRefused").contains("not available"));
        assertTrue(portal.revealsNothingInternal());

        // View customers (Indirect providers): only what the reseller and that provider share
        portal.open("partners/shared-customers.xhtml?partnership=" + partnership);
        portal.waitForScripts();
        assertEquals(1, rows(browser));
        assertEquals(alpha.name(), portal.text(TABLE + ":0:customerLink"));
        assertTrue(browser.findElements(By.id(TABLE + ":reseller")).isEmpty(), "no Reseller column for a reseller");
    }

    @Test
    void aProviderSeesTheResellerOfItsCustomers() {
        String token = "Cust" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        Created provider = Fixtures.organization("PROVIDER", "SALES_AGENT", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        Customer shared = CustomerFixtures.customer(token + " Shared", "BR", reseller.organizationId(),
                reseller.organizationId(), provider.organizationId());

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        portal.open("dashboard.xhtml");
        assertEquals("1", portal.tileCount("customers"));
        PortalPage.press(browser, "menuForm:menuCustomers");
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(TABLE + ":0:customerLink")));
        assertEquals(1, rows(browser));
        assertEquals(shared.name(), portal.text(TABLE + ":0:customerLink"));
        assertTrue(portal.text(TABLE + ":reseller").contains("Reseller"));
        assertEquals("Browser Test RESELLER", portal.text(TABLE + ":0:customerReseller"));
        assertTrue(browser.findElements(By.id("requestRelationship")).isEmpty(), "providers do not request relationships");
    }

    /**
     * Clicks the Customer column's title (not its filter field, which shares the header cell) and waits until
     * the table is sorted that way.
     */
    private static void sortByName(PortalPage portal, String order) {
        portal.driver().findElement(By.cssSelector("[id='" + TABLE + ":name'] .ui-column-title")).click();
        portal.waiting().until(d -> order.equals(d.findElement(By.id(TABLE + ":name")).getAttribute("aria-sort")));
    }

    private static int rows(WebDriver driver) {
        return (int) driver.findElements(By.cssSelector(ROWS)).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message")).count();
    }

    private static String paginator(WebDriver driver) {
        return driver.findElement(By.id("customersForm:customers_paginator_bottom")).getText();
    }
}
