package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** A new user chooses a password through the mailed link (which works once). */
public final class SetPasswordPage extends Page {

    public static final String PATH = "public/set-password.xhtml";
    private static final String PASSWORD = "setPasswordForm:password";
    private static final String CONFIRMATION = "setPasswordForm:confirmation";

    private SetPasswordPage(PortalPage portal) {
        super(portal);
    }

    public static SetPasswordPage follow(PortalPage portal, String link) {
        portal.driver().get(link);
        portal.waitForScripts();
        return new SetPasswordPage(portal);
    }

    public static SetPasswordPage open(PortalPage portal, String token) {
        portal.open(PATH + "?token=" + token);
        return new SetPasswordPage(portal);
    }

    public static String linkPrefix(String baseUrl) {
        return baseUrl + PATH + "?token=";
    }

    public String intro() {
        return text("setPasswordIntro");
    }

    public SetPasswordPage password(String password, String confirmation) {
        clear(PASSWORD);
        typeMore(PASSWORD, password);
        clear(CONFIRMATION);
        typeMore(CONFIRMATION, confirmation);
        return this;
    }

    public void save() {
        press("setPasswordForm:save");
    }

    public void awaitPasswordMessage(String text) {
        awaitText("setPasswordForm:passwordMessage", text);
    }

    public String doneText() {
        return text("setPasswordDoneText");
    }

    public String refusal() {
        return text("tokenRefusedText");
    }

    public boolean hasForm() {
        return present(PASSWORD);
    }
}
