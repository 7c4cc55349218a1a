package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.pages.CustomerRecord;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.OrderTable;
import org.channelcenter.it.pages.OrdersPage;
import org.channelcenter.it.pages.Subscription;
import org.channelcenter.it.pages.SubscriptionActions;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.CustomerFixtures.Customer;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Subscriptions, order history, the Orders page and the order tiles in a real browser (SPEC §7, §10; issue 6
 * parts 2, 3 and 6). The provider suspends, reactivates and cancels (after the dialog) on the
 * customer's page, each time on the version it was shown; the reseller of record sees
 * the states and no button. The Orders page lists an organization's orders across its customers, for the
 * provider that placed them and the reseller of record, and nothing for an unrelated partner. The tiles count
 * what was just done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscriptionActionsBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Created provider;
    private Created reseller;
    private Created customer;

    private void network() {
        SampleNetwork network = SampleNetwork.create();
        provider = network.provider();
        reseller = network.reseller();
        customer = network.customer();
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
        ProbeAnswer placed =
                Ordering.place(provider.login(), customerId, reseller.organizationId(), first + ":10," + second + ":3");
        assertEquals("ok", placed.outcome(), placed.toString());
        assertTiles(portal, "1", "2", "0 / 13");

        // on the customer's page (newest subscription first: find the one of 10 licenses)
        CustomerRecord expanded = CustomerPage.openReady(portal, customerId).record();
        SubscriptionActions actions = CustomerPage.shown(portal).subscriptionActions();
        expanded.awaitSuspendable(2);
        Subscription ten = expanded.subscriptionOf("10");
        Subscription three = expanded.subscriptionOf("3");
        assertTrue(!ten.offersReactivate(), "active: no Reactivate");
        // Suspend asks first and says what it means; Keep it active changes nothing
        String tenOffer = ten.offer();
        ten.suspend();
        String question = actions.suspendDialog();
        assertTrue(
                question.contains(tenOffer)
                        && question.contains("none of its licenses can be assigned")
                        && question.contains("not charged"),
                question);
        actions.keepActive();
        assertEquals(sorted("10:ACTIVE,3:ACTIVE"), quantities(customerId));
        ten.suspend().confirmSuspend();
        actions.awaitMessage("suspended.");
        // the record is shown again as the server has it now
        ten.awaitStatus("Suspended");
        assertTrue(!ten.offersSuspend(), "suspended: no Suspend");
        assertEquals("Active", three.status());
        assertEquals(sorted("10:SUSPENDED,3:ACTIVE"), quantities(customerId));
        ten.reactivate();
        portal.waiting()
                .until(d -> ten.status().equals("Active") && actions.messages().contains("reactivated."));
        assertEquals(sorted("10:ACTIVE,3:ACTIVE"), quantities(customerId));

        // the page opened again: someone else suspends the subscription after it was shown, so Suspend
        // here is refused as a concurrent change and nothing happens twice
        CustomerPage page = CustomerPage.openReady(portal, customerId);
        CustomerRecord record = page.record();
        Subscription tenHere = record.subscriptionOf("10");
        Subscription threeHere = record.subscriptionOf("3");
        String[] shown = subscriptionRows(provider.login(), customerId).stream()
                .map(row -> row.split("\\|"))
                .filter(row -> row[1].equals("10"))
                .findFirst()
                .orElseThrow();
        ProbeAnswer meanwhile = Ordering.as(provider.login(), "suspend", "id", shown[0], "version", shown[3]);
        assertEquals("ok", meanwhile.outcome(), meanwhile.toString());
        tenHere.suspend().confirmSuspend();
        actions.awaitMessage("Someone else changed this");
        tenHere.awaitStatus("Suspended");
        assertEquals(sorted("10:SUSPENDED,3:ACTIVE"), quantities(customerId));
        assertEquals(
                2,
                CustomerRelations.auditEvents("SUBSCRIPTION_SUSPENDED", "subscription " + shown[0]),
                "suspended twice in all: on the first page, and meanwhile; the refused click wrote nothing");

        // Cancel asks first and says what it means; Keep it changes nothing
        String offerName = threeHere.offer();
        threeHere.cancel().awaitCancelDialog();
        String dialog = actions.cancelDialog();
        assertTrue(
                dialog.contains(offerName)
                        && dialog.contains("Cancelling is final")
                        && dialog.contains("cannot be reactivated"),
                dialog);
        actions.keep();
        assertEquals(sorted("10:SUSPENDED,3:ACTIVE"), quantities(customerId));
        threeHere.cancel().confirmCancel();
        actions.awaitMessage("cancelled.");
        threeHere.awaitStatus("Cancelled");
        assertTrue(!threeHere.offersAnyAction(), "a cancelled subscription offers nothing");
        assertEquals(sorted("10:SUSPENDED,3:CANCELLED"), quantities(customerId));
        assertTrue(portal.revealsNothingInternal());

        // the order history, the page's next section: the order with both lines at the prices of the moment
        OrderTable history = page.show(CustomerPage.Section.ORDERS).orderHistory();
        String historyText = history.text();
        assertTrue(
                historyText.contains(placed.value("id"))
                        && historyText.contains(provider.login())
                        && historyText.contains("Browser Test RESELLER"),
                historyText);
        assertEquals(
                List.of("10", "3"),
                List.of(history.lineQuantity(0, 0), history.lineQuantity(0, 1)).stream()
                        .sorted()
                        .toList());
        assertEquals("12.50", history.lineUnitPrice(0, 0));
        assertTrue(history.lineCurrency(0, 0).contains("USD"));
        assertTiles(portal, "1", "0", "0 / 0");

        // the reseller of record sees the states, the order, and no button
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        CustomerPage resellersPage = CustomerPage.open(resellerPortal, customerId);
        String subscriptions = resellersPage.record().subscriptions();
        assertTrue(subscriptions.contains("Suspended") && subscriptions.contains("Cancelled"), subscriptions);
        assertTrue(!resellersPage.record().offersSubscriptionActions(), "resellers change no subscription");
        assertTrue(!resellersPage.subscriptionActions().isOnPage());
        resellersPage.show(CustomerPage.Section.ORDERS);
        assertEquals("Browser Test PROVIDER", resellersPage.orderHistory().partner(0));
        assertTrue(resellersPage.orderHistory().lineQuantity(0, 1).matches("10|3"));
    }

    @Test
    void theOrdersPageListsAnOrganizationsOrdersAcrossItsCustomersAndNothingForAnUnrelatedPartner() {
        String token =
                "Ord" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        network();
        Created stranger = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Customer alpha = CustomerFixtures.customer(
                token + " Alpha",
                "US",
                reseller.organizationId(),
                reseller.organizationId(),
                provider.organizationId());
        Customer beta = CustomerFixtures.customer(
                token + " Beta", "BR", reseller.organizationId(), reseller.organizationId(), provider.organizationId());
        long offer = Ordering.offer(1, 50, true);
        Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        WebDriver staffBrowser = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staffBrowser);
        staffPortal.signIn(staff.login(), Fixtures.PASSWORD);
        DashboardPage.open(staffPortal);
        long ordersBefore = Long.parseLong(staffPortal.tileCount("ordersTotal"));
        long recentBefore = Long.parseLong(staffPortal.tileCount("ordersRecent"));

        String alphaOrder = Ordering.place(provider.login(), alpha.id(), reseller.organizationId(), offer + ":5")
                .value("id");
        String betaOrder = Ordering.place(provider.login(), beta.id(), reseller.organizationId(), offer + ":7")
                .value("id");
        Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":2");

        // the provider, from the menu: newest first, across its customers
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        assertEquals("3", DashboardPage.open(portal).tileCount("ordersRecent"));
        OrdersPage ordersPage = OrdersPage.fromMenu(portal);
        OrderTable orders = ordersPage.orders();
        assertEquals(3, orders.rows());
        assertEquals(beta.name(), orders.customer(1));
        assertEquals(alpha.name(), orders.customer(2));
        assertEquals(betaOrder, orders.orderId(1));
        assertEquals("Browser Test RESELLER", orders.partner(1));
        assertEquals("7", orders.lineQuantity(1, 0));

        // narrowed by customer name, and a name leads to that customer's record and history
        ordersPage.searchCustomer(token.toLowerCase() + " alpha");
        ordersPage.awaitOnlyCustomer(alpha.name());
        orders.openCustomer(0);
        assertEquals(
                alphaOrder,
                ordersPage.awaitCustomerPage(alpha.id()).orderHistory().orderId(0));

        // the reseller of record sees the same orders, with the provider named
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        DashboardPage resellerDashboard = DashboardPage.open(resellerPortal);
        assertEquals("3", resellerDashboard.tileCount("ordersRecent"));
        assertEquals("3", resellerDashboard.tileCount("subscriptions"));
        assertEquals("0 / 14", resellerDashboard.tileCount("licenses"), "license use: none assigned of 14");
        OrderTable resellersOrders = OrdersPage.open(resellerPortal).orders();
        assertEquals(3, resellersOrders.rows());
        assertEquals("Browser Test PROVIDER", resellersOrders.partner(2));

        // an unrelated provider: nothing, and no tile counts them
        WebDriver strangerBrowser = browsers.open("en");
        PortalPage strangerPortal = new PortalPage(strangerBrowser);
        strangerPortal.signIn(stranger.login(), Fixtures.PASSWORD);
        assertEquals("0", DashboardPage.open(strangerPortal).tileCount("ordersRecent"));
        OrderTable strangersOrders = OrdersPage.open(strangerPortal).orders();
        assertEquals(0, strangersOrders.rows());
        assertTrue(strangersOrders.text().contains("No orders yet."));

        // the customer's admin counts its active subscription; staff count every order
        WebDriver customerBrowser = browsers.open("en");
        PortalPage customerPortal = new PortalPage(customerBrowser);
        customerPortal.signIn(customer.login(), Fixtures.PASSWORD);
        DashboardPage.open(customerPortal);
        assertEquals("1", customerPortal.tileCount("subscriptions"));
        DashboardPage.open(staffPortal);
        assertTrue(Long.parseLong(staffPortal.tileCount("ordersTotal")) >= ordersBefore + 3);
        assertTrue(Long.parseLong(staffPortal.tileCount("ordersRecent")) >= recentBefore + 3);
    }

    /** The provider's tiles: orders of the last 30 days, active subscriptions, license use (assigned / all). */
    private static void assertTiles(PortalPage portal, String orders, String subscriptions, String licenses) {
        DashboardPage.open(portal);
        assertEquals(
                List.of(orders, subscriptions, licenses),
                List.of(
                        portal.tileCount("ordersRecent"),
                        portal.tileCount("subscriptions"),
                        portal.tileCount("licenses")));
    }

    /** The customer's subscriptions as {@code quantity:status}, sorted (their ids' order is the database's). */
    private static List<String> quantities(long customerId) {
        return sorted(Ordering.rowsOf(customerId).quantities());
    }

    private static List<String> sorted(String quantities) {
        return Arrays.stream(quantities.split(",")).sorted().toList();
    }

    /** The customer's subscriptions as the probe lists them (newest first): {@code id|quantity|status|version}. */
    private static List<String> subscriptionRows(String login, long customerId) {
        return Arrays.asList(Ordering.as(login, "subscriptions", "customer", Long.toString(customerId))
                .value("rows")
                .split(","));
    }
}
