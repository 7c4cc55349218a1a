package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.channelcenter.it.support.Browsers;
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
 * SPEC §6 in a real browser with real mail: (a) a reseller invites a new customer together with its provider
 * through the draft email panel; the customer follows the mailed link, creates a new directory and authorizes;
 * (b) a reseller requests a relationship with an existing customer, whose global admin signs in on the page and
 * accepts. Afterwards the customer is the reseller's and the provider's, and the partners are mailed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerInvitationBrowserIT {

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aResellerInvitesANewCustomerTogetherWithItsProviderAndTheCustomerCreatesADirectory() {
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        long partnership = Partnering.partnership(provider.organizationId(), reseller.organizationId());
        String recipient = "owner-" + System.nanoTime() + "@customer.example";

        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        PortalPage.press(resellerBrowser, "menuForm:menuIndirectProviders");
        resellerPortal.waiting().until(d -> d.getCurrentUrl().endsWith("/partners/providers.xhtml"));
        partnerRow(resellerBrowser, domainOf(provider.login()))
                .findElement(By.xpath(".//a[contains(@id,':inviteCustomers')] | .//button[contains(@id,':inviteCustomers')]"))
                .click();
        resellerPortal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inviteForm:recipientEmail")));
        assertEquals("Invite new customers", resellerPortal.text("pageTitle"));
        assertTrue(resellerPortal.text("inviteIntro").contains("Browser Test PROVIDER"));
        assertTrue(resellerPortal.text("importantNote").contains("needs to have a reseller relationship"));

        // bad input is refused at the field
        resellerPortal.type("inviteForm:recipientEmail", "not-an-address");
        PortalPage.press(resellerBrowser, "inviteForm:next");
        resellerPortal.waiting().until(d -> d.findElement(By.id("inviteForm:recipientEmailMessage")).getText()
                .contains("Enter a valid email address"));

        resellerPortal.type("inviteForm:recipientEmail", recipient);
        resellerPortal.type("inviteForm:message", "Let us manage your cloud services.");
        resellerPortal.click("inviteForm:next", "inviteForm:draft:body");
        WebElement body = resellerBrowser.findElement(By.id("inviteForm:draft:body"));
        String draft = body.getAttribute("value");
        assertTrue(draft.contains("Let us manage your cloud services.") && draft.contains("Browser Test PROVIDER"), draft);
        String link = Fixtures.linkIn(draft);
        assertTrue(link.contains("/public/customer-invitation.xhtml?token="), link);
        String mailto = URLDecoder.decode(resellerBrowser.findElement(By.id("inviteForm:draft:openInMailClient"))
                .getAttribute("href"), StandardCharsets.UTF_8);
        assertTrue(mailto.startsWith("mailto:" + recipient) && mailto.contains(link), mailto);

        // without the link the platform refuses to send
        body.clear();
        body.sendKeys("Hello, please accept.");
        PortalPage.press(resellerBrowser, "inviteForm:draft:send");
        resellerPortal.waiting().until(d -> d.findElement(By.id("inviteForm:draft:bodyMessage")).getText()
                .contains("personalized link is no longer in the text"));
        body = resellerBrowser.findElement(By.id("inviteForm:draft:body"));
        body.clear();
        body.sendKeys("Hello! Accept here: " + link + " Thanks.");
        PortalPage.press(resellerBrowser, "inviteForm:draft:send");
        resellerPortal.waiting().until(d -> d.findElement(By.id("messages")).getText()
                .contains("The invitation was sent to " + recipient));
        resellerPortal.click("inviteForm:draft:done", "invitationsForm:invitations");
        assertEquals("Pending", invitationStateOf(resellerBrowser, recipient));

        // the customer follows the mailed link: no account needed to read who asks and what it grants
        MailCatcher.ReceivedMail invitation = smtp.awaitMailTo(recipient);
        assertEquals(link, invitation.link());
        WebDriver customerBrowser = browsers.open("en");
        PortalPage customerPortal = new PortalPage(customerBrowser);
        customerBrowser.get(invitation.link());
        customerPortal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptForm:consent")));
        assertTrue(customerPortal.text("whoAsks").contains("Browser Test RESELLER asks your organization to establish"
                + " reseller relationships with it and with its indirect provider Browser Test PROVIDER"),
                customerPortal.text("whoAsks"));
        assertTrue(customerPortal.text("acceptForm:grants").contains("lets Browser Test PROVIDER submit orders"));

        // consent is required; then "Create new tenant" with bad input is refused at the fields
        String prefix = "cust" + Long.toString(System.nanoTime(), 36);
        customerPortal.type("acceptForm:domainPrefix", prefix);
        customerPortal.type("acceptForm:organizationName", "Browser Test Customer " + prefix);
        customerPortal.select("countryMenu", "DE");
        customerPortal.type("acceptForm:adminFirstName", "Clara");
        customerPortal.type("acceptForm:adminLastName", "Customer");
        customerPortal.type("acceptForm:adminEmail", recipient);
        customerPortal.type("acceptForm:adminPassword", "short");
        PortalPage.press(customerBrowser, "acceptForm:createAndAuthorize");
        customerPortal.waiting().until(d -> d.getPageSource().contains("at least 12"));
        customerPortal.type("acceptForm:adminPassword", "Customer-Password-2026");
        PortalPage.press(customerBrowser, "acceptForm:createAndAuthorize");
        customerPortal.waiting().until(d -> d.findElement(By.id("acceptForm:consentMessage")).getText()
                .contains("Check the box"));
        customerBrowser.findElement(By.cssSelector("#acceptForm\\:consent .ui-chkbox-box")).click();
        customerPortal.type("acceptForm:adminPassword", "Customer-Password-2026");
        PortalPage.press(customerBrowser, "acceptForm:createAndAuthorize");
        customerPortal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptedText")));
        String adminLogin = "admin@" + prefix + ".channel.test";
        assertTrue(customerPortal.text("acceptedText").contains(adminLogin), customerPortal.text("acceptedText"));

        // both partners are mailed
        assertTrue(smtp.awaitMailTo(reseller.login(), m -> m.subject().contains("authorized Browser Test RESELLER"))
                .body().contains("Customers"));
        assertTrue(smtp.awaitMailTo(provider.login(), m -> m.subject().contains("authorized Browser Test PROVIDER"))
                .body().contains("Customers"));

        // the reseller's list shows the invitation accepted by the new customer
        resellerBrowser.navigate().refresh();
        resellerPortal.waitForScripts();
        assertEquals("Accepted", invitationStateOf(resellerBrowser, recipient));
        assertListed(resellerPortal, "Browser Test Customer " + prefix, null);

        // the provider sees the customer, and which reseller it belongs to
        WebDriver providerBrowser = browsers.open("en");
        PortalPage providerPortal = new PortalPage(providerBrowser);
        providerPortal.signIn(provider.login(), Fixtures.PASSWORD);
        assertListed(providerPortal, "Browser Test Customer " + prefix, "Browser Test RESELLER");

        // View customers on Indirect providers shows it too
        resellerPortal.open("partners/shared-customers.xhtml?partnership=" + partnership);
        resellerPortal.waitForScripts();
        assertTrue(resellerBrowser.findElement(By.tagName("body")).getText().contains("Browser Test Customer " + prefix));

        // the new admin signs in to the new directory
        customerPortal.signIn(adminLogin, "Customer-Password-2026");
        customerPortal.waiting().until(d -> d.getCurrentUrl().contains("/dashboard.xhtml"));

        // the link worked once
        customerBrowser.get(invitation.link());
        assertTrue(customerPortal.text("refusalText").contains("already accepted"));
        assertTrue(customerPortal.revealsNothingInternal());
    }

    @Test
    void aResellerRequestsARelationshipAndTheExistingCustomersAdminSignsInAndAccepts() {
        Created reseller = Fixtures.organization("RESELLER", "SALES_AGENT", 0);
        Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);

        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        resellerPortal.open("customers/customers.xhtml");
        resellerPortal.click("requestRelationship", "inviteForm:recipientEmail");
        assertEquals("Request a reseller relationship", resellerPortal.text("pageTitle"));
        resellerPortal.type("inviteForm:recipientEmail", customer.login());
        resellerPortal.click("inviteForm:next", "inviteForm:draft:body");
        PortalPage.press(resellerBrowser, "inviteForm:draft:send");
        resellerPortal.waiting().until(d -> d.findElement(By.id("messages")).getText().contains("was sent"));

        MailCatcher.ReceivedMail invitation = smtp.awaitMailTo(customer.login());
        assertTrue(invitation.subject().contains("requests a reseller relationship"), invitation.subject());
        WebDriver customerBrowser = browsers.open("en");
        PortalPage customerPortal = new PortalPage(customerBrowser);
        customerBrowser.get(invitation.link());
        customerPortal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptForm:consent")));
        assertTrue(customerPortal.text("whoAsks").contains("Browser Test RESELLER asks your organization"));
        assertTrue(customerBrowser.findElements(By.id("providerName")).isEmpty(), "no provider in this request");
        customerBrowser.findElement(By.cssSelector("#acceptForm\\:consent .ui-chkbox-box")).click();

        // a wrong password is refused at the field, and nothing is granted
        customerPortal.type("acceptForm:signInName", customer.login());
        customerPortal.type("acceptForm:password", "wrong-password-1");
        PortalPage.press(customerBrowser, "acceptForm:signInAndAuthorize");
        customerPortal.waiting().until(d -> d.findElement(By.id("acceptForm:passwordMessage")).getText()
                .contains("not correct"));

        customerPortal.type("acceptForm:password", Fixtures.PASSWORD);
        PortalPage.press(customerBrowser, "acceptForm:signInAndAuthorize");
        customerPortal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptedText")));
        assertTrue(customerPortal.text("messages").contains("You authorized Browser Test RESELLER"));

        assertListed(resellerPortal, "Browser Test CUSTOMER", null);
        assertTrue(smtp.awaitMailTo(reseller.login(), m -> m.subject().contains("authorized")).body()
                .contains("Customers"), "the inviting sales agent is told");
    }

    /**
     * The partner's Customers page lists the customer (the partner is new: it has no other customers); a provider
     * also sees the reseller it belongs to.
     */
    private static void assertListed(PortalPage portal, String customerName, String resellerName) {
        PortalPage.press(portal.driver(), "menuForm:menuCustomers");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/customers/customers.xhtml"));
        portal.waitForScripts();
        portal.waiting().until(d -> d.findElement(By.tagName("main")).getText().contains(customerName));
        if (resellerName != null) {
            assertTrue(portal.driver().findElement(By.tagName("main")).getText().contains(resellerName));
        }
    }

    private static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }

    private static WebElement partnerRow(WebDriver driver, String domain) {
        return driver.findElement(By.xpath("//tbody[@id='partnershipsForm:partnerships_data']/tr[.//div[contains(@class,"
                + "'cc-partner-domain')][normalize-space(.)='" + domain + "']]"));
    }

    private static String invitationStateOf(WebDriver driver, String recipient) {
        return driver.findElement(By.xpath("//tbody[@id='invitationsForm:invitations_data']/tr[.//span[contains(@class,"
                + "'cc-invitation-recipient')][normalize-space(.)='" + recipient + "']]//span[contains(@class,"
                + "'cc-invitation-state')]")).getText();
    }
}
