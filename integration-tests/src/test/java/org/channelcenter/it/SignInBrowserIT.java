package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import org.channelcenter.it.pages.AuditLogPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.LoginPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.ServerEndpoints;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** Signing in and out in a real browser, and the reseller's dashboard. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    /** The server's default {@code cc.signin.address.failures}: failures per address before it is throttled. */
    private static final int ADDRESS_FAILURES = 30;

    private WebDriver driver;

    @Test
    void resellerSignsInWithANewSessionAndSeesItsDashboardTiles() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 2);
        driver = browsers.open("en");
        PortalPage portal = new PortalPage(driver).open("");
        assertTrue(LoginPage.isShown(portal), "the root asks for sign-in first");
        String sessionBeforeSignIn = portal.sessionId();
        assertNotNull(sessionBeforeSignIn, "the sign-in page has a session (its form's view state)");

        portal.signIn(reseller.login(), Fixtures.PASSWORD);

        assertTrue(DashboardPage.isShown(portal), driver.getCurrentUrl());
        assertNotEquals(sessionBeforeSignIn, portal.sessionId(), "sign-in must issue a new session id");
        DashboardPage dashboard = DashboardPage.shown(portal);
        assertEquals("Dashboard", dashboard.title());
        assertEquals("3", dashboard.tileCount("users"), "the admin and two more users are active");
        assertTrue(dashboard.tile("users").contains("Active users in your organization"));
        assertTrue(dashboard.shell().signedInUser().contains("Browser Test RESELLER"));
        assertTrue(!AuditLogPage.inMenu(portal), "no staff menu for a reseller");
        assertTrue(!dashboard.hasTile("offers"), "no staff tiles for a reseller");

        portal.signOut();
        DashboardPage.open(portal);
        assertTrue(LoginPage.isShown(portal), "signed out: the dashboard asks for sign-in");
    }

    @Test
    void wrongPasswordShowsALocalizedErrorAtTheField() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        driver = browsers.open("ru");
        PortalPage portal = new PortalPage(driver);
        LoginPage login = LoginPage.open(portal);
        assertEquals("Вход в Channel Center", login.heading());

        portal.signIn(reseller.login(), "not-the-password");

        assertTrue(LoginPage.isStillShown(portal));
        assertTrue(login.passwordMessage().contains("Неверное имя пользователя или пароль"), login.passwordMessage());
        assertTrue(login.password().isEmpty(), "the typed password is not sent back");
    }

    @Test
    void aThrottledAddressIsToldToTryAgainLaterInItsLanguage() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        // an address of its own, forwarded by the trusted local proxy, so no other test's failures count
        SecureRandom random = new SecureRandom();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            ServerEndpoints.send(
                    "127.0.0.1",
                    "POST",
                    "public/it-probe/audit-log",
                    Map.of("X-Forwarded-For", address),
                    "op=events&password=x&login="
                            + URLEncoder.encode(
                                    "nobody-" + i + "-" + System.nanoTime() + "@flood.channel.test",
                                    StandardCharsets.UTF_8));
        }
        driver = browsers.open("pt-BR");
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
        try {
            PortalPage portal = new PortalPage(driver);
            LoginPage login = LoginPage.open(portal);

            portal.signIn(reseller.login(), Fixtures.PASSWORD);

            assertTrue(LoginPage.isStillShown(portal), "even the right password waits");
            assertTrue(login.passwordMessage().contains("tente novamente em um minuto"), login.passwordMessage());
        } finally {
            // the browser is kept for later tests: they must come from this host again
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
    }
}
