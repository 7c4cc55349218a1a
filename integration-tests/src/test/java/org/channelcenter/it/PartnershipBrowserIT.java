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
        PortalPage.press(providerBrowser, "menuForm:menuIndirectResellers");
        providerPortal.waiting().until(d -> d.getCurrentUrl().endsWith("/partners/resellers.xhtml"));
        providerPortal.click("inviteReseller", "inviteForm:recipientEmail");

        // bad input is refused at the field
        providerPortal.type("inviteForm:recipientEmail", "not-an-address");
        PortalPage.press(providerBrowser, "inviteForm:next");
        providerPortal.waiting().until(d -> d.findElement(By.id("inviteForm:recipientEmailMessage")).getText()
                .contains("Enter a valid email address"));

        // an address only the boundary's validation refuses gets the same message, and no invitation
        WebElement earlierMessage = providerBrowser.findElement(By.id("inviteForm:recipientEmailMessage"));
        providerPortal.type("inviteForm:recipientEmail", "reseller@example..com");
        PortalPage.press(providerBrowser, "inviteForm:next");
        providerPortal.waiting().until(ExpectedConditions.stalenessOf(earlierMessage)); // the answer has replaced it
        providerPortal.waiting().until(d -> d.findElement(By.id("inviteForm:recipientEmailMessage")).getText()
                .contains("Enter a valid email address"));
        assertTrue(providerPortal.revealsNothingInternal());

        providerPortal.type("inviteForm:recipientEmail", recipient);
        providerPortal.type("inviteForm:message", "We would love to work with you.");
        providerPortal.click("inviteForm:next", "inviteForm:draft:body");

        WebElement body = providerBrowser.findElement(By.id("inviteForm:draft:body"));
        String draft = body.getAttribute("value");
        assertTrue(draft.contains("We would love to work with you."), draft);
        String link = Fixtures.linkIn(draft);
        assertTrue(link.contains("/partners/authorize-provider.xhtml?token="), link);
        String mailto = URLDecoder.decode(providerBrowser.findElement(By.id("inviteForm:draft:openInMailClient"))
                .getAttribute("href"), StandardCharsets.UTF_8);
        assertTrue(mailto.startsWith("mailto:" + recipient) && mailto.contains(link), "mailto carries the draft: " + mailto);

        // without the personalized link the platform refuses to send, and says so at the text
        body.clear();
        body.sendKeys("Hello, please work with us.");
        providerPortal.waiting().until(d -> d.findElement(By.id("inviteForm:draft:linkWarning")).getText()
                .contains("personalized link is no longer in the text"));
        PortalPage.press(providerBrowser, "inviteForm:draft:send");
        providerPortal.waiting().until(d -> d.findElement(By.id("inviteForm:draft:bodyMessage")).getText()
                .contains("personalized link is no longer in the text"));
        assertTrue(smtp.mailTo(recipient).isEmpty(), "nothing was sent");

        body = providerBrowser.findElement(By.id("inviteForm:draft:body"));
        body.clear();
        body.sendKeys("Hello from our team. Accept here: " + link + " Thank you!");
        PortalPage.press(providerBrowser, "inviteForm:draft:send");
        providerPortal.waiting().until(d -> d.findElement(By.id("messages")).getText()
                .contains("The invitation was sent to " + recipient));
        providerPortal.click("inviteForm:draft:done", "invitationsForm:invitations");
        assertEquals("Pending", invitationStateOf(providerBrowser, recipient));

        MailCatcher.ReceivedMail invitation = smtp.awaitMailTo(recipient);
        assertTrue(invitation.body().contains("Hello from our team."), invitation.body());
        assertEquals(link, invitation.link());

        // the reseller's admin follows the link, is asked to sign in, and comes back to the authorization
        WebDriver resellerBrowser = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(resellerBrowser);
        resellerBrowser.get(invitation.link());
        resellerPortal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        resellerPortal.signIn(reseller.login(), Fixtures.PASSWORD);
        resellerPortal.waiting().until(d -> d.getCurrentUrl().contains("/partners/authorize-provider.xhtml?token="));
        assertEquals("Browser Test PROVIDER", resellerPortal.text("providerName"));
        assertTrue(resellerPortal.text("authorizeForm:note").contains("submit orders and add subscriptions on behalf of your customers"));

        PortalPage.press(resellerBrowser, "authorizeForm:authorize");
        resellerPortal.waiting().until(d -> d.findElement(By.id("authorizeForm:consentMessage")).getText()
                .contains("Check the box"));
        resellerBrowser.findElement(By.cssSelector("#authorizeForm\\:consent .ui-chkbox-box")).click();
        PortalPage.press(resellerBrowser, "authorizeForm:authorize");
        assertTrue(resellerPortal.text("authorizedText").contains("is now listed on your Indirect providers page"));

        // each side sees the other
        resellerPortal.click("toProviders", "partnershipsForm:partnerships");
        assertTrue(partnerRow(resellerBrowser, domainOf(provider.login())).getText().contains("Browser Test PROVIDER"));
        providerBrowser.navigate().refresh();
        providerPortal.waitForScripts();
        assertTrue(partnerRow(providerBrowser, domainOf(reseller.login())).getText().contains("Browser Test RESELLER"));
        assertEquals("Accepted", invitationStateOf(providerBrowser, recipient));

        // both sides are mailed
        assertTrue(smtp.awaitMailTo(provider.login(), m -> m.subject().contains("authorized")).body()
                .contains("Indirect resellers"));
        assertTrue(smtp.awaitMailTo(recipient, m -> m.subject().startsWith("You authorized")).body()
                .contains("Indirect providers"));

        // the dashboards count the partnership, and no invitation waits any more
        providerPortal.open("dashboard.xhtml");
        assertEquals("1", providerPortal.tileCount("resellers"));
        assertEquals("0", providerPortal.tileCount("pendingInvitations"));
        resellerPortal.open("dashboard.xhtml");
        assertEquals("1", resellerPortal.tileCount("providers"));

        // the reseller finds the provider in Find a provider by its country filter
        String listed = "Listed Provider " + System.nanoTime();
        Fixtures.listing(provider.organizationId(), listed, "BR,PT", "CUSTOMER_SUPPORT");
        PortalPage.press(resellerBrowser, "menuForm:menuFindProvider");
        resellerPortal.waiting().until(d -> d.getCurrentUrl().endsWith("/partners/find-provider.xhtml"));
        resellerPortal.type("findProviderForm:nameSearch", listed);
        resellerPortal.waitForScripts();
        ((org.openqa.selenium.JavascriptExecutor) resellerBrowser).executeScript(
                "var menu = PF('countryFilter'); menu.selectValue('PT'); menu.triggerChange();");
        resellerPortal.waiting().until(d -> listed.equals(d.findElement(By.id("findProviderForm:providers:0:name")).getText())
                && d.findElements(By.id("findProviderForm:providers:1:name")).isEmpty());
        assertTrue(resellerBrowser.findElement(By.id("findProviderForm:providers:0:contactEmail")).getText()
                .startsWith("partners@"));
        ((org.openqa.selenium.JavascriptExecutor) resellerBrowser).executeScript(
                "var menu = PF('countryFilter'); menu.selectValue('JP'); menu.triggerChange();");
        resellerPortal.waiting().until(d -> d.findElements(By.id("findProviderForm:providers:0:name")).isEmpty());

        // the link worked once
        resellerBrowser.get(invitation.link());
        assertTrue(resellerPortal.text("refusalText").contains("already accepted"));
        assertTrue(resellerPortal.revealsNothingInternal());
    }

    @Test
    void theResellerEndsThePartnershipWithAReasonAndTheProviderIsMailed() {
        Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());

        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        PortalPage.press(browser, "menuForm:menuIndirectProviders");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/partners/providers.xhtml"));
        partnerRow(browser, domainOf(provider.login())).findElement(By.xpath(".//button[contains(@id,':endPartnership')]"))
                .click();
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("endForm:confirmEnd")));
        PortalPage.press(browser, "endForm:confirmEnd");
        portal.waiting().until(d -> d.findElement(By.id("endForm:endReasonMessage")).getText().contains("Say why"));
        portal.type("endForm:endReason", "We move to another distributor.");
        PortalPage.press(browser, "endForm:confirmEnd");
        portal.waiting().until(d -> d.findElement(By.id("messages")).getText().contains("has ended"));
        portal.waiting().until(d -> d.findElements(By.xpath("//tbody[@id='partnershipsForm:partnerships_data']"
                + "//div[contains(@class,'cc-partner-domain')][normalize-space(.)='" + domainOf(provider.login()) + "']")).isEmpty());

        // the history stays
        browser.findElement(By.cssSelector("#partnershipsForm\\:partnerships\\:withEnded .ui-chkbox-box")).click();
        portal.waiting().until(d -> partnerRow(d, domainOf(provider.login())).getText().contains("We move to another distributor."));

        MailCatcher.ReceivedMail ended = smtp.awaitMailTo(provider.login(), m -> m.subject().contains("ended"));
        assertTrue(ended.body().contains("We move to another distributor."), ended.body());
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
