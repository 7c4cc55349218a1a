package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** The sent-invitations table (include {@code sent-invitations.xhtml}), on Customer invitations and Indirect resellers. */
public final class SentInvitations extends Page {

    static final String TABLE = "invitationsForm:invitations";

    public SentInvitations(PortalPage portal) {
        super(portal);
    }

    /** Reads the list again from the server. */
    public SentInvitations reload() {
        driver.navigate().refresh();
        portal.waitForScripts();
        return this;
    }

    /** Revoke, in the row of the invitation to that recipient: the confirmation's question (it asks first). */
    public String askRevoke(String recipient) {
        press(idIn(driver.findElement(rowWith(TABLE, "cc-invitation-recipient", recipient)), "revoke"));
        awaitVisible("invitationsForm:confirmYes");
        return text("invitationsForm:confirmRevoke");
    }

    /** No, in the open confirmation. */
    public void answerNo() {
        press("invitationsForm:confirmNo");
        awaitInvisible("invitationsForm:confirmRevoke");
    }

    /** Yes, in the open confirmation. */
    public void answerYes() {
        press("invitationsForm:confirmYes");
        awaitInvisible("invitationsForm:confirmRevoke");
    }

    /** Waits until the invitation to that recipient shows that state. */
    public void awaitState(String recipient, String state) {
        portal.waiting().until(d -> {
            try {
                return state.equals(stateOf(recipient));
            } catch (org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** The state of the invitation to that recipient, as shown. */
    public String stateOf(String recipient) {
        return driver.findElement(rowWith(TABLE, "cc-invitation-recipient", recipient))
                .findElement(org.openqa.selenium.By.className("cc-invitation-state"))
                .getText();
    }
}
