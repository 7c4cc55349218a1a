package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Indirect resellers: a provider's partnerships with resellers, and the invitations it sent. */
public final class ResellersPage extends Page {

    public static final String PATH = "partnership/resellers.xhtml";

    private ResellersPage(PortalPage portal) {
        super(portal);
    }

    public static ResellersPage fromMenu(PortalPage portal) {
        Page.fromMenu(portal, "menuForm:menuIndirectResellers", PATH);
        return new ResellersPage(portal);
    }

    /** The page as it is shown now, read again from the server. */
    public static ResellersPage reloaded(PortalPage portal) {
        portal.driver().navigate().refresh();
        portal.waitForScripts();
        return new ResellersPage(portal);
    }

    public InviteResellerPage inviteReseller() {
        portal.click("inviteReseller", InvitationRequestPage.recipientField());
        return InviteResellerPage.shown(portal);
    }

    public Partnerships partnerships() {
        return new Partnerships(portal);
    }

    public SentInvitations invitations() {
        return new SentInvitations(portal);
    }
}
