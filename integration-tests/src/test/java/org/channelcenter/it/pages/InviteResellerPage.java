package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** A provider invites a reseller. */
public final class InviteResellerPage extends InvitationRequestPage {

    public static final String PATH = "partnership/invite-reseller.xhtml";

    private InviteResellerPage(PortalPage portal) {
        super(portal);
    }

    public static InviteResellerPage open(PortalPage portal) {
        portal.open(PATH);
        return shown(portal);
    }

    public static InviteResellerPage shown(PortalPage portal) {
        awaitForm(portal);
        return new InviteResellerPage(portal);
    }
}
