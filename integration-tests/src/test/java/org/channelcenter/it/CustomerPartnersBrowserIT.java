package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.pages.CustomerPartnersPage;
import org.channelcenter.it.pages.CustomersPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * SPEC §6 in a real browser with real mail: a customer's global admin sees its partners (the reseller and
 * the provider it brought), removes the reseller through the confirmation dialog, finds it in the history,
 * and the reseller's admin is mailed over SMTP. Nobody else gets the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerPartnersBrowserIT {

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theCustomersAdminRemovesTheResellerWhichIsMailedAndStaysAsHistory() {
        SampleNetwork network = SampleNetwork.withHelpdeskUsers(0, 0, 1);
        Created provider = network.provider();
        Created reseller = network.reseller();
        Created customer = network.customer();

        // the reseller's admin has the customer's record open
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertEquals(
                "Browser Test CUSTOMER",
                CustomerPage.open(resellerPortal, customer.organizationId()).title());

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(customer.login(), Fixtures.PASSWORD);
        assertEquals("2", DashboardPage.open(portal).tileCount("partners"));
        CustomerPartnersPage partners = CustomerPartnersPage.fromMenu(portal);

        // both partners, each with its kind and the reseller of record
        String resellerDomain = domainOf(reseller.login());
        String providerDomain = domainOf(provider.login());
        String resellerRow = partners.rowText(resellerDomain);
        assertTrue(resellerRow.contains("Indirect reseller"), resellerRow);
        String providerRow = partners.rowText(providerDomain);
        assertTrue(providerRow.contains("Indirect provider"), providerRow);
        assertEquals("Browser Test RESELLER", partners.resellerOf(providerDomain));

        // the search narrows the list to the provider
        partners.search(providerDomain);
        partners.awaitRows(1, providerDomain, true);
        partners.search("Browser Test");
        partners.awaitRows(2);

        // Remove asks first, and says what it means
        String question = partners.remove(resellerDomain);
        assertTrue(
                question.contains("Browser Test RESELLER")
                        && question.contains("loses its administrator permissions")
                        && question.contains("emailed"),
                question);
        // No changes nothing (issue 16)
        partners.cancelRemove();
        assertEquals("Active", partners.statusOf(resellerDomain));
        assertEquals(
                1,
                CustomerRelations.count(
                        customer.organizationId(), reseller.organizationId(), reseller.organizationId())[0],
                "the relationship is still active");
        partners.remove(resellerDomain);
        partners.confirmRemove();
        partners.shell().awaitMessage("was removed");

        // the removed partner leaves the list at once, without a reload (issue 16, point 9); the provider stays
        partners.awaitRows(1, resellerDomain, false);
        assertEquals("Active", partners.statusOf(providerDomain));

        // with "show removed" the history is back: marked removed, with when and by whom, not removable again
        partners.toggleRemoved();
        partners.awaitRows(2);
        partners.awaitRowText(resellerDomain, "Removed on");
        assertEquals("Removed", partners.statusOf(resellerDomain));
        assertTrue(partners.rowText(resellerDomain).contains(customer.login()), partners.rowText(resellerDomain));
        assertTrue(!partners.canRemove(resellerDomain), "a removed partner cannot be removed again");
        partners.toggleRemoved();
        partners.awaitRows(1, resellerDomain, false);
        assertTrue(portal.revealsNothingInternal());

        // the reseller can no longer open the customer, in the same session, at its very next request
        CustomerPage refused = CustomerPage.open(resellerPortal, customer.organizationId());
        assertTrue(refused.refusal().contains("not available"));
        assertTrue(!refused.record().hasRecord(), "no customer data");
        assertTrue(resellerPortal.revealsNothingInternal());
        assertTrue(
                !CustomersPage.fromMenu(resellerPortal).shell().main().contains("Browser Test CUSTOMER"),
                "gone from the reseller's Customers page");

        // the reseller's admin hears of it over SMTP
        MailCatcher.ReceivedMail removed =
                smtp.awaitMailTo(reseller.login(), m -> m.subject().contains("removed"));
        assertTrue(removed.body().contains("no longer has administrator permissions"), removed.body());

        assertEquals("1", DashboardPage.open(portal).tileCount("partners"));

        // the page is the customer's global admin's only: the customer's other users get the 403 page
        WebDriver other = browsers.open("en");
        PortalPage helpdeskPortal = new PortalPage(other);
        helpdeskPortal.signIn(SampleNetwork.helpdeskUser(customer, 1), Fixtures.PASSWORD);
        helpdeskPortal.waitForScripts();
        assertTrue(!CustomerPartnersPage.inMenu(helpdeskPortal), "no Partners entry for them");
        CustomerPartnersPage forbidden = CustomerPartnersPage.open(helpdeskPortal);
        assertEquals("Access denied", new ErrorPage(helpdeskPortal).title());
        assertTrue(!forbidden.hasTable(), "no partner data");
        assertTrue(helpdeskPortal.revealsNothingInternal());
    }

    private static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }
}
