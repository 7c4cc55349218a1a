package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.AuthorizeProviderPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.DraftEmail;
import org.channelcenter.it.pages.FindProviderPage;
import org.channelcenter.it.pages.InviteResellerPage;
import org.channelcenter.it.pages.Partnerships;
import org.channelcenter.it.pages.ProvidersPage;
import org.channelcenter.it.pages.ResellersPage;
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
import org.openqa.selenium.WebDriver;

/**
 * SPEC §5 in a real browser with real mail: a provider invites a reseller through the draft email panel, the
 * mail arrives over SMTP, the reseller's admin follows the link, signs in, ticks the box and authorizes; each
 * side then sees the other. Ending a partnership from the other side, with its reason, mailed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnershipBrowserIT {

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aProviderInvitesAResellerWhoAuthorizesItByTheMailedLink() {
        Created provider = Fixtures.organization("PROVIDER", "SALES_AGENT", 0);
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        String recipient = reseller.login(); // fixture users' mail address is their sign-in name

        WebDriver providerBrowser = browsers.open("en");
        PortalPage providerPortal = new PortalPage(providerBrowser);
        providerPortal.signIn(provider.login(), Fixtures.PASSWORD);
        InviteResellerPage invite = ResellersPage.fromMenu(providerPortal).inviteReseller();

        // bad input is refused at the field
        invite.recipient("not-an-address").next();
        invite.awaitRecipientMessage("Enter a valid email address");

        // an address only the boundary's validation refuses gets the same message, and no invitation
        invite.recipient("reseller@example..com").nextReplacingFieldMessage(); // the answer has replaced it
        invite.awaitRecipientMessage("Enter a valid email address");
        assertTrue(providerPortal.revealsNothingInternal());

        invite.recipient(recipient).message("We would love to work with you.");
        DraftEmail draftEmail = invite.nextToDraft();

        String draft = draftEmail.body();
        assertTrue(draft.contains("We would love to work with you."), draft);
        String link = Fixtures.linkIn(draft);
        assertTrue(link.contains(AuthorizeProviderPage.linkPart()), link);
        String mailto = draftEmail.mailto();
        assertTrue(
                mailto.startsWith("mailto:" + recipient) && mailto.contains(link),
                "mailto carries the draft: " + mailto);

        // without the personalized link the platform refuses to send, and says so at the text
        draftEmail.body("Hello, please work with us.");
        draftEmail.awaitLinkWarning("personalized link is no longer in the text");
        draftEmail.send();
        draftEmail.awaitBodyMessage("personalized link is no longer in the text");
        assertTrue(smtp.mailTo(recipient).isEmpty(), "nothing was sent");

        draftEmail
                .body("Hello from our team. Accept here: " + link + " Thank you!")
                .send();
        draftEmail.shell().awaitMessage("The invitation was sent to " + recipient);
        assertEquals("Pending", draftEmail.done().stateOf(recipient));

        MailCatcher.ReceivedMail invitation = smtp.awaitMailTo(recipient);
        assertTrue(invitation.body().contains("Hello from our team."), invitation.body());
        assertEquals(link, invitation.link());

        // the reseller's admin follows the link, is asked to sign in, and comes back to the authorization
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        AuthorizeProviderPage.followSignedOut(resellerPortal, invitation.link());
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        AuthorizeProviderPage authorize = AuthorizeProviderPage.awaitShown(resellerPortal);
        assertEquals("Browser Test PROVIDER", authorize.providerName());
        assertTrue(authorize.note().contains("submit orders and add subscriptions on behalf of your customers"));

        authorize.authorize();
        authorize.awaitConsentMessage("Check the box");
        authorize.consent();
        authorize.authorize();
        assertTrue(authorize.authorizedText().contains("is now listed on your Indirect providers page"));

        // each side sees the other
        Partnerships providers = authorize.toProviders().partnerships();
        assertTrue(providers.rowText(domainOf(provider.login())).contains("Browser Test PROVIDER"));
        ResellersPage resellers = ResellersPage.reloaded(providerPortal);
        assertTrue(resellers.partnerships().rowText(domainOf(reseller.login())).contains("Browser Test RESELLER"));
        assertEquals("Accepted", resellers.invitations().stateOf(recipient));

        // both sides are mailed
        assertTrue(smtp.awaitMailTo(provider.login(), m -> m.subject().contains("authorized"))
                .body()
                .contains("Indirect resellers"));
        assertTrue(smtp.awaitMailTo(recipient, m -> m.subject().startsWith("You authorized"))
                .body()
                .contains("Indirect providers"));

        // the dashboards count the partnership, and no invitation waits any more
        DashboardPage providerDashboard = DashboardPage.open(providerPortal);
        assertEquals("1", providerDashboard.tileCount("resellers"));
        assertEquals("0", providerDashboard.tileCount("pendingInvitations"));
        assertEquals("1", DashboardPage.open(resellerPortal).tileCount("providers"));

        // the reseller finds the provider in Find a provider by its country filter
        String listed = "Listed Provider " + System.nanoTime();
        Fixtures.listing(provider.organizationId(), listed, "BR,PT", "CUSTOMER_SUPPORT");
        FindProviderPage find = FindProviderPage.fromMenu(resellerPortal);
        find.name(listed).country("PT");
        find.awaitOnly(listed);
        assertTrue(find.contactEmail().startsWith("partners@"));
        find.country("JP");
        find.awaitNone();

        // the link worked once
        AuthorizeProviderPage used = AuthorizeProviderPage.follow(resellerPortal, invitation.link());
        assertTrue(used.refusal().contains("already accepted"));
        assertTrue(used.revealsNothingInternal());
    }

    @Test
    void theResellerEndsThePartnershipWithAReasonAndTheProviderIsMailed() {
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        Partnerships partnerships = ProvidersPage.fromMenu(portal).partnerships();
        partnerships.endWith(domainOf(provider.login())).confirmEnd();
        partnerships.awaitReasonMessage("Say why");
        partnerships.reason("We move to another distributor.").confirmEnd();
        partnerships.shell().awaitMessage("has ended");
        partnerships.awaitNoRowFor(domainOf(provider.login()));

        // the history stays
        partnerships.toggleEnded();
        partnerships.awaitRowText(domainOf(provider.login()), "We move to another distributor.");

        MailCatcher.ReceivedMail ended =
                smtp.awaitMailTo(provider.login(), m -> m.subject().contains("ended"));
        assertTrue(ended.body().contains("We move to another distributor."), ended.body());
    }

    private static String domainOf(String login) {
        return login.substring(login.indexOf('@') + 1);
    }
}
