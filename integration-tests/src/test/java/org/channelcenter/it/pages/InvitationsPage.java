package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Customer invitations: the invitations a reseller sent. */
public final class InvitationsPage extends Page {

    public static final String PATH = "customer/invitations.xhtml";

    private InvitationsPage(PortalPage portal) {
        super(portal);
    }

    public static InvitationsPage open(PortalPage portal) {
        openAt(portal, PATH);
        return new InvitationsPage(portal);
    }

    public SentInvitations invitations() {
        return new SentInvitations(portal);
    }
}
