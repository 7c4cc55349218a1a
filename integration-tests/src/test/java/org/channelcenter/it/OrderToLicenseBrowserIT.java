package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The issue's whole flow in real browsers (SPEC §7, §9): a provider's admin orders 10 licenses for a customer it
 * shares with a reseller; the reseller's admin finds the subscription in the customer's expanded record on the
 * Customers page, adds a user to the customer there and assigns that user a license; then the audit log shows
 * each step to staff and to the reseller's admin. Every step after the network itself is done in the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderToLicenseBrowserIT {

    private static final String RECORD = "customersForm:customers:0:";
    private static final List<String> STEPS = List.of("Order placed", "Subscription created", "Customer user added",
            "License assigned");

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aProviderOrdersTheResellerAddsAUserAndAssignsALicenseAndTheAuditLogShowsEachStep() {
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(customer.organizationId(), provider.organizationId(), reseller.organizationId());
        long offer = Ordering.offer(1, 50, true);
        String customerDomain = customer.login().substring(customer.login().indexOf('@') + 1);
        String newUser = "lee.chen@" + customerDomain;

        // the provider's admin orders 10 licenses on Place order
        WebDriver providerBrowser = browsers.open("en");
        PortalPage providerPortal = new PortalPage(providerBrowser);
        providerPortal.signIn(provider.login(), Fixtures.PASSWORD);
        providerPortal.open("customers/order.xhtml?customer=" + customer.organizationId());
        providerPortal.waitForScripts();
        providerPortal.select("orderOffer0", Long.toString(offer));
        providerPortal.type("orderForm:lines:0:quantity", "10");
        PortalPage.press(providerBrowser, "orderForm:placeOrder");
        providerPortal.waiting().until(d -> d.findElement(By.id("orderForm:messages")).getText().contains("placed"));

        // the reseller's admin opens the customer's row on Customers: the subscription and its 10 free licenses
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        portal.open("customers/customers.xhtml");
        portal.waitForScripts();
        browser.findElement(By.xpath("//a[@id='" + RECORD + "customerLink']/parent::td/div[contains(@class,"
                + "'ui-row-toggler')]")).click();
        String subscriptions = portal.text(RECORD + "subscriptions");
        assertTrue(subscriptions.contains("10") && subscriptions.contains("Active")
                && subscriptions.contains("Browser Test PROVIDER"), subscriptions);
        assertEquals("0 of 10", portal.text(RECORD + "licenseUse:0:licenseUseCount"));
        assertTrue(portal.text(RECORD + "customerUsers").contains("Customer admin"), "the customer's admin is listed");

        // Add user: the dialog refuses a missing name at the field, then adds the user
        portal.click(RECORD + "addCustomerUser", RECORD + "customerUserDisplayName");
        PortalPage.press(browser, RECORD + "saveCustomerUser");
        portal.waiting().until(d -> d.findElement(By.id(RECORD + "customerUserDisplayNameMessage")).getText()
                .contains("Enter the name of the user."));
        portal.type(RECORD + "customerUserDisplayName", "Lee Chen");
        portal.type(RECORD + "customerUserName", "lee.chen");
        portal.type(RECORD + "customerUserEmail", "lee.chen@mail.example");
        assertEquals("@" + customerDomain, portal.text(RECORD + "customerUserDomain"));
        PortalPage.press(browser, RECORD + "saveCustomerUser");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(RECORD + "addCustomerUserDialog")));
        portal.waiting().until(d -> d.findElement(By.id(RECORD + "customerUsers")).getText().contains(newUser));
        assertTrue(portal.text(RECORD + "customerUsersMessages").contains("User " + newUser + " added."));
        String mail = Fixtures.latestMail("lee.chen@mail.example", "customerUser.invitation");
        assertNotNull(mail, "the new user is mailed a link to choose a password");
        assertTrue(mail.contains("Browser Test RESELLER") && mail.contains("public/set-password.xhtml?token="), mail);

        // Assign license: the user is chosen from the matches of what is typed
        portal.click(RECORD + "licenseUse:0:assignLicense", RECORD + "licenseUser_input");
        portal.type(RECORD + "licenseUser_input", "Lee");
        portal.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + newUser + "')]"))).click();
        PortalPage.press(browser, RECORD + "confirmAssign");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(RECORD + "assignLicenseDialog")));
        portal.waiting().until(d -> "1 of 10".equals(d.findElement(By.id(RECORD + "licenseUse:0:licenseUseCount")).getText()));
        assertEquals(newUser, portal.text(RECORD + "licenseAssignments:0:assigneeLogin"));
        assertTrue(portal.text(RECORD + "licensesMessages").contains("was assigned to " + newUser));
        assertEquals("1", browser.findElement(By.xpath("//tbody[@id='" + RECORD + "customerUsers_data']/tr[contains(.,'"
                + newUser + "')]//span[contains(@class,'cc-customer-user-licenses')]")).getText());
        assertTrue(portal.revealsNothingInternal());

        // the reseller's dashboard counts the license use
        portal.open("dashboard.xhtml");
        assertEquals("1 / 10", portal.tileCount("licenses"));

        // the reseller's admin reads each step in Account settings › Audit log
        portal.open("account/audit.xhtml");
        portal.waitForScripts();
        assertSteps(portal, provider, reseller, newUser);

        // and so does staff, narrowed to the reseller's organization
        Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        WebDriver staffBrowser = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staffBrowser);
        staffPortal.signIn(staff.login(), Fixtures.PASSWORD);
        staffPortal.open("staff/audit.xhtml");
        staffPortal.waitForScripts();
        String resellerDomain = reseller.login().substring(reseller.login().indexOf('@') + 1);
        staffPortal.type("auditForm:organization_input", resellerDomain);
        staffPortal.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + resellerDomain + "')]"))).click();
        PortalPage.press(staffBrowser, "auditForm:applyFilters");
        assertSteps(staffPortal, provider, reseller, newUser);

        // the customer's own page carries the same sections, under the same ids: unassign, then deactivate
        portal.open("customers/customer.xhtml?customer=" + customer.organizationId());
        portal.waitForScripts();
        assertEquals("1 of 10", portal.text("licenseUse:0:licenseUseCount"));
        portal.click("licenseAssignments:0:unassignLicense", "confirmUnassign");
        assertTrue(portal.text("unassignLicenseQuestion").contains(newUser));
        PortalPage.press(browser, "confirmUnassign");
        portal.waiting().until(d -> "0 of 10".equals(d.findElement(By.id("licenseUse:0:licenseUseCount")).getText()));
        String deactivate = browser.findElement(By.cssSelector("[id$=':deactivateCustomerUser']")).getAttribute("id");
        portal.click(deactivate, "confirmDeactivateCustomerUser");
        PortalPage.press(browser, "confirmDeactivateCustomerUser");
        portal.waiting().until(d -> d.findElement(By.id("customerUsers")).getText().contains("Inactive"));
        assertTrue(browser.findElements(By.cssSelector("[id$=':deactivateCustomerUser']")).isEmpty(),
                "the customer's admin has no such button, and the user is inactive now");
        assertEquals(1, CustomerRelations.auditEvents("CUSTOMER_USER_DEACTIVATED", newUser));
        assertTrue(portal.revealsNothingInternal());
    }

    /** The log holds the four steps, each by its actor: the order by the provider, the rest by the reseller. */
    private static void assertSteps(PortalPage portal, Created provider, Created reseller, String newUser) {
        portal.waiting().until(d -> {
            String events = d.findElement(By.id("auditForm:events")).getText();
            return STEPS.stream().allMatch(events::contains);
        });
        WebDriver browser = portal.driver();
        for (String step : STEPS) {
            String row = browser.findElement(By.xpath("//tbody[@id='auditForm:events_data']/tr[contains(., '"
                    + step + "')]")).getText();
            String actor = step.startsWith("Order") || step.startsWith("Subscription") ? provider.login() : reseller.login();
            assertTrue(row.contains(actor), step + ": " + row);
        }
        String added = browser.findElement(By.xpath("//tbody[@id='auditForm:events_data']/tr[contains(., "
                + "'Customer user added')]")).getText();
        assertTrue(added.contains(newUser), added);
        String assigned = browser.findElement(By.xpath("//tbody[@id='auditForm:events_data']/tr[contains(., "
                + "'License assigned')]")).getText();
        assertTrue(assigned.contains("user " + newUser), assigned);
    }
}
