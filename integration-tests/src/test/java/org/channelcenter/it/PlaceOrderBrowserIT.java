package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.OrderPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 16, defect 8: Place order names the customer it orders for at the top, shows an offer's whole name in the
 * chooser (found by the offer's id), and a field's error goes as soon as the value is corrected. The order's
 * success message keeps its apostrophe (defect 6).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlaceOrderBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void placeOrderNamesTheCustomerShowsWholeOfferNamesAndDropsCorrectedErrors() {
        SampleNetwork network = SampleNetwork.create();
        String name =
                "Cloud Security and Compliance Suite for Regulated Industries, annual commitment " + System.nanoTime();
        long offer = Ordering.offer(name, 1, 50, true);
        PortalPage portal = new PortalPage(browsers.open("en"));
        portal.signIn(network.provider().login(), Fixtures.PASSWORD);
        OrderPage order = OrderPage.open(portal, network.customer().organizationId());

        String customer = order.customer();
        String login = network.customer().login();
        assertTrue(
                customer.contains(login.substring(login.indexOf('@') + 1)), "names the customer's domain: " + customer);
        assertTrue(customer.contains("Browser Test"), "names the customer: " + customer);

        WebElement option = order.openOfferOption(0, offer);
        assertTrue(option.getText().contains(name), "the whole name is shown: " + option.getText());
        assertTrue(
                Boolean.TRUE.equals(((JavascriptExecutor) portal.driver())
                        .executeScript(
                                "var e = arguments[0].closest('td') || arguments[0];"
                                        + " return e.scrollWidth <= e.clientWidth;",
                                option)),
                "the offer's name fits its option");
        portal.evidence("place-order-offers-en");
        order.closeOfferChooser(0);

        // errors at the fields, gone once the values are corrected
        order.quantityAndLeave(0, "0");
        order.awaitQuantityMessage(0, "Enter a whole number of licenses");
        order.place();
        order.awaitOfferMessage(0, "Choose an offer.");
        order.pick(0, offer);
        order.awaitNoOfferMessage(0);
        order.quantityAndLeave(0, "3");
        order.awaitNoQuantityMessage(0);
        portal.evidence("place-order-en");

        order.place();
        order.awaitMessage("The customer's subscriptions are updated.");
    }
}
