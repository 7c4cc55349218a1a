package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the invitation pages share (include {@code invitation-request.xhtml}): the recipient and a message,
 * then the draft email.
 */
public abstract class InvitationRequestPage extends Page {

    private static final String F = "inviteForm:";
    private static final String RECIPIENT = F + "recipientEmail";
    private static final String RECIPIENT_MESSAGE = F + "recipientEmailMessage";
    private static final String DRAFT = F + "draft";

    protected InvitationRequestPage(PortalPage portal) {
        super(portal);
    }

    protected static void awaitForm(PortalPage portal) {
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(RECIPIENT)));
    }

    protected static String recipientField() {
        return RECIPIENT;
    }

    public String title() {
        return text(Shell.PAGE_TITLE);
    }

    public InvitationRequestPage recipient(String email) {
        type(RECIPIENT, email);
        return this;
    }

    public InvitationRequestPage message(String message) {
        type(F + "message", message);
        return this;
    }

    /** Next, expecting a refusal at a field. */
    public void next() {
        press(F + "next");
    }

    /**
     * Next, when a message from the previous answer is on screen: waits until the answer has replaced it, so
     * that a following wait reads the new message.
     */
    public void nextReplacingFieldMessage() {
        WebElement earlier = driver.findElement(By.id(RECIPIENT_MESSAGE));
        press(F + "next");
        portal.waiting().until(ExpectedConditions.stalenessOf(earlier));
    }

    /** Next, to the draft email. */
    public DraftEmail nextToDraft() {
        portal.click(F + "next", DraftEmail.bodyOf(DRAFT));
        return new DraftEmail(portal, DRAFT);
    }

    /** The draft email, once a Next pressed some other way has shown it. */
    public DraftEmail draftShown() {
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(DraftEmail.bodyOf(DRAFT))));
        return new DraftEmail(portal, DRAFT);
    }

    /** Waits until the recipient's field message says that. */
    public void awaitRecipientMessage(String text) {
        awaitText(RECIPIENT_MESSAGE, text);
    }
}
