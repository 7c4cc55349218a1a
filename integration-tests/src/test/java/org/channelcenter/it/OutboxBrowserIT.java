package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver browser;



    private PortalPage signedInStaffOnOutbox(String language) {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        browser = browsers.open(language);
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

        showOnlyRowsWith(portal, recipient);
        refreshUntilSent(portal);
        assertEquals(1, dataRows(browser).size());
        assertEquals("Sent", browser.findElement(By.id("outboxForm:mails:0:status")).getText());
        assertEquals("1", browser.findElement(By.id("outboxForm:mails:0:attempts")).getText());

        browser.findElement(By.cssSelector("#outboxForm\\:mails_data > tr[data-ri='0'] .ui-row-toggler")).click();
        waitForAjax(portal);
        try {
            String body = portal.waiting().until(d -> d.findElement(By.cssSelector(
                    "#outboxForm\\:mails_data > tr.ui-expanded-row-content .cc-mail-body"))).getText();
            assertTrue(body.startsWith("Hello " + recipient), body);
        } catch (RuntimeException e) {
            throw new AssertionError("no mail text; table: " + browser.findElement(By.id("outboxForm:mails"))
                    .getAttribute("outerHTML"), e);
        }
    }

    @Test
    void theStatusFilterShowsOnlyMailInThatStatus() {
        PortalPage portal = signedInStaffOnOutbox("en");
        String recipient = "filter-" + System.nanoTime() + "@example.test";
        browser.findElement(By.id("testMailForm:recipient")).sendKeys(recipient);
        browser.findElement(By.id("testMailForm:send")).click();
        smtp.awaitMailTo(recipient);
        showOnlyRowsWith(portal, recipient);
        refreshUntilSent(portal);

        chooseStatus(portal, "HELD");
        assertTrue(dataRows(browser).isEmpty(), rowText(browser));
        chooseStatus(portal, "SENT");
        assertEquals(1, dataRows(browser).size());
        assertTrue(rowText(browser).contains(recipient), rowText(browser));
        chooseStatus(portal, "PENDING");
        assertTrue(dataRows(browser).isEmpty(), rowText(browser));
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
        browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertTrue(browser.findElements(By.id("menuForm:menuOutbox")).isEmpty(), "no Outbox entry for a reseller");

        portal.open("staff/outbox.xhtml");

        assertEquals("Access denied", portal.text("errorTitle"));
        assertTrue(browser.findElements(By.id("outboxForm:mails")).isEmpty());
    }

    /** Types into the table's search box and waits until every row shown matches it. */
    private void showOnlyRowsWith(PortalPage portal, String text) {
        browser.findElement(By.id("outboxForm:mails:globalFilter")).sendKeys(text);
        portal.waiting().until(d -> {
            List<WebElement> rows = dataRows(d);
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains(text));
        });
    }

    /**
     * Picks a status in the filter menu through its PrimeFaces widget and fires the change a click on an item
     * fires (the widget's selectValue alone is silent), then waits until the table has been filtered.
     */
    private void chooseStatus(PortalPage portal, String status) {
        waitForAjax(portal);
        ((JavascriptExecutor) browser).executeScript("PF('outboxStatus').selectValue(arguments[0]);"
                + "document.getElementById('outboxForm:mails:statusFilter_input')"
                + ".dispatchEvent(new Event('change'));", status);
        pause(); // the change starts two requests, the second from the first's completion
        waitForAjax(portal);
    }

    /** The table shows what the database held when it loaded: refresh until delivery has been recorded. */
    private void refreshUntilSent(PortalPage portal) {
        portal.waiting().until(d -> {
            waitForAjax(portal);
            if (rowText(d).contains("Sent")) {
                return true;
            }
            d.findElement(By.id("outboxForm:mails:refresh")).click();
            return false;
        });
        waitForAjax(portal);
    }

    private static void waitForAjax(PortalPage portal) {
        portal.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<WebElement> dataRows(WebDriver driver) {
        return driver.findElements(By.cssSelector("#outboxForm\\:mails_data > tr[data-ri]"));
    }

    private static String rowText(WebDriver driver) {
        return driver.findElement(By.id("outboxForm:mails_data")).getText();
    }
}
