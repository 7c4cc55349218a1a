package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.channelcenter.it.pages.InvitationsPage;
import org.channelcenter.it.pages.OffersPage;
import org.channelcenter.it.pages.SentInvitations;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 16, feedback: ajax work shows one busy indicator (announced as a status) while it runs, and a success
 * message goes as soon as the next action starts. The network is slowed down, as a person on a slow line has it,
 * so that the moment between the start of an action and its answer can be looked at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackBrowserIT {

    private static final String INDICATOR = "busyIndicator";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theBusyIndicatorShowsWhileAnActionRunsAndTheLastSuccessGoesWhenTheNextStarts() {
        String first = "Feedback offer A " + System.nanoTime();
        String second = "Feedback offer B " + System.nanoTime();
        Ordering.offer(first, 1, 10, true);
        Ordering.offer(second, 1, 10, true);
        ChromeDriver browser = (ChromeDriver) browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(Fixtures.organization("OPERATOR", "STAFF", 0).login(), Fixtures.PASSWORD);
        OffersPage offers = OffersPage.openNow(portal);
        offers.search("Feedback offer");
        offers.awaitOffers(second);
        assertFalse(shown(portal, INDICATOR), "no indicator while nothing runs");

        offers.deactivate(first);
        offers.awaitMessages("can no longer be ordered");

        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 1500, "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            offers.askDeactivate(second);
            PortalPage.press(browser, "offersForm:confirmYes");
            // while the answer is on its way: the indicator says so, and the earlier success is gone
            portal.waiting().until(d -> shown(portal, INDICATOR));
            assertEquals("status", browser.findElement(By.id(INDICATOR)).getAttribute("role"));
            assertTrue(browser.findElement(By.id(INDICATOR)).getText().contains("Working"));
            assertFalse(
                    browser.findElement(By.id("offersForm:messages")).getText().contains(first),
                    "the earlier success message went when the next action started");
            portal.evidence("busy-indicator-en");
        } finally {
            browser.executeCdpCommand(
                    "Network.emulateNetworkConditions",
                    Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        }
        offers.awaitMessages(second);
        portal.waiting().until(d -> !shown(portal, INDICATOR));
    }

    @Test
    void revokeAsksFirstNamingTheRecipientNoKeepsTheInvitationAndYesRevokesIt() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "SALES_AGENT", 0);
        String recipient = "revoke-" + System.nanoTime() + "@example.com";
        String[] invitation = CustomerRelations.invitation(reseller.login(), null, 0, recipient);
        PortalPage portal = new PortalPage(browsers.open("en"));
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        SentInvitations invitations = InvitationsPage.open(portal).invitations();

        String question = invitations.askRevoke(recipient);
        assertTrue(question.contains(recipient), question);
        portal.evidence("confirm-revoke-en");
        invitations.answerNo();
        assertEquals("Pending", invitations.stateOf(recipient));
        assertEquals("PENDING", CustomerRelations.invitationStatus(invitation[0]), "No changes nothing");

        invitations.askRevoke(recipient);
        invitations.answerYes();
        invitations.awaitState(recipient, "Revoked");
        assertEquals("REVOKED", CustomerRelations.invitationStatus(invitation[0]));
    }

    private static boolean shown(PortalPage portal, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) portal.driver())
                .executeScript(
                        "var e = document.getElementById(arguments[0]); return !!e && e.offsetParent !== null;", id));
    }
}
