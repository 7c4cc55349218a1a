package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.TwoServers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Issue 15, point 4, on two servers over one PostgreSQL database (servers B and C of {@link TwoServersIT}): a
 * sign-out on one server ends the sign-in on the other at once, even for a server that holds the browser's session
 * in its own memory; and a sign-in outlives a restart of its server. Browsers are real (Chromium); the second one
 * holds copies of the first one's cookies, as someone who copied them would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoServersSignOutIT {

    private static final String PAGE = "dashboard.xhtml";

    @RegisterExtension
    static final TwoServers servers = new TwoServers();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aSignOutOnOneServerEndsTheSignInOnTheOther() {
        Created user = Fixtures.organization("RESELLER", "ADMIN_AGENT", 0);
        WebDriver browser = browsers.open("en");
        PortalPage onB = new PortalPage(browser, servers.b().baseUrl());
        onB.signIn(user.login(), Fixtures.PASSWORD);
        assertTrue(browser.getCurrentUrl().contains(PAGE), browser.getCurrentUrl());

        // the copy is used on C, so that C has the session (and its sign-in) in its own memory too
        WebDriver copy = browsers.open("en");
        PortalPage copyOnC = new PortalPage(copy, servers.c().baseUrl());
        copyOnC.open(PortalPage.LOGIN_PATH);
        Set<Cookie> cookies = browser.manage().getCookies();
        cookies.forEach(cookie -> copy.manage().addCookie(cookie));
        copyOnC.open(PAGE);
        assertTrue(copy.getCurrentUrl().contains(PAGE), "the copy works on C: " + copy.getCurrentUrl());

        onB.open(PAGE);
        onB.signOut();

        copyOnC.open(PAGE);
        assertTrue(
                copy.getCurrentUrl().contains(PortalPage.LOGIN_PATH),
                "signed out on B, refused on C: " + copy.getCurrentUrl());
        copyOnC.evidence("two-servers-sign-out-refused-on-c");
    }

    @Test
    void aSignInOutlivesARestartOfItsServer() {
        Created user = Fixtures.organization("PROVIDER", "SALES_AGENT", 0);
        WebDriver browser = browsers.open("en");
        PortalPage onB = new PortalPage(browser, servers.b().baseUrl());
        onB.signIn(user.login(), Fixtures.PASSWORD);

        servers.b().stop();
        servers.b().start();

        onB.open(PAGE);
        assertTrue(browser.getCurrentUrl().contains(PAGE), "still signed in: " + browser.getCurrentUrl());
    }
}
