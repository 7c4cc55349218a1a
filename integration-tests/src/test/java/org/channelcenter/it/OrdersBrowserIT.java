package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.MailCatcher;
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
        provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), provider.organizationId(), reseller.organizationId());
    }

    @Test
    void aProviderOrdersTenLicensesAndTheResellerSeesTheSubscriptionInTheCustomerRecord() {
        network();
        long offer = Ordering.offer(1, 50, true);

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        portal.open("customers/customer.xhtml?customer=" + customer.organizationId());
        assertEquals("None yet.", portal.text("subscriptionsNone"));
        portal.click("placeOrderLink", "orderForm:placeOrder");
        portal.waitForScripts();

        // the only reseller of record is chosen already; placing without an offer is refused at the field
        PortalPage.press(browser, "orderForm:placeOrder");
        portal.waiting().until(d -> d.findElement(By.id("orderForm:lines:0:offerMessage")).getText()
                .contains("Choose an offer."));
        PortalPage.press(browser, "orderForm:addLine");
        portal.waiting().until(d -> !d.findElements(By.id("orderForm:lines:1:quantity")).isEmpty());
        PortalPage.press(browser, "orderForm:lines:1:removeLine");
        portal.waiting().until(d -> d.findElements(By.id("orderForm:lines:1:quantity")).isEmpty());

        portal.select("orderOffer0", Long.toString(offer));
        portal.type("orderForm:lines:0:quantity", "10");
        PortalPage.press(browser, "orderForm:placeOrder");
        portal.waiting().until(d -> d.findElement(By.id("orderForm:messages")).getText().contains("placed"));
        assertEquals("10:ACTIVE", Ordering.written(customer.organizationId()).getProperty("quantities"));

        // the reseller's admin finds it in the customer's record
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        resellerPortal.open("customers/customer.xhtml?customer=" + customer.organizationId());
        String subscriptions = resellerPortal.text("subscriptions");
        assertTrue(subscriptions.contains("10") && subscriptions.contains("Active")
                && subscriptions.contains("Browser Test PROVIDER"), subscriptions);
        assertTrue(resellerBrowser.findElements(By.id("placeOrderLink")).isEmpty(), "resellers do not place orders");
    }

    @Test
    void afterTheCustomerRemovedTheProviderTheFormShowsTheSeedsMessageInPortuguese() {
        network();
        long offer = Ordering.offer(1, 50, true);

        WebDriver browser = browsers.open("pt-BR");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(provider.login(), Fixtures.PASSWORD);
        portal.chooseLanguage("Português (Brasil)", "pt-BR");
        portal.open("customers/order.xhtml?customer=" + customer.organizationId());
        portal.waitForScripts();
        portal.select("orderOffer0", Long.toString(offer));
        portal.type("orderForm:lines:0:quantity", "10");

        // meanwhile the customer's admin removes the provider
        Properties partners = CustomerRelations.as(customer.login(), "partners", "withRemoved", "false");
        for (int i = 0; i < Integer.parseInt(partners.getProperty("rows")); i++) {
            String[] row = partners.getProperty("row." + i).split("\\|");
            if (row[1].equals("PROVIDER")) {
                CustomerRelations.as(customer.login(), "remove", "id", row[0], "version", row[3]);
            }
        }

        PortalPage.press(browser, "orderForm:placeOrder");
        portal.waiting().until(d -> d.findElement(By.id("orderForm:messages")).getText().contains(SEEDS_RULE_PT));
        assertEquals("0", Ordering.written(customer.organizationId()).getProperty("orders"));
        assertTrue(portal.revealsNothingInternal());
    }
}
