package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/**
 * Invite new customers together with a provider ({@code ?provider=}), or, without a provider, request a
 * reseller relationship with an existing customer.
 */
public final class InviteCustomersPage extends InvitationRequestPage {

    public static final String PATH = "customer/invite.xhtml";

    private InviteCustomersPage(PortalPage portal) {
        super(portal);
    }

    public static InviteCustomersPage open(PortalPage portal) {
        portal.open(PATH);
        return shown(portal);
    }

    public static String withProvider(long provider) {
        return PATH + "?provider=" + provider;
    }

    /** The page as a button led to it: waits for its form. */
    public static InviteCustomersPage shown(PortalPage portal) {
        awaitForm(portal);
        return new InviteCustomersPage(portal);
    }

    public String intro() {
        return text("inviteIntro");
    }

    public String importantNote() {
        return text("importantNote");
    }
}
