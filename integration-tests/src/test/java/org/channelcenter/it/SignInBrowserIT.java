package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Signing in and out in a real browser, and the reseller's dashboard. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver driver;



    @Test
    void resellerSignsInWithANewSessionAndSeesItsDashboardTiles() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 2);
        driver = browsers.open("en");
        PortalPage portal = new PortalPage(driver).open("");
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "the root asks for sign-in first");
        String sessionBeforeSignIn = portal.sessionId();
        assertNotNull(sessionBeforeSignIn, "the sign-in page has a session (its form's view state)");

        portal.signIn(reseller.login(), Fixtures.PASSWORD);

        assertTrue(driver.getCurrentUrl().endsWith("/dashboard.xhtml"), driver.getCurrentUrl());
        assertNotEquals(sessionBeforeSignIn, portal.sessionId(), "sign-in must issue a new session id");
        assertEquals("Dashboard", portal.text("pageTitle"));
        assertEquals("3", portal.tileCount("users"), "the admin and two more users are active");
        assertTrue(portal.text("tile-users").contains("Active users in your organization"));
        assertTrue(portal.text("shellForm:signedInUser").contains("Browser Test RESELLER"));
        assertTrue(driver.findElements(By.id("menuForm:menuAuditLog")).isEmpty(), "no staff menu for a reseller");
        assertTrue(driver.findElements(By.id("tile-offers")).isEmpty(), "no staff tiles for a reseller");

        portal.signOut();
        portal.open("dashboard.xhtml");
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "signed out: the dashboard asks for sign-in");
    }

    @Test
    void wrongPasswordShowsALocalizedErrorAtTheField() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        driver = browsers.open("ru");
        PortalPage portal = new PortalPage(driver).open("login.xhtml");
        assertEquals("Вход в Channel Center", portal.text("signInHeading"));

        portal.signIn(reseller.login(), "not-the-password");

        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"));
        assertTrue(portal.text("loginForm:passwordMessage").contains("Неверное имя пользователя или пароль"),
                portal.text("loginForm:passwordMessage"));
        assertTrue(driver.findElement(By.id("loginForm:password")).getAttribute("value").isEmpty(),
                "the typed password is not sent back");
    }
}
