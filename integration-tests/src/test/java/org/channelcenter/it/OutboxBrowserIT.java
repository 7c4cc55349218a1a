package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.pages.OutboxPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

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

    private OutboxPage signedInStaffOnOutbox(String language) {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        browser = browsers.open(language);
        PortalPage portal = new PortalPage(browser);
        portal.signIn(staff.login(), Fixtures.PASSWORD);
        return OutboxPage.fromMenu(portal);
    }

    @Test
    void staffSendATestMailThatArrivesAndShowsAsSentWithItsText() {
        OutboxPage outbox = signedInStaffOnOutbox("en");
        String recipient = "ping-" + System.nanoTime() + "@example.test";

        outbox.sendTestMail(recipient);

        outbox.awaitMessages(recipient);
        MailCatcher.ReceivedMail mail = smtp.awaitMailTo(recipient);
        assertEquals("Channel Center test message", mail.subject());
        assertEquals("no-reply@channel.test", mail.from());
        assertEquals(List.of(recipient), mail.to());
        assertTrue(mail.contentType().startsWith("text/plain"), mail.contentType());
        assertTrue(mail.contentType().toLowerCase().contains("utf-8"), mail.contentType());
        assertTrue(mail.body().startsWith("Hello " + recipient + ", this is a test message from http"), mail.body());

        outbox.showOnlyRowsWith(recipient);
        outbox.refreshUntilSent();
        assertEquals(1, outbox.rows());
        assertEquals("Sent", outbox.statusOf(recipient));
        assertEquals("1", outbox.attemptsOf(recipient));

        String body = outbox.open(recipient);
        assertTrue(body.startsWith("Hello " + recipient), body);
    }

    /**
     * Issue 15, point 2: a staff member who opens a new admin agent's set-password mail reads no link to follow,
     * in their own language, while the new admin agent receives the working link.
     */
    @Test
    void staffReadAMailWithAOneTimeLinkWithoutTheLinkWhileItsRecipientGetsIt() {
        Fixtures.Created organization = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        String userName = "outbox" + System.nanoTime();
        String email = userName + "@example.com"; // what the probe gives the new user
        ProbeAnswer added = Fixtures.probe(
                "public/it-probe/users", organization.login(), "add", "userName", userName, "roles", "ADMIN_AGENT");
        assertTrue(added.ok(), added.toString());
        String link = smtp.awaitMailTo(email).link();
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertTrue(token.length() >= 43, link);

        OutboxPage outbox = signedInStaffOnOutbox("en");
        outbox.showOnlyRowsWith(email);
        outbox.refreshUntilSent();
        String body = outbox.open(email);

        assertTrue(body.contains(added.value("login")), body);
        assertTrue(body.contains("[link removed: it works only for its recipient]"), body);
        assertFalse(body.contains("token="), body);
        assertFalse(browser.getPageSource().contains(token), "the page holds the token nowhere");

        OutboxPage inPortuguese = signedInStaffOnOutbox("pt-BR");
        inPortuguese.showOnlyRowsWith(email);
        inPortuguese.refreshUntilShown("Enviado"); // and the rows stay put for the click that opens one
        String portuguese = inPortuguese.open(email);
        assertTrue(portuguese.contains("[link removido: só funciona para o destinatário]"), portuguese);
        assertFalse(browser.getPageSource().contains(token), "the page holds the token nowhere");
    }

    @Test
    void theStatusFilterShowsOnlyMailInThatStatus() {
        OutboxPage outbox = signedInStaffOnOutbox("en");
        String recipient = "filter-" + System.nanoTime() + "@example.test";
        outbox.sendTestMail(recipient);
        smtp.awaitMailTo(recipient);
        outbox.showOnlyRowsWith(recipient);
        outbox.refreshUntilSent();

        outbox.chooseStatus("HELD");
        assertTrue(outbox.rows() == 0, outbox.rowsText());
        outbox.chooseStatus("SENT");
        assertEquals(1, outbox.rows());
        assertTrue(outbox.rowsText().contains(recipient), outbox.rowsText());
        outbox.chooseStatus("PENDING");
        assertTrue(outbox.rows() == 0, outbox.rowsText());
    }

    @Test
    void anInvalidAddressIsRefusedNextToTheFieldInTheUsersLanguage() {
        OutboxPage outbox = signedInStaffOnOutbox("pt-BR");

        outbox.sendTestMail("not-an-address");

        String message = outbox.recipientMessage();
        assertTrue(message.contains("Insira um endereço de email válido"), message);
        assertTrue(outbox.messages().isBlank(), "nothing was queued");
        assertTrue(outbox.revealsNothingInternal());
    }

    @Test
    void aResellerHasNoOutboxEntryAndIsRefusedThePage() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertTrue(!OutboxPage.inMenu(portal), "no Outbox entry for a reseller");

        OutboxPage refused = OutboxPage.openNow(portal);

        assertEquals("Access denied", new ErrorPage(portal).title());
        assertTrue(!refused.hasMails());
    }
}
