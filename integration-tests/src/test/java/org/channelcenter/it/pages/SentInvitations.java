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

    /** The state of the invitation to that recipient, as shown. */
    public String stateOf(String recipient) {
        return driver.findElement(rowWith(TABLE, "cc-invitation-recipient", recipient))
                .findElement(org.openqa.selenium.By.className("cc-invitation-state"))
                .getText();
    }
}
