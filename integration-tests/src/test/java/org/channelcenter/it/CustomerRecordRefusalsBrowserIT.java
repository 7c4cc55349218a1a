package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Licensing;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The customer record's Users and Licenses sections tell the user why a change was refused, in the dialog that
 * asked and at the field concerned, on the customer's page (whose form does not prepend its id) and in the
 * Customers page's row expansion: a taken user name, an email the boundary refuses, a full subscription, no
 * user chosen, a license unassigned meanwhile, a customer that removed the partner meanwhile. A success is told
 * once. Each test builds its network: a provider and a reseller in a partnership, both related to one customer,
 * a subscription of one license the provider ordered, assigned to the customer's user ada.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerRecordRefusalsBrowserIT {

    private static final String RECORD = "customersForm:customers:0:";

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private Created provider;
    private Created reseller;
    private Created customer;
    private long subscription;
    private String ada;
    private String bob;

    @BeforeEach
    void network() {
        provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), provider.organizationId(), reseller.organizationId());
        subscription = order(Ordering.offer(1, 50, true));
        Properties added = Licensing.addUser(reseller.login(), customer.organizationId(), "ada");
        ada = added.getProperty("login");
        assertEquals("ok", Licensing.assign(reseller.login(), subscription, added.getProperty("id")).getProperty("result"));
        bob = Licensing.addUser(reseller.login(), customer.organizationId(), "bob").getProperty("login");
    }

    /** A new subscription of one license of that offer, as the provider orders it; its id. */
    private long order(long offer) {
        Properties placed = Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(),
                offer + ":1");
        assertEquals("ok", placed.getProperty("result"), placed.toString());
        return Long.parseLong(placed.getProperty("lines").split(":")[0]);
    }

    @Test
    void theCustomersPageTellsEachRefusalInItsDialogAndEachSuccessOnce() {
        WebDriver browser = browsers.open("en");
        PortalPage portal = signedIn(browser);
        portal.open("customers/customer.xhtml?customer=" + customer.organizationId());
        portal.waitForScripts();
        assertEquals("1 of 1", portal.text("licenseUse:0:licenseUseCount"));
        assertTrue(browser.findElements(By.cssSelector("[id^='customerUsers:'][id*='j_idt'],"
                + " [id^='licenseUse:'][id*='j_idt'], [id^='licenseAssignments:'][id*='j_idt'],"
                + " [id^='orderHistoryForm:orders:'][id*='j_idt']")).isEmpty(), "the tables' columns have ids");

        // Add user: a taken user name, at the field
        portal.click("addCustomerUser", "customerUserDisplayName");
        portal.type("customerUserDisplayName", "Another Ada").type("customerUserName", "ada")
                .type("customerUserEmail", "another.ada@mail.example");
        PortalPage.press(browser, "saveCustomerUser");
        assertAt(portal, "customerUserNameMessage", "This user name is already taken");
        assertTrue(browser.findElement(By.id("addCustomerUserDialog")).isDisplayed(), "the dialog stays open");
        PortalPage.press(browser, "cancelCustomerUser");

        // Edit: an email the page lets through but the boundary's Bean Validation refuses, at the field
        PortalPage.press(browser, userRowButton(browser, bob, "editCustomerUser"));
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editCustomerUserEmail")));
        assertTrue(portal.text("editedCustomerUser").contains(bob));
        portal.type("editCustomerUserEmail", "bob..smith@mail.example");
        PortalPage.press(browser, "updateCustomerUser");
        assertAt(portal, "editCustomerUserEmailMessage", "Enter a valid email address");
        assertTrue(portal.revealsNothingInternal());
        PortalPage.press(browser, "cancelEditCustomerUser");

        // Assign license: no user chosen, then the only license is taken, both at the field
        portal.click("licenseUse:0:assignLicense", "licenseUser_input");
        assertTrue(portal.text("assignLicenseSubscription").contains("1 of 1"));
        PortalPage.press(browser, "confirmAssign");
        assertAt(portal, "licenseUserMessage", "Choose a user.");
        choose(portal, "bob", bob);
        PortalPage.press(browser, "confirmAssign");
        assertAt(portal, "licenseUserMessage", "All 1 licenses of this subscription are assigned.");
        assertTrue(browser.findElement(By.id("assignLicenseDialog")).isDisplayed(), "the dialog stays open");
        PortalPage.press(browser, "cancelAssign");

        // Unassign: someone else unassigned the license while the dialog was open
        portal.click("licenseAssignments:0:unassignLicense", "confirmUnassign");
        assertTrue(portal.text("unassignLicenseQuestion").contains(ada));
        String[] assignment = Licensing.as(reseller.login(), "assignments", "customer",
                Long.toString(customer.organizationId())).getProperty("rows").split("\\|");
        assertEquals("ok", Licensing.as(reseller.login(), "unassign", "id", assignment[0], "version", assignment[3])
                .getProperty("result"));
        PortalPage.press(browser, "confirmUnassign");
        assertAt(portal, "unassignLicenseMessages", "This license was unassigned already.");
        assertTrue(browser.findElement(By.id("unassignLicenseDialog")).isDisplayed(), "the dialog stays open");
        portal.waiting().until(d -> "0 of 1".equals(d.findElement(By.id("licenseUse:0:licenseUseCount")).getText()));
        PortalPage.press(browser, "cancelUnassign");

        // a success is told once, above the section of the command
        portal.click("licenseUse:0:assignLicense", "licenseUser_input");
        choose(portal, "bob", bob);
        PortalPage.press(browser, "confirmAssign");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignLicenseDialog")));
        portal.waiting().until(d -> "1 of 1".equals(d.findElement(By.id("licenseUse:0:licenseUseCount")).getText()));
        assertTrue(portal.text("licensesMessages").contains("was assigned to " + bob));
        assertEquals(1, shown(browser, "was assigned to " + bob), "the assignment is told once");
        assertEquals("1", browser.findElement(By.xpath("//tbody[@id='customerUsers_data']/tr[contains(.,'" + bob
                + "')]//span[contains(@class,'cc-customer-user-licenses')]")).getText(), "the users table is refreshed");

        // Deactivate: the customer removed the reseller while the dialog was open
        PortalPage.press(browser, userRowButton(browser, bob, "deactivateCustomerUser"));
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmDeactivateCustomerUser")));
        assertTrue(portal.text("customerUserStatusQuestion").contains(bob));
        assertEquals("Deactivate user", portal.text("customerUserStatusTitle"));
        CustomerRelations.removePartner(customer.login(), "RESELLER");
        PortalPage.press(browser, "confirmDeactivateCustomerUser");
        assertAt(portal, "customerUserStatusMessages", "There is no such customer");
        assertTrue(browser.findElement(By.id("customerUserStatusDialog")).isDisplayed(), "the dialog stays open");
        assertEquals(0, CustomerRelations.auditEvents("CUSTOMER_USER_DEACTIVATED", bob));
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void theRowExpansionTellsFieldRefusalsInItsOwnRecordAndSaysWhenNotAllSubscriptionsAreShown() {
        WebDriver browser = browsers.open("en");
        PortalPage portal = signedIn(browser);
        portal.open("customers/customers.xhtml");
        portal.waitForScripts();
        expand(browser, portal);

        // the dialogs' texts have ids of the row, so that two open records do not share them
        portal.click(RECORD + "licenseAssignments:0:unassignLicense", RECORD + "confirmUnassign");
        assertTrue(portal.text(RECORD + "unassignLicenseQuestion").contains(ada));
        PortalPage.press(browser, RECORD + "cancelUnassign");

        portal.click(RECORD + "addCustomerUser", RECORD + "customerUserDisplayName");
        portal.type(RECORD + "customerUserDisplayName", "Another Bob").type(RECORD + "customerUserName", "bob")
                .type(RECORD + "customerUserEmail", "another.bob@mail.example");
        PortalPage.press(browser, RECORD + "saveCustomerUser");
        assertAt(portal, RECORD + "customerUserNameMessage", "This user name is already taken");
        PortalPage.press(browser, RECORD + "cancelCustomerUser");

        portal.click(RECORD + "licenseUse:0:assignLicense", RECORD + "licenseUser_input");
        choose(portal, RECORD, "bob", bob);
        PortalPage.press(browser, RECORD + "confirmAssign");
        assertAt(portal, RECORD + "licenseUserMessage", "All 1 licenses of this subscription are assigned.");
        PortalPage.press(browser, RECORD + "cancelAssign");

        // 26 open subscriptions: the record shows the newest 25 of them, and says so
        assertTrue(browser.findElements(By.id(RECORD + "licenseUseTruncated")).isEmpty());
        for (int i = 0; i < 25; i++) {
            order(Ordering.offer(1, 50, true)); // another offer each time: one subscription each
        }
        portal.open("customers/customers.xhtml");
        portal.waitForScripts();
        expand(browser, portal);
        assertEquals("The newest 25 open subscriptions are shown.", portal.text(RECORD + "licenseUseTruncated"));
        assertEquals(25, browser.findElements(By.cssSelector("[id^='" + RECORD + "licenseUse:'][id$=':licenseUseCount']"))
                .size());
    }

    /** The reseller's admin, signed in. */
    private PortalPage signedIn(WebDriver browser) {
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        return portal;
    }

    private static void expand(WebDriver browser, PortalPage portal) {
        browser.findElement(By.xpath("//a[@id='" + RECORD + "customerLink']/parent::td/div[contains(@class,"
                + "'ui-row-toggler')]")).click();
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(RECORD + "licenseAssignments")));
    }

    /** Waits until the element with that id shows the text. */
    private static void assertAt(PortalPage portal, String id, String text) {
        try {
            portal.waiting().until(d -> d.findElement(By.id(id)).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            portal.evidence("refusal-" + id.replace(':', '_'));
            throw new AssertionError(id + " does not show '" + text + "'", e);
        }
    }

    private static void choose(PortalPage portal, String typed, String login) {
        choose(portal, "", typed, login);
    }

    private static void choose(PortalPage portal, String prefix, String typed, String login) {
        portal.type(prefix + "licenseUser_input", typed);
        portal.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + login + "')]"))).click();
    }

    /** The id of that button in the users table's row of that user. */
    private static String userRowButton(WebDriver browser, String login, String button) {
        return browser.findElement(By.xpath("//tbody[@id='customerUsers_data']/tr[contains(., '" + login
                + "')]//button[substring(@id, string-length(@id) - " + (button.length()) + ") = ':" + button + "']"))
                .getAttribute("id");
    }

    /** How many messages on screen say that. */
    private static long shown(WebDriver browser, String text) {
        List<WebElement> messages = browser.findElements(By.xpath("//div[contains(@class,'ui-messages-info')]"
                + "[contains(., '" + text + "')]"));
        return messages.stream().filter(WebElement::isDisplayed).count();
    }
}
