package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** A reseller's admin authorizes a provider through the mailed link (after signing in). */
public final class AuthorizeProviderPage extends Page {

    public static final String PATH = "partnership/authorize-provider.xhtml";
    private static final String F = "authorizeForm:";

    private AuthorizeProviderPage(PortalPage portal) {
        super(portal);
    }

    /** Follows the link while signed out: the sign-in page is shown first. */
    public static void followSignedOut(PortalPage portal, String link) {
        portal.driver().get(link);
        LoginPage.awaitShown(portal);
    }

    /** Follows the link, signed in. */
    public static AuthorizeProviderPage follow(PortalPage portal, String link) {
        portal.driver().get(link);
        return new AuthorizeProviderPage(portal);
    }

    /** Waits until sign-in has led back to the page. */
    public static AuthorizeProviderPage awaitShown(PortalPage portal) {
        portal.waiting().until(d -> d.getCurrentUrl().contains("/" + PATH + "?token="));
        return new AuthorizeProviderPage(portal);
    }

    public static String linkPart() {
        return "/" + PATH + "?token=";
    }

    public String providerName() {
        return text("providerName");
    }

    public String note() {
        return text(F + "note");
    }

    public void authorize() {
        press(F + "authorize");
    }

    public void consent() {
        tick(F + "consent");
    }

    public void awaitConsentMessage(String text) {
        awaitText(F + "consentMessage", text);
    }

    public String authorizedText() {
        return text("authorizedText");
    }

    public String refusal() {
        return text("refusalText");
    }

    /** The button to Indirect providers shown after authorizing. */
    public ProvidersPage toProviders() {
        portal.click("toProviders", Partnerships.TABLE);
        return new ProvidersPage(portal);
    }
}
