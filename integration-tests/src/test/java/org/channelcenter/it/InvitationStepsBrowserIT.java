package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.LongSupplier;
import org.channelcenter.it.pages.DraftEmail;
import org.channelcenter.it.pages.InvitationRequestPage;
import org.channelcenter.it.pages.InviteCustomersPage;
import org.channelcenter.it.pages.InviteResellerPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Issue 16, defect 2, on the three invitation pages: after Next the draft email replaces the first step (its
 * recipient, message, language, Cancel and Next are gone), and a second Next, even one that reached the server
 * together with the first (a double click), creates no second invitation: the database holds one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationStepsBrowserIT {

    /** What the first step shows; none of it may stay once the draft is on screen. */
    private static final List<String> FIRST_STEP = List.of(
            "inviteForm:recipientEmail",
            "inviteForm:message",
            "inviteForm:language",
            "inviteForm:cancel",
            "inviteForm:next");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void inviteAReseller() {
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        String recipient = "reseller-" + System.nanoTime() + "@steps.example";
        PortalPage portal = signedIn(provider);
        InvitationRequestPage page = InviteResellerPage.open(portal);
        assertOneInvitationAfterTwoNexts(portal, page, recipient, () -> Partnering.invitationsTo(recipient));
        portal.evidence("invite-reseller-draft-en");

        // defect 8: the "link removed" refusal goes once the link is back in the text
        DraftEmail draft = page.draftShown();
        String text = draft.body();
        draft.body("Hello, please accept.").send();
        draft.awaitBodyMessage("personalized link is no longer in the text");
        draft.body(text);
        draft.awaitNoBodyMessage();
    }

    @Test
    void inviteNewCustomersTogetherWithAProvider() {
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        String recipient = "customer-" + System.nanoTime() + "@steps.example";
        PortalPage portal = signedIn(reseller);
        portal.open(InviteCustomersPage.withProvider(provider.organizationId()));
        InvitationRequestPage page = InviteCustomersPage.shown(portal);
        assertOneInvitationAfterTwoNexts(portal, page, recipient, () -> CustomerRelations.invitationsTo(recipient));
        portal.evidence("invite-customers-draft-en");
    }

    @Test
    void requestAResellerRelationship() {
        Created reseller = Fixtures.organization("RESELLER", "SALES_AGENT", 0);
        String recipient = "existing-" + System.nanoTime() + "@steps.example";
        PortalPage portal = signedIn(reseller);
        InvitationRequestPage page = InviteCustomersPage.open(portal);
        assertOneInvitationAfterTwoNexts(portal, page, recipient, () -> CustomerRelations.invitationsTo(recipient));
    }

    private PortalPage signedIn(Created user) {
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(user.login(), Fixtures.PASSWORD);
        return portal;
    }

    /**
     * Next pressed twice at once (two requests with the same page state, as a double click or a resubmitted form
     * sends them), then once more after the draft is shown.
     */
    private static void assertOneInvitationAfterTwoNexts(
            PortalPage portal, InvitationRequestPage page, String recipient, LongSupplier invitations) {
        page.recipient(recipient);
        JavascriptExecutor script = (JavascriptExecutor) portal.driver();
        script.executeScript("window.ccNexts = 0;"
                + "var twice = {s: 'inviteForm:next', f: 'inviteForm', p: '@form', u: 'inviteForm', a: true,"
                + " oncomplete: function() { window.ccNexts++; }};"
                + "PrimeFaces.ab(twice); PrimeFaces.ab(Object.assign({}, twice));");
        portal.waiting().until(d -> Long.valueOf(2).equals(script.executeScript("return window.ccNexts;")));
        portal.waiting()
                .until(d -> !d.findElements(By.id("inviteForm:draft:body")).isEmpty());
        DraftEmail draft = page.draftShown();
        assertTrue(draft.body().contains("http"), "the draft carries the link");
        for (String id : FIRST_STEP) {
            assertTrue(
                    portal.driver().findElements(By.id(id)).stream().noneMatch(e -> e.isDisplayed()),
                    id + " is still shown below the draft");
        }
        assertEquals(1, invitations.getAsLong(), "one Next, one invitation (two requests reached the server)");
    }
}
