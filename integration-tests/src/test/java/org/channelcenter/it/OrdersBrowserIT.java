package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.pages.CustomerRecord;
import org.channelcenter.it.pages.OrderPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.MailCatcher;
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
 * Place order in a real browser (SPEC §7): a provider's admin orders 10 licenses for a shared customer, and
 * the subscription appears in the reseller's customer record; when the customer has removed the provider in
 * the meantime, the form answers with the seeds' message in the user's language and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersBrowserIT {

    private static final String SEEDS_RULE_PT = "Seu provedor indireto precisa ter uma relação de revendedor com seus"
            + " clientes para enviar pedidos no nome dele.";

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

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
    void aProviderOrdersTenLicensesAndTheResellerSeesTheSubscriptionInTheCustomerRecord() {
        network();
        long offer = Ordering.offer(1, 50, true);

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        CustomerRecord record =
                CustomerPage.open(portal, customer.organizationId()).record();
        assertEquals("None yet.", record.noSubscriptions());
        OrderPage order = record.placeOrder();

        // the only reseller of record is chosen already; placing without an offer is refused at the field
        order.place();
        order.awaitOfferMessage(0, "Choose an offer.");
        order.addLine();
        order.awaitLine(1);
        order.removeLine(1);
        order.awaitNoLine(1);

        order.offer(0, offer).quantity(0, "10").place();
        order.awaitMessage("placed");
        assertEquals("10:ACTIVE", Ordering.rowsOf(customer.organizationId()).quantities());

        // the reseller's admin finds it in the customer's record
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        CustomerRecord resellersRecord =
                CustomerPage.open(resellerPortal, customer.organizationId()).record();
        String subscriptions = resellersRecord.subscriptions();
        assertTrue(
                subscriptions.contains("10")
                        && subscriptions.contains("Active")
                        && subscriptions.contains("Browser Test PROVIDER"),
                subscriptions);
        assertTrue(!resellersRecord.offersPlaceOrder(), "resellers do not place orders");
    }

    @Test
    void afterTheCustomerRemovedTheProviderTheFormShowsTheSeedsMessageInPortuguese() {
        network();
        long offer = Ordering.offer(1, 50, true);

        WebDriver browser = browsers.open("pt-BR");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        portal.chooseLanguage("Português (Brasil)", "pt-BR");
        OrderPage order = OrderPage.open(portal, customer.organizationId());
        order.offer(0, offer).quantity(0, "10");

        // meanwhile the customer's admin removes the provider
        ProbeAnswer partners = CustomerRelations.as(customer.login(), "partners", "withRemoved", "false");
        for (int i = 0; i < Integer.parseInt(partners.value("rows")); i++) {
            String[] row = partners.value("row." + i).split("\\|");
            if (row[1].equals("PROVIDER")) {
                CustomerRelations.as(customer.login(), "remove", "id", row[0], "version", row[3]);
            }
        }

        order.place();
        order.awaitMessage(SEEDS_RULE_PT);
        assertEquals(0, Ordering.rowsOf(customer.organizationId()).orders());
        assertTrue(portal.revealsNothingInternal());
    }
}
