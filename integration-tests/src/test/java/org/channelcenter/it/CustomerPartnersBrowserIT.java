package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 1);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), provider.organizationId(), reseller.organizationId());

        // the reseller's admin has the customer's record open
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        String record = "customers/customer.xhtml?customer=" + customer.organizationId();
        resellerPortal.open(record);
        assertEquals("Browser Test CUSTOMER", resellerPortal.text("recordName"));

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(customer.login(), Fixtures.PASSWORD);
        portal.open("dashboard.xhtml");
        assertEquals("2", portal.tileCount("partners"));
        PortalPage.press(browser, "menuForm:menuPartners");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/customer/partners.xhtml"));
        portal.waitForScripts();

        // both partners, each with its kind and the reseller of record
        WebElement resellerRow = partnerRow(browser, domainOf(reseller.login()));
        assertTrue(resellerRow.getText().contains("Indirect reseller"), resellerRow.getText());
        WebElement providerRow = partnerRow(browser, domainOf(provider.login()));
        assertTrue(providerRow.getText().contains("Indirect provider"), providerRow.getText());
        assertEquals("Browser Test RESELLER", providerRow.findElement(By.className("cc-reseller-name")).getText());

        // the search narrows the list to the provider
        portal.type("partnersForm:search", domainOf(provider.login()));
        portal.waiting().until(d -> rowsOf(d) == 1 && !partnerRows(d, domainOf(provider.login())).isEmpty());
        portal.type("partnersForm:search", "Browser Test");
        portal.waiting().until(d -> rowsOf(d) == 2);

        // Remove asks first, and says what it means
        partnerRow(browser, domainOf(reseller.login())).findElement(By.xpath(".//button[contains(@id,':remove')]")).click();
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("removeForm:confirmRemove")));
        String question = portal.text("removeQuestion");
        assertTrue(question.contains("Browser Test RESELLER") && question.contains("loses its administrator permissions")
                && question.contains("emailed"), question);
        PortalPage.press(browser, "removeForm:confirmRemove");
        portal.waiting().until(d -> d.findElement(By.id("messages")).getText().contains("was removed"));

        // the removed row stays, marked removed, with when and by whom; the provider is untouched
        portal.waiting().until(d -> partnerRow(d, domainOf(reseller.login())).getText().contains("Removed on"));
        resellerRow = partnerRow(browser, domainOf(reseller.login()));
        assertEquals("Removed", resellerRow.findElement(By.className("cc-relationship-status")).getText());
        assertTrue(resellerRow.getText().contains(customer.login()), resellerRow.getText());
        assertTrue(resellerRow.findElements(By.xpath(".//button[contains(@id,':remove')]")).isEmpty(),
                "a removed partner cannot be removed again");
        assertEquals("Active", partnerRow(browser, domainOf(provider.login()))
                .findElement(By.className("cc-relationship-status")).getText());

        // without "show removed" only the active partner is listed; with it, the history is back
        browser.findElement(By.cssSelector("#partnersForm\\:showRemoved .ui-chkbox-box")).click();
        portal.waiting().until(d -> rowsOf(d) == 1 && partnerRows(d, domainOf(reseller.login())).isEmpty());
        browser.findElement(By.cssSelector("#partnersForm\\:showRemoved .ui-chkbox-box")).click();
        portal.waiting().until(d -> rowsOf(d) == 2 && partnerRow(d, domainOf(reseller.login())).getText()
                .contains("Removed"));
        assertTrue(portal.revealsNothingInternal());

        // the reseller can no longer open the customer, in the same session, at its very next request
        resellerPortal.open(record);
        assertTrue(resellerPortal.text("customerRefused").contains("not available"));
        assertTrue(resellerBrowser.findElements(By.id("recordName")).isEmpty(), "no customer data");
        assertTrue(resellerPortal.revealsNothingInternal());
        PortalPage.press(resellerBrowser, "menuForm:menuCustomers");
        resellerPortal.waiting().until(d -> d.getCurrentUrl().endsWith("/customers/customers.xhtml"));
        resellerPortal.waitForScripts();
        assertTrue(!resellerBrowser.findElement(By.tagName("main")).getText().contains("Browser Test CUSTOMER"),
                "gone from the reseller's Customers page");

        // the reseller's admin hears of it over SMTP
        MailCatcher.ReceivedMail removed = smtp.awaitMailTo(reseller.login(), m -> m.subject().contains("removed"));
        assertTrue(removed.body().contains("no longer has administrator permissions"), removed.body());

        portal.open("dashboard.xhtml");
        assertEquals("1", portal.tileCount("partners"));

        // the page is the customer's global admin's only: the customer's other users get the 403 page
        WebDriver other = browsers.open("en");
        PortalPage helpdeskPortal = new PortalPage(other);
        helpdeskPortal.signIn("user1@" + domainOf(customer.login()), Fixtures.PASSWORD);
        helpdeskPortal.waitForScripts();
        assertTrue(other.findElements(By.id("menuForm:menuPartners")).isEmpty(), "no Partners entry for them");
        helpdeskPortal.open("customer/partners.xhtml");
        assertEquals("Access denied", helpdeskPortal.text("errorTitle"));
        assertTrue(other.findElements(By.id("partnersForm:partners")).isEmpty(), "no partner data");
        assertTrue(helpdeskPortal.revealsNothingInternal());
    }

    private static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }

    private static long rowsOf(WebDriver driver) {
        return driver.findElements(By.xpath("//tbody[@id='partnersForm:partners_data']/tr[.//div[contains(@class,"
                + "'cc-partner-domain')]]")).size();
    }

    private static java.util.List<WebElement> partnerRows(WebDriver driver, String domain) {
        return driver.findElements(By.xpath("//tbody[@id='partnersForm:partners_data']/tr[.//div[contains(@class,"
                + "'cc-partner-domain')][normalize-space(.)='" + domain + "']]"));
    }

    private static WebElement partnerRow(WebDriver driver, String domain) {
        return driver.findElement(By.xpath("//tbody[@id='partnersForm:partners_data']/tr[.//div[contains(@class,"
                + "'cc-partner-domain')][normalize-space(.)='" + domain + "']]"));
    }
}
