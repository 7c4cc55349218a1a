package org.channelcenter.it.pages;

import org.channelcenter.it.support.PortalPage;

/** Sign-in ({@link PortalPage#signIn} fills it in); what a test reads on it. */
public final class LoginPage extends Page {

    public static final String PATH = PortalPage.LOGIN_PATH;

    public LoginPage(PortalPage portal) {
        super(portal);
    }

    public static LoginPage open(PortalPage portal) {
        portal.open(PATH);
        return new LoginPage(portal);
    }

    /** Whether the browser shows the sign-in page now. */
    public static boolean isShown(PortalPage portal) {
        return portal.driver().getCurrentUrl().endsWith("/" + PATH);
    }

    /** Whether the browser is still on the sign-in page (with a query or not). */
    public static boolean isStillShown(PortalPage portal) {
        return portal.driver().getCurrentUrl().contains("/" + PATH);
    }

    public static void awaitShown(PortalPage portal) {
        new LoginPage(portal).awaitVisible("loginForm:username");
    }

    public String heading() {
        return text("signInHeading");
    }

    public String signInLabel() {
        return text("loginForm:signIn");
    }

    public String passwordMessage() {
        return text("loginForm:passwordMessage");
    }

    /** What the password field holds (a refused password is not sent back). */
    public String password() {
        return value("loginForm:password");
    }

    public EnrollPage enroll() {
        portal.click("enrollLink", EnrollPage.WELCOME_NEXT);
        return new EnrollPage(portal);
    }
}
