package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelcenter.it.support.Chromium;
import org.channelcenter.it.support.Deployments;
import org.channelcenter.it.support.FixtureServlet;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Staff › Outbox in a real browser: a test mail reaches a real SMTP server (GreenMail) and the page shows
 * it sent, with its text; bad addresses are refused next to the field; other users cannot open the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxBrowserIT {

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEarWith(FixtureServlet.class, Transactions.class);
    }

    private WebDriver browser;

    @BeforeEach
    void requireChromium() {
        Chromium.requireInstalled();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private PortalPage signedInStaffOnOutbox(String language) {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        browser = Chromium.open(language);
        PortalPage portal = new PortalPage(browser);
        portal.signIn(staff.login(), Fixtures.PASSWORD);
        browser.findElement(By.id("menuForm:menuOutbox")).click();
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/staff/outbox.xhtml"));
        portal.waitForScripts();
        return portal;
    }

    @Test
    void staffSendATestMailThatArrivesAndShowsAsSentWithItsText() {
        PortalPage portal = signedInStaffOnOutbox("en");
        String recipient = "ping-" + System.nanoTime() + "@example.test";

        browser.findElement(By.id("testMailForm:recipient")).sendKeys(recipient);
        browser.findElement(By.id("testMailForm:send")).click();

        portal.waiting().until(d -> d.findElement(By.id("outboxForm:messages")).getText().contains(recipient));
        MailCatcher.ReceivedMail mail = smtp.awaitMailTo(recipient);
        assertEquals("Channel Center test message", mail.subject());
        assertEquals("no-reply@channel.test", mail.from());
        assertEquals(List.of(recipient), mail.to());
        assertTrue(mail.contentType().startsWith("text/plain"), mail.contentType());
        assertTrue(mail.contentType().toLowerCase().contains("utf-8"), mail.contentType());
        assertTrue(mail.body().startsWith("Hello " + recipient + ", this is a test message from http"), mail.body());

        browser.findElement(By.id("outboxForm:mails:globalFilter")).sendKeys(recipient);
        portal.waiting().until(d -> {
            // the table shows what the database holds when it loads; refresh until delivery is recorded
            if (!rowText(d).contains("Sent")) {
                d.findElement(By.id("outboxForm:mails:refresh")).click();
                return false;
            }
            return true;
        });
        assertEquals(1, browser.findElements(By.cssSelector("#outboxForm\\:mails_data > tr[data-ri]")).size());
        assertEquals("Sent", browser.findElement(By.id("outboxForm:mails:0:status")).getText());
        assertEquals("1", browser.findElement(By.id("outboxForm:mails:0:attempts")).getText());

        browser.findElement(By.cssSelector("#outboxForm\\:mails_data > tr[data-ri='0'] .ui-row-toggler")).click();
        String body = portal.text("outboxForm:mails:0:body");
        assertTrue(body.startsWith("Hello " + recipient), body);
    }

    @Test
    void theStatusFilterShowsOnlyMailInThatStatus() {
        PortalPage portal = signedInStaffOnOutbox("en");
        String recipient = "filter-" + System.nanoTime() + "@example.test";
        browser.findElement(By.id("testMailForm:recipient")).sendKeys(recipient);
        browser.findElement(By.id("testMailForm:send")).click();
        smtp.awaitMailTo(recipient);
        browser.findElement(By.id("outboxForm:mails:globalFilter")).sendKeys(recipient);
        portal.waiting().until(d -> rowText(d).contains(recipient));

        chooseStatus(portal, "Held");
        portal.waiting().until(d -> !rowText(d).contains(recipient));
        chooseStatus(portal, "Sent");
        portal.waiting().until(d -> rowText(d).contains(recipient));
    }

    @Test
    void anInvalidAddressIsRefusedNextToTheFieldInTheUsersLanguage() {
        PortalPage portal = signedInStaffOnOutbox("pt-BR");

        browser.findElement(By.id("testMailForm:recipient")).sendKeys("not-an-address");
        browser.findElement(By.id("testMailForm:send")).click();

        portal.waiting().until(d -> !d.findElement(By.id("testMailForm:recipientMessage")).getText().isBlank());
        String message = portal.text("testMailForm:recipientMessage");
        assertTrue(message.contains("Insira um endereço de email válido"), message);
        assertTrue(browser.findElement(By.id("outboxForm:messages")).getText().isBlank(), "nothing was queued");
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void aResellerHasNoOutboxEntryAndIsRefusedThePage() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        browser = Chromium.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertTrue(browser.findElements(By.id("menuForm:menuOutbox")).isEmpty(), "no Outbox entry for a reseller");

        portal.open("staff/outbox.xhtml");

        assertEquals("Access denied", portal.text("errorTitle"));
        assertTrue(browser.findElements(By.id("outboxForm:mails")).isEmpty());
    }

    private void chooseStatus(PortalPage portal, String label) {
        browser.findElement(By.id("outboxForm:mails:statusFilter")).click();
        WebElement item = portal.waiting().until(d -> d.findElement(By.cssSelector(
                "#outboxForm\\:mails\\:statusFilter_items li[data-label='" + label + "']")));
        item.click();
    }

    private static String rowText(WebDriver driver) {
        return driver.findElement(By.id("outboxForm:mails_data")).getText();
    }
}
