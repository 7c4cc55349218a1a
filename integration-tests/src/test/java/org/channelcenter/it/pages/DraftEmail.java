package org.channelcenter.it.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The draft email panel (composite {@code cc:draftEmail}): the text to edit, send, or open in a mail client. */
public final class DraftEmail extends Page {

    private final String prefix;

    DraftEmail(PortalPage portal, String panelId) {
        super(portal);
        this.prefix = panelId + ":";
    }

    static String bodyOf(String panelId) {
        return panelId + ":body";
    }

    public String body() {
        return value(prefix + "body");
    }

    /** Replaces the text of the draft. */
    public DraftEmail body(String text) {
        WebElement body = driver.findElement(By.id(prefix + "body"));
        body.clear();
        body.sendKeys(text);
        return this;
    }

    /** The "open in mail client" link, decoded. */
    public String mailto() {
        return URLDecoder.decode(
                driver.findElement(By.id(prefix + "openInMailClient")).getAttribute("href"), StandardCharsets.UTF_8);
    }

    public void awaitLinkWarning(String text) {
        awaitText(prefix + "linkWarning", text);
    }

    public void send() {
        press(prefix + "send");
    }

    public void awaitBodyMessage(String text) {
        awaitText(prefix + "bodyMessage", text);
    }

    /** Waits until the body's field shows no message (a corrected text loses its error at once). */
    public void awaitNoBodyMessage() {
        portal.waiting().until(d -> d.findElement(org.openqa.selenium.By.id(prefix + "bodyMessage"))
                .getText()
                .isBlank());
    }

    /** Done: back to the list of sent invitations. */
    public SentInvitations done() {
        portal.click(prefix + "done", SentInvitations.TABLE);
        return new SentInvitations(portal);
    }
}
