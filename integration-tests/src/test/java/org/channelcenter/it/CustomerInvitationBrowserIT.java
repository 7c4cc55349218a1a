package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.channelcenter.it.pages.CustomerInvitationPage;
import org.channelcenter.it.pages.CustomersPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.DraftEmail;
import org.channelcenter.it.pages.InviteCustomersPage;
import org.channelcenter.it.pages.ProvidersPage;
import org.channelcenter.it.pages.SentInvitations;
import org.channelcenter.it.pages.SharedCustomersPage;
import org.channelcenter.it.pages.Shell;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

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
        InviteCustomersPage invite =
                ProvidersPage.fromMenu(resellerPortal).partnerships().inviteCustomersWith(domainOf(provider.login()));
        assertEquals("Invite new customers", invite.title());
        assertTrue(invite.intro().contains("Browser Test PROVIDER"));
        assertTrue(invite.importantNote().contains("needs to have a reseller relationship"));

        // bad input is refused at the field
        invite.recipient("not-an-address").next();
        invite.awaitRecipientMessage("Enter a valid email address");

        invite.recipient(recipient).message("Let us manage your cloud services.");
        DraftEmail draftEmail = invite.nextToDraft();
        String draft = draftEmail.body();
        assertTrue(
                draft.contains("Let us manage your cloud services.") && draft.contains("Browser Test PROVIDER"), draft);
        String link = Fixtures.linkIn(draft);
        assertTrue(link.contains(CustomerInvitationPage.linkPart()), link);
        String mailto = draftEmail.mailto();
        assertTrue(mailto.startsWith("mailto:" + recipient) && mailto.contains(link), mailto);

        // without the link the platform refuses to send
        draftEmail.body("Hello, please accept.").send();
        draftEmail.awaitBodyMessage("personalized link is no longer in the text");
        draftEmail.body("Hello! Accept here: " + link + " Thanks.").send();
        draftEmail.shell().awaitMessage("The invitation was sent to " + recipient);
        SentInvitations invitations = draftEmail.done();
        assertEquals("Pending", invitations.stateOf(recipient));

        // the customer follows the mailed link: no account needed to read who asks and what it grants
        MailCatcher.ReceivedMail invitation = smtp.awaitMailTo(recipient);
        assertEquals(link, invitation.link());
        WebDriver customerBrowser = browsers.open("en");
        PortalPage customerPortal = new PortalPage(customerBrowser);
        CustomerInvitationPage accept = CustomerInvitationPage.follow(customerPortal, invitation.link());
        assertTrue(
                accept.whoAsks()
                        .contains(
                                "Browser Test RESELLER asks your organization to establish"
                                        + " reseller relationships with it and with its indirect provider Browser Test PROVIDER"),
                accept.whoAsks());
        assertTrue(accept.grants().contains("lets Browser Test PROVIDER submit orders"));
        // the reseller's country is named (it was empty: "(domain, )"), and "Important" stands apart from its text
        assertTrue(accept.resellerDetails().matches(".*\\(.+, \\p{L}[^)]*\\)"), accept.resellerDetails());
        assertTrue(accept.grants().startsWith("Important "), accept.grants());

        // consent is required; then "Create new tenant" with bad input is refused at the fields
        String prefix = "cust" + Long.toString(System.nanoTime(), 36);
        accept.newDirectory(prefix, "Browser Test Customer " + prefix, "DE", "Clara", "Customer", recipient, "short")
                .createAndAuthorize();
        accept.awaitSourceText("at least 12");
        accept.adminPassword("Customer-Password-2026").createAndAuthorize();
        accept.awaitConsentMessage("Check the box");
        accept.consent().adminPassword("Customer-Password-2026").createAndAuthorize();
        String accepted = accept.awaitAccepted();
        String adminLogin = "admin@" + prefix + ".channel.test";
        assertTrue(accepted.contains(adminLogin), accepted);

        // both partners are mailed
        assertTrue(smtp.awaitMailTo(reseller.login(), m -> m.subject().contains("authorized Browser Test RESELLER"))
                .body()
                .contains("Customers"));
        assertTrue(smtp.awaitMailTo(provider.login(), m -> m.subject().contains("authorized Browser Test PROVIDER"))
                .body()
                .contains("Customers"));

        // the reseller's list shows the invitation accepted by the new customer
        assertEquals("Accepted", invitations.reload().stateOf(recipient));
        assertListed(resellerPortal, "Browser Test Customer " + prefix, null);

        // the provider sees the customer, and which reseller it belongs to
        WebDriver providerBrowser = browsers.open("en");
        PortalPage providerPortal = new PortalPage(providerBrowser);
        providerPortal.signIn(provider.login(), Fixtures.PASSWORD);
        assertListed(providerPortal, "Browser Test Customer " + prefix, "Browser Test RESELLER");

        // View customers on Indirect providers shows it too
        assertTrue(SharedCustomersPage.open(resellerPortal, partnership)
                .body()
                .contains("Browser Test Customer " + prefix));

        // the new admin signs in to the new directory
        customerPortal.signIn(adminLogin, "Customer-Password-2026");
        DashboardPage.awaitShown(customerPortal);

        // the link worked once
        CustomerInvitationPage used = CustomerInvitationPage.followUsed(customerPortal, invitation.link());
        assertTrue(used.refusal().contains("already accepted"));
        assertTrue(used.revealsNothingInternal());
    }

    @Test
    void aResellerRequestsARelationshipAndTheExistingCustomersAdminSignsInAndAccepts() {
        Created reseller = Fixtures.organization("RESELLER", "SALES_AGENT", 0);
        Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);

        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        InviteCustomersPage request = CustomersPage.openNow(resellerPortal).requestRelationship();
        assertEquals("Request a reseller relationship", request.title());
        DraftEmail draft = request.recipient(customer.login()).nextToDraft();
        draft.send();
        draft.shell().awaitMessage("was sent");

        MailCatcher.ReceivedMail invitation = smtp.awaitMailTo(customer.login());
        assertTrue(invitation.subject().contains("requests a reseller relationship"), invitation.subject());
        WebDriver customerBrowser = browsers.open("en");
        PortalPage customerPortal = new PortalPage(customerBrowser);
        CustomerInvitationPage accept = CustomerInvitationPage.follow(customerPortal, invitation.link());
        assertTrue(accept.whoAsks().contains("Browser Test RESELLER asks your organization"));
        assertTrue(!accept.namesAProvider(), "no provider in this request");
        accept.consent();

        // a wrong password is refused at the field, and nothing is granted
        accept.signInWith(customer.login(), "wrong-password-1").signInAndAuthorize();
        accept.awaitPasswordMessage("not correct");

        accept.password(Fixtures.PASSWORD).signInAndAuthorize();
        accept.awaitAccepted();
        assertTrue(accept.messages().contains("You authorized Browser Test RESELLER"));

        assertListed(resellerPortal, "Browser Test CUSTOMER", null);
        assertTrue(
                smtp.awaitMailTo(reseller.login(), m -> m.subject().contains("authorized"))
                        .body()
                        .contains("Customers"),
                "the inviting sales agent is told");
    }

    @Test
    void aThrottledAddressIsToldOnThePageToTryAgainLater() {
        Created reseller = Fixtures.organization("RESELLER", "SALES_AGENT", 0);
        Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        String[] invitation = CustomerRelations.invitation(reseller.login(), null, 0);
        String guesser = CustomerRelations.randomAddress();
        String domain = customer.login().substring(customer.login().indexOf('@') + 1);
        List<String> reasons = CustomerRelations.guessUntilThrottled(guesser, invitation[1], domain);
        assertEquals("SIGN_IN_THROTTLED", reasons.get(reasons.size() - 1), reasons::toString);

        // the browser behind the same proxy address as the guesses: the right password is not even checked
        ChromeDriver browser = (ChromeDriver) browsers.open("ru");
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", guesser)));
        try {
            PortalPage portal = new PortalPage(browser);
            CustomerInvitationPage accept = CustomerInvitationPage.follow(
                    portal, Fixtures.baseUrl() + CustomerInvitationPage.PATH + "?token=" + invitation[1]);
            accept.consent();
            accept.signInWith(customer.login(), Fixtures.PASSWORD).signInAndAuthorize();
            accept.awaitPasswordMessage("Из вашей сети было слишком много неудачных попыток входа");
            portal.evidence("customer-invitation-throttled-ru");
            assertEquals("PENDING", CustomerRelations.invitationStatus(invitation[0]));
        } finally {
            // the browser goes back to the pool: no other test may come from the guesser's address
            browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }

    /**
     * The partner's Customers page lists the customer (the partner is new: it has no other customers); a provider
     * also sees the reseller it belongs to.
     */
    private static void assertListed(PortalPage portal, String customerName, String resellerName) {
        Shell shell = CustomersPage.fromMenu(portal).shell();
        shell.awaitMain(customerName);
        if (resellerName != null) {
            assertTrue(shell.main().contains(resellerName));
        }
    }

    private static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }
}
