package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.CustomerPage;
import org.channelcenter.it.pages.CustomerRecord;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Licensing;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

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
        SampleNetwork network = SampleNetwork.create();
        provider = network.provider();
        reseller = network.reseller();
        customer = network.customer();
        subscription = order(Ordering.offer(1, 50, true));
        ProbeAnswer added = Licensing.addUser(reseller.login(), customer.organizationId(), "ada");
        ada = added.value("login");
        assertEquals(
                "ok",
                Licensing.assign(reseller.login(), subscription, added.value("id"))
                        .outcome());
        bob = Licensing.addUser(reseller.login(), customer.organizationId(), "bob")
                .value("login");
    }

    /** A new subscription of one license of that offer, as the provider orders it; its id. */
    private long order(long offer) {
        ProbeAnswer placed =
                Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":1");
        assertEquals("ok", placed.outcome(), placed.toString());
        return Long.parseLong(placed.value("lines").split(":")[0]);
    }

    @Test
    void theCustomersPageTellsEachRefusalInItsDialogAndEachSuccessOnce() {
        WebDriver browser = browsers.open("en");
        PortalPage portal = signedIn(browser);
        CustomerRecord record = CustomerPage.openReady(portal, customer.organizationId(), CustomerPage.Section.USERS)
                .record();
        assertEquals("1 of 1", record.licenseUse());
        assertTrue(record.tableColumnsHaveIds(), "the tables' columns have ids");

        // Add user: a taken user name, at the field
        record.addUser()
                .newUser("Another Ada", "ada", "another.ada@mail.example")
                .saveUser();
        record.awaitUserNameMessage("This user name is already taken");
        assertTrue(record.addUserDialogShown(), "the dialog stays open");
        record.cancelAddUser();

        // Edit: an email the page lets through but the boundary's Bean Validation refuses, at the field
        record.edit(bob);
        assertTrue(record.editedUser().contains(bob));
        record.editedEmail("bob..smith@mail.example").update();
        record.awaitEditedEmailMessage("Enter a valid email address");
        assertTrue(portal.revealsNothingInternal());
        record.cancelEdit();

        // Assign license: no user chosen, then the only license is taken, both at the field
        record.assignLicense();
        assertTrue(record.assignedSubscription().contains("1 of 1"));
        assertEquals("", record.licenseUserTyped(), "the User field opens empty (it held \" ()\")");
        record.confirmAssign();
        record.awaitLicenseUserMessage("Choose a user.");
        record.chooseUser("bob", bob).confirmAssign();
        record.awaitLicenseUserMessage("All 1 licenses of this subscription are assigned.");
        assertTrue(record.assignDialogShown(), "the dialog stays open");
        record.cancelAssign();

        // Unassign: someone else unassigned the license while the dialog was open
        assertTrue(record.unassignFirst().contains(ada));
        String[] assignment = Licensing.as(
                        reseller.login(), "assignments", "customer", Long.toString(customer.organizationId()))
                .value("rows")
                .split("\\|");
        assertEquals(
                "ok",
                Licensing.as(reseller.login(), "unassign", "id", assignment[0], "version", assignment[3])
                        .outcome());
        record.confirmUnassign();
        record.awaitUnassignMessage("This license was unassigned already.");
        assertTrue(record.unassignDialogShown(), "the dialog stays open");
        record.awaitLicenseUse("0 of 1");
        record.cancelUnassign();

        // a success is told once, above the section of the command
        record.assignLicense().chooseUser("bob", bob).confirmAssign();
        record.awaitAssigned();
        record.awaitLicenseUse("1 of 1");
        assertTrue(record.licensesMessages().contains("was assigned to " + bob));
        assertEquals(1, record.shown("was assigned to " + bob), "the assignment is told once");
        assertEquals("1", record.licensesOf(bob), "the users table is refreshed");

        // Deactivate: the customer removed the reseller while the dialog was open
        record.deactivate(bob);
        assertTrue(record.statusQuestion().contains(bob));
        assertEquals("Deactivate user", record.statusTitle());
        CustomerRelations.removePartner(customer.login(), "RESELLER");
        record.confirmDeactivate();
        record.awaitStatusMessage("There is no such customer");
        assertTrue(record.statusDialogShown(), "the dialog stays open");
        assertEquals(0, CustomerRelations.auditEvents("CUSTOMER_USER_DEACTIVATED", bob));
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void theUsersSectionTellsFieldRefusalsInItsDialogsAndSaysWhenNotAllSubscriptionsAreShown() {
        WebDriver browser = browsers.open("en");
        PortalPage portal = signedIn(browser);
        CustomerRecord record = CustomerPage.openReady(portal, customer.organizationId(), CustomerPage.Section.USERS)
                .record()
                .awaitLicenses();

        assertTrue(record.unassignFirst().contains(ada));
        record.cancelUnassign();

        record.addUser()
                .newUser("Another Bob", "bob", "another.bob@mail.example")
                .saveUser();
        record.awaitUserNameMessage("This user name is already taken");
        record.cancelAddUser();

        record.assignLicense().chooseUser("bob", bob).confirmAssign();
        record.awaitLicenseUserMessage("All 1 licenses of this subscription are assigned.");
        record.cancelAssign();

        // 26 open subscriptions: the record shows the newest 25 of them, and says so
        assertTrue(!record.saysLicenseUseTruncated());
        for (int i = 0; i < 25; i++) {
            order(Ordering.offer(1, 50, true)); // another offer each time: one subscription each
        }
        record = CustomerPage.openReady(portal, customer.organizationId(), CustomerPage.Section.USERS)
                .record()
                .awaitLicenses();
        assertEquals("The newest 25 open subscriptions are shown.", record.licenseUseTruncated());
        assertEquals(25, record.licenseUseRows());
    }

    /**
     * Issue 16, defect 4: Add user after the customer removed the partner is refused in the dialog that asked, in
     * the user's language (Russian here), and the success notice of the user added before goes.
     */
    @Test
    void aCommandRefusedAfterThePartnerWasRemovedIsToldInTheDialogInTheUsersLanguage() {
        WebDriver browser = browsers.open("ru");
        PortalPage portal = signedIn(browser);
        CustomerRecord record = CustomerPage.openReady(portal, customer.organizationId(), CustomerPage.Section.USERS)
                .record();
        record.addUser().newUser("Carl", "carl", "carl@mail.example").saveUser();
        record.awaitUserAdded();
        portal.waiting().until(d -> record.usersMessagesNow().contains("carl@"));

        CustomerRelations.removePartner(customer.login(), "RESELLER");
        record.addUser().newUser("Dora", "dora", "dora@mail.example").saveUser();
        record.awaitAddUserMessage("Для вашей организации нет такого клиента");
        assertTrue(record.addUserDialogShown(), "the dialog stays open with the refusal");
        assertTrue(!record.usersMessagesNow().contains("carl@"), "the earlier success notice went");
        portal.evidence("customer-record-refusal-ru");
        assertTrue(portal.revealsNothingInternal());
    }

    /** The reseller's admin, signed in. */
    private PortalPage signedIn(WebDriver browser) {
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        return portal;
    }
}
