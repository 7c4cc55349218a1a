package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelcenter.it.pages.AuditLogPage;
import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.pages.CustomerRecord;
import org.channelcenter.it.pages.CustomersPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.OrderPage;
import org.channelcenter.it.pages.SetPasswordPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The issue's whole flow in real browsers (SPEC §7, §9): a provider's admin orders 10 licenses for a customer it
 * shares with a reseller; the reseller's admin finds the subscription through the customer's row summary on the
 * Customers page and follows it to the customer's page, adds a user to the customer there and assigns that user a license; then the audit log shows
 * each step to staff and to the reseller's admin. Every step after the network itself is done in the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderToLicenseBrowserIT {

    private static final List<String> STEPS =
            List.of("Order placed", "Subscription created", "Customer user added", "License assigned");

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aProviderOrdersTheResellerAddsAUserAndAssignsALicenseAndTheAuditLogShowsEachStep() {
        SampleNetwork network = SampleNetwork.create();
        Created provider = network.provider();
        Created reseller = network.reseller();
        Created customer = network.customer();
        long offer = Ordering.offer(1, 50, true);
        String customerDomain = customer.login().substring(customer.login().indexOf('@') + 1);
        String newUser = "lee.chen@" + customerDomain;

        // the provider's admin orders 10 licenses on Place order
        WebDriver providerBrowser = browsers.open("en");
        PortalPage providerPortal = new PortalPage(providerBrowser);
        providerPortal.signIn(provider.login(), Fixtures.PASSWORD);
        OrderPage order = OrderPage.open(providerPortal, customer.organizationId());
        order.offer(0, offer).quantity(0, "10").place();
        order.awaitMessage("placed");

        // the reseller's admin opens the customer's row on Customers: the subscription and its 10 free licenses
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        CustomerRecord summary = CustomersPage.open(portal).table().expand(customer.organizationId());
        assertEquals(1, summary.summaryCount("Subscriptions"));
        assertEquals(0, summary.summaryCount("Licenses"));
        long usersBefore = summary.summaryCount("Users");
        assertTrue(usersBefore >= 1, "the customer's admin counts");
        // its Subscriptions count leads to that section of the customer's page
        CustomerPage customerPage = summary.followSummary("Subscriptions");
        portal.waiting().until(d -> customerPage.shows(CustomerPage.Section.SUBSCRIPTIONS));
        String subscriptions = customerPage.record().subscriptions();
        assertTrue(
                subscriptions.contains("10")
                        && subscriptions.contains("Active")
                        && subscriptions.contains("Browser Test PROVIDER"),
                subscriptions);
        CustomerRecord record = CustomerPage.openReady(portal, customer.organizationId(), CustomerPage.Section.USERS)
                .record();
        assertEquals("0 of 10", record.licenseUse());
        assertTrue(record.users().contains("Customer admin"), "the customer's admin is listed");

        // Add user: the dialog refuses a missing name at the field, then adds the user
        record.addUser().saveUser();
        record.awaitDisplayNameMessage("Enter the name of the user.");
        record.newUser("Lee Chen", "lee.chen", "lee.chen@mail.example");
        assertEquals("@" + customerDomain, record.newUserDomain());
        record.saveUser();
        record.awaitUserAdded();
        record.awaitUsersText(newUser);
        assertTrue(record.usersMessages().contains("User " + newUser + " added."));
        // as delivered: the outbox itself keeps no readable link
        String mail = smtp.awaitMailTo("lee.chen@mail.example").body();
        assertTrue(mail.contains("Browser Test RESELLER") && mail.contains(SetPasswordPage.PATH + "?token="), mail);

        // Assign license: the user is chosen from the matches of what is typed
        record.assignLicense().chooseUser("Lee", newUser).confirmAssign();
        record.awaitAssigned();
        record.awaitLicenseUse("1 of 10");
        assertEquals(newUser, record.firstAssignee());
        assertTrue(record.licensesMessages().contains("was assigned to " + newUser));
        assertEquals("1", record.licensesOf(newUser));
        assertTrue(portal.revealsNothingInternal());

        // the row's summary counts the license in use and the user added
        CustomerRecord after = CustomersPage.open(portal).table().expand(customer.organizationId());
        assertEquals(1, after.summaryCount("Licenses"));
        assertEquals(usersBefore + 1, after.summaryCount("Users"));

        // the reseller's dashboard counts the license use
        assertEquals("1 / 10", DashboardPage.open(portal).tileCount("licenses"));

        // the reseller's admin reads each step in Account settings › Audit log
        assertSteps(AuditLogPage.openAccount(portal), provider, reseller, newUser);

        // and so does staff, narrowed to the reseller's organization
        Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        WebDriver staffBrowser = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staffBrowser);
        staffPortal.signIn(staff.login(), Fixtures.PASSWORD);
        AuditLogPage staffAudit = AuditLogPage.openStaff(staffPortal);
        staffAudit.organization(reseller.login().substring(reseller.login().indexOf('@') + 1));
        staffAudit.applyFilters();
        assertSteps(staffAudit, provider, reseller, newUser);

        // the customer's own page carries the same sections, under the same ids: unassign, then deactivate
        CustomerRecord page = CustomerPage.openReady(portal, customer.organizationId(), CustomerPage.Section.USERS)
                .record();
        assertEquals("1 of 10", page.licenseUse());
        assertTrue(page.unassignFirst().contains(newUser));
        page.confirmUnassign();
        page.awaitLicenseUse("0 of 10");
        page.deactivateTheOnlyDeactivatable().confirmDeactivate();
        page.awaitUsersText("Inactive");
        assertTrue(!page.offersDeactivate(), "the customer's admin has no such button, and the user is inactive now");
        assertEquals(1, CustomerRelations.auditEvents("CUSTOMER_USER_DEACTIVATED", newUser));
        assertTrue(portal.revealsNothingInternal());
    }

    /** The log holds the four steps, each by its actor: the order by the provider, the rest by the reseller. */
    private static void assertSteps(AuditLogPage audit, Created provider, Created reseller, String newUser) {
        audit.awaitEvents(STEPS);
        for (String step : STEPS) {
            String row = audit.eventWith(step);
            String actor =
                    step.startsWith("Order") || step.startsWith("Subscription") ? provider.login() : reseller.login();
            assertTrue(row.contains(actor), step + ": " + row);
        }
        String added = audit.eventWith("Customer user added");
        assertTrue(added.contains(newUser), added);
        String assigned = audit.eventWith("License assigned");
        assertTrue(assigned.contains("user " + newUser), assigned);
    }
}
