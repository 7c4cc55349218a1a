package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** The primary contact confirms their address through the mailed link. */
public final class VerifyContactPage extends Page {

    public static final String PATH = "public/verify-contact.xhtml";

    private VerifyContactPage(PortalPage portal) {
        super(portal);
    }

    /** Opens the page by the mailed link. */
    public static VerifyContactPage follow(PortalPage portal, String link) {
        portal.driver().get(link);
        portal.waitForScripts();
        return new VerifyContactPage(portal);
    }

    public static String linkPrefix(String baseUrl) {
        return baseUrl + PATH + "?token=";
    }

    /** Ticks both confirmations and confirms; waits for the confirmation. */
    public void confirm() {
        tick("verifyForm:signedUp");
        tick("verifyForm:addressBelongs");
        portal.click("verifyForm:confirm", "confirmedTitle");
    }
}
