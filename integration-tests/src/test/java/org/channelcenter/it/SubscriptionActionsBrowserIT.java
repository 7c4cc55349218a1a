package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.CustomerFixtures.Customer;
import org.channelcenter.it.support.CustomerRelations;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Subscriptions, order history, the Orders page and the order tiles in a real browser (SPEC §7, §10; issue 6
 * parts 2, 3 and 6). The provider suspends, reactivates and cancels (after the dialog) in the Customers page's
 * expanded row and on the customer's page, each time on the version it was shown; the reseller of record sees
 * the states and no button. The Orders page lists an organization's orders across its customers, for the
 * provider that placed them and the reseller of record, and nothing for an unrelated partner. The tiles count
 * what was just done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscriptionActionsBrowserIT {

    private static final String MESSAGES = "subscriptionActionsForm:subscriptionMessages";
    private static final String EXPANDED = "customersForm:customers:0:subscriptions:";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Created provider;
    private Created reseller;
    private Created customer;

    private void network() {
        provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), provider.organizationId(), reseller.organizationId());
    }

    @Test
    void theProviderSuspendsReactivatesAndCancelsOnWhatItSawAndTheResellerOnlySees() {
        network();
        long first = Ordering.offer(1, 50, true);
        long second = Ordering.offer(1, 50, true);
        long customerId = customer.organizationId();

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        assertTiles(portal, "0", "0", "0 / 0");
        Properties placed = Ordering.place(provider.login(), customerId, reseller.organizationId(),
                first + ":10," + second + ":3");
        assertEquals("ok", placed.getProperty("result"), placed.toString());
        assertTiles(portal, "1", "2", "0 / 13");

        // in the Customers page's expanded row (newest subscription first: find the one of 10 licenses)
        portal.open("customers/customers.xhtml");
        portal.waitForScripts();
        browser.findElement(By.xpath("//a[@id='customersForm:customers:0:customerLink']/parent::td"
                + "/div[contains(@class,'ui-row-toggler')]")).click();
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(EXPANDED + "1:suspendSubscription")));
        String ten = EXPANDED + rowOfTen(browser, EXPANDED) + ":";
        String three = EXPANDED + (1 - rowOfTen(browser, EXPANDED)) + ":";
        assertTrue(browser.findElements(By.id(ten + "reactivateSubscription")).isEmpty(), "active: no Reactivate");
        PortalPage.press(browser, ten + "suspendSubscription");
        portal.waiting().until(d -> d.findElement(By.id(MESSAGES)).getText().contains("suspended."));
        // the expanded record is shown again as the server has it now
        portal.waiting().until(d -> statusIn(d, ten).equals("Suspended"));
        assertTrue(browser.findElements(By.id(ten + "suspendSubscription")).isEmpty(), "suspended: no Suspend");
        assertEquals("Active", statusIn(browser, three));
        assertEquals(sorted("10:SUSPENDED,3:ACTIVE"), quantities(customerId));
        PortalPage.press(browser, ten + "reactivateSubscription");
        portal.waiting().until(d -> statusIn(d, ten).equals("Active")
                && d.findElement(By.id(MESSAGES)).getText().contains("reactivated."));
        assertEquals(sorted("10:ACTIVE,3:ACTIVE"), quantities(customerId));

        // on the customer's page: someone else suspends the subscription after the page was shown, so Suspend
        // here is refused as a concurrent change and nothing happens twice
        portal.open("customers/customer.xhtml?customer=" + customerId);
        portal.waitForScripts();
        String tenHere = "subscriptions:" + rowOfTen(browser, "subscriptions:") + ":";
        String threeHere = "subscriptions:" + (1 - rowOfTen(browser, "subscriptions:")) + ":";
        String[] shown = subscriptionRows(provider.login(), customerId).stream().map(row -> row.split("\\|"))
                .filter(row -> row[1].equals("10")).findFirst().orElseThrow();
        Properties meanwhile = Ordering.as(provider.login(), "suspend", "id", shown[0], "version", shown[3]);
        assertEquals("ok", meanwhile.getProperty("result"), meanwhile.toString());
        PortalPage.press(browser, tenHere + "suspendSubscription");
        portal.waiting().until(d -> d.findElement(By.id(MESSAGES)).getText().contains("Someone else changed this"));
        portal.waiting().until(d -> statusIn(d, tenHere).equals("Suspended"));
        assertEquals(sorted("10:SUSPENDED,3:ACTIVE"), quantities(customerId));
        assertEquals(2, CustomerRelations.auditEvents("SUBSCRIPTION_SUSPENDED", "subscription " + shown[0]),
                "suspended twice in all: in the expanded row, and meanwhile; the refused click wrote nothing");

        // Cancel asks first and says what it means; Keep it changes nothing
        String offerName = browser.findElement(By.id(threeHere + "subscriptionOffer")).getText();
        PortalPage.press(browser, threeHere + "cancelSubscription");
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelSubscriptionForm:confirmCancelSubscription")));
        String dialog = portal.text("cancelSubscriptionDialog");
        assertTrue(dialog.contains(offerName) && dialog.contains("Cancelling is final") && dialog.contains("cannot be reactivated"),
                dialog);
        PortalPage.press(browser, "cancelSubscriptionForm:keepSubscription");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cancelSubscriptionDialog")));
        assertEquals(sorted("10:SUSPENDED,3:ACTIVE"), quantities(customerId));
        PortalPage.press(browser, threeHere + "cancelSubscription");
        PortalPage.press(browser, "cancelSubscriptionForm:confirmCancelSubscription");
        portal.waiting().until(d -> d.findElement(By.id(MESSAGES)).getText().contains("cancelled."));
        portal.waiting().until(d -> statusIn(d, threeHere).equals("Cancelled"));
        assertTrue(actionButtons(browser, threeHere).isEmpty(), "a cancelled subscription offers nothing");
        assertEquals(sorted("10:SUSPENDED,3:CANCELLED"), quantities(customerId));
        assertTrue(portal.revealsNothingInternal());

        // the order history on the same page: the order with both lines at the prices of the moment
        String history = portal.text("orderHistoryForm:orders");
        assertTrue(history.contains(placed.getProperty("id")) && history.contains(provider.login())
                && history.contains("Browser Test RESELLER"), history);
        assertEquals(List.of("10", "3"), List.of(portal.text("orderHistoryForm:orders:0:lines:0:lineQuantity"),
                portal.text("orderHistoryForm:orders:0:lines:1:lineQuantity")).stream().sorted().toList());
        assertEquals("12.50", portal.text("orderHistoryForm:orders:0:lines:0:lineUnitPrice"));
        assertTrue(portal.text("orderHistoryForm:orders:0:lines:0:lineCurrency").contains("USD"));
        assertTiles(portal, "1", "0", "0 / 0");

        // the reseller of record sees the states, the order, and no button
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        resellerPortal.open("customers/customer.xhtml?customer=" + customerId);
        String subscriptions = resellerPortal.text("subscriptions");
        assertTrue(subscriptions.contains("Suspended") && subscriptions.contains("Cancelled"), subscriptions);
        assertTrue(actionButtons(resellerBrowser, "").isEmpty(), "resellers change no subscription");
        assertTrue(resellerBrowser.findElements(By.id("subscriptionActionsForm")).isEmpty());
        assertEquals("Browser Test PROVIDER", resellerPortal.text("orderHistoryForm:orders:0:partner"));
        assertTrue(resellerPortal.text("orderHistoryForm:orders:0:lines:1:lineQuantity").matches("10|3"));
    }

    @Test
    void theOrdersPageListsAnOrganizationsOrdersAcrossItsCustomersAndNothingForAnUnrelatedPartner() {
        String token = "Ord" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        network();
        Created stranger = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Customer alpha = CustomerFixtures.customer(token + " Alpha", "US", reseller.organizationId(),
                reseller.organizationId(), provider.organizationId());
        Customer beta = CustomerFixtures.customer(token + " Beta", "BR", reseller.organizationId(),
                reseller.organizationId(), provider.organizationId());
        long offer = Ordering.offer(1, 50, true);
        Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        WebDriver staffBrowser = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staffBrowser);
        staffPortal.signIn(staff.login(), Fixtures.PASSWORD);
        staffPortal.open("dashboard.xhtml");
        long ordersBefore = Long.parseLong(staffPortal.tileCount("ordersTotal"));
        long recentBefore = Long.parseLong(staffPortal.tileCount("ordersRecent"));

        String alphaOrder = Ordering.place(provider.login(), alpha.id(), reseller.organizationId(), offer + ":5")
                .getProperty("id");
        String betaOrder = Ordering.place(provider.login(), beta.id(), reseller.organizationId(), offer + ":7")
                .getProperty("id");
        Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":2");

        // the provider, from the menu: newest first, across its customers
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        portal.open("dashboard.xhtml");
        assertEquals("3", portal.tileCount("ordersRecent"));
        PortalPage.press(browser, "menuForm:menuOrders");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/orders/orders.xhtml"));
        portal.waitForScripts();
        assertEquals(3, orderRows(browser));
        assertEquals(beta.name(), portal.text("ordersForm:orders:1:customerLink"));
        assertEquals(alpha.name(), portal.text("ordersForm:orders:2:customerLink"));
        assertEquals(betaOrder, portal.text("ordersForm:orders:1:orderId"));
        assertEquals("Browser Test RESELLER", portal.text("ordersForm:orders:1:partner"));
        assertEquals("7", portal.text("ordersForm:orders:1:lines:0:lineQuantity"));

        // narrowed by customer name, and a name leads to that customer's record and history
        portal.type("ordersForm:customerSearch", token.toLowerCase() + " alpha");
        portal.waiting().until(d -> orderRows(d) == 1
                && alpha.name().equals(d.findElement(By.id("ordersForm:orders:0:customerLink")).getText()));
        PortalPage.press(browser, "ordersForm:orders:0:customerLink");
        portal.waiting().until(d -> d.getCurrentUrl().contains("customers/customer.xhtml?customer=" + alpha.id()));
        assertEquals(alphaOrder, portal.text("orderHistoryForm:orders:0:orderId"));

        // the reseller of record sees the same orders, with the provider named
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        resellerPortal.open("dashboard.xhtml");
        assertEquals("3", resellerPortal.tileCount("ordersRecent"));
        assertEquals("3", resellerPortal.tileCount("subscriptions"));
        assertEquals("0 / 14", resellerPortal.tileCount("licenses"), "license use: none assigned of 14");
        resellerPortal.open("orders/orders.xhtml");
        resellerPortal.waitForScripts();
        assertEquals(3, orderRows(resellerBrowser));
        assertEquals("Browser Test PROVIDER", resellerPortal.text("ordersForm:orders:2:partner"));

        // an unrelated provider: nothing, and no tile counts them
        WebDriver strangerBrowser = browsers.open("en");
        PortalPage strangerPortal = new PortalPage(strangerBrowser);
        strangerPortal.signIn(stranger.login(), Fixtures.PASSWORD);
        strangerPortal.open("dashboard.xhtml");
        assertEquals("0", strangerPortal.tileCount("ordersRecent"));
        strangerPortal.open("orders/orders.xhtml");
        strangerPortal.waitForScripts();
        assertEquals(0, orderRows(strangerBrowser));
        assertTrue(strangerPortal.text("ordersForm:orders").contains("No orders yet."));

        // the customer's admin counts its active subscription; staff count every order
        WebDriver customerBrowser = browsers.open("en");
        PortalPage customerPortal = new PortalPage(customerBrowser);
        customerPortal.signIn(customer.login(), Fixtures.PASSWORD);
        customerPortal.open("dashboard.xhtml");
        assertEquals("1", customerPortal.tileCount("subscriptions"));
        staffPortal.open("dashboard.xhtml");
        assertTrue(Long.parseLong(staffPortal.tileCount("ordersTotal")) >= ordersBefore + 3);
        assertTrue(Long.parseLong(staffPortal.tileCount("ordersRecent")) >= recentBefore + 3);
    }

    /** The provider's tiles: orders of the last 30 days, active subscriptions, license use (assigned / all). */
    private static void assertTiles(PortalPage portal, String orders, String subscriptions, String licenses) {
        portal.open("dashboard.xhtml");
        assertEquals(List.of(orders, subscriptions, licenses), List.of(portal.tileCount("ordersRecent"),
                portal.tileCount("subscriptions"), portal.tileCount("licenses")));
    }

    /** Which of the two subscription rows under {@code tablePrefix} holds the 10 licenses. */
    private static int rowOfTen(WebDriver driver, String tablePrefix) {
        return driver.findElement(By.id(tablePrefix + "0:subscriptionQuantity")).getText().equals("10") ? 0 : 1;
    }

    /** The customer's subscriptions as {@code quantity:status}, sorted (their ids' order is the database's). */
    private static List<String> quantities(long customerId) {
        return sorted(Ordering.written(customerId).getProperty("quantities"));
    }

    private static List<String> sorted(String quantities) {
        return Arrays.stream(quantities.split(",")).sorted().toList();
    }

    private static String statusIn(WebDriver driver, String rowPrefix) {
        return driver.findElement(By.id(rowPrefix + "subscriptionStatus")).getText();
    }

    private static List<?> actionButtons(WebDriver driver, String rowPrefix) {
        return driver.findElements(By.xpath("//*[contains(@id,'" + rowPrefix + "suspendSubscription') or contains(@id,'"
                + rowPrefix + "reactivateSubscription') or contains(@id,'" + rowPrefix + "cancelSubscription')]"
                + "[not(ancestor::*[@id='cancelSubscriptionDialog'])]"));
    }

    /** The customer's subscriptions as the probe lists them (newest first): {@code id|quantity|status|version}. */
    private static List<String> subscriptionRows(String login, long customerId) {
        return Arrays.asList(Ordering.as(login, "subscriptions", "customer", Long.toString(customerId))
                .getProperty("rows").split(","));
    }

    private static int orderRows(WebDriver driver) {
        return (int) driver.findElements(By.cssSelector("#ordersForm\\:orders_data > tr[data-ri]")).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message")).count();
    }
}
