package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpCookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, point 4, "sign-out ends the token", as someone holding copies of a browser's cookies sees it: after
 * sign-out the copies are refused, also once the same user has signed in again; signing out one browser leaves the
 * user's other browsers signed in; and a server that has forgotten the browser's session (as a restart does with
 * sessions in memory) still knows the sign-in, from the database. Each client here is a cookie jar of its own, the
 * way two browsers (or a browser and a thief's copy of its cookies) are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignOutIT {

    /** The cookie of the browser's sign-in (SessionSignIn). */
    private static final String SIGN_IN_COOKIE = "CCSignIn";

    private static final Path CONFIG = Path.of("..", "server-config", "src");

    private static final String PAGE = "dashboard.xhtml";
    private static final String SIGNED_IN = "/" + PAGE;
    private static final String SENT_TO_SIGN_IN = "/" + PortalPage.LOGIN_PATH;

    @Test
    void copiesOfASignedOutBrowsersCookiesAreRefusedEvenOnceTheUserSignsInAgain() {
        Created user = Fixtures.organization("RESELLER", "ADMIN_AGENT", 0);
        SignedInClient browser = SignedInClient.signIn(user.login(), Fixtures.PASSWORD);
        List<HttpCookie> allCookies = browser.cookies();
        List<HttpCookie> signInCookie = List.of(signInCookieOf(browser));
        assertEquals(SIGNED_IN, SignedInClient.withCopiesOf(allCookies).landsOn(PAGE), "a copy works until sign-out");
        assertEquals(SIGNED_IN, SignedInClient.withCopiesOf(signInCookie).landsOn(PAGE), "so does the cookie alone");

        assertEquals(SENT_TO_SIGN_IN, browser.signOut());

        assertEquals(SENT_TO_SIGN_IN, browser.landsOn(PAGE), "the browser itself");
        assertEquals(SENT_TO_SIGN_IN, SignedInClient.withCopiesOf(allCookies).landsOn(PAGE), "a copy of its cookies");
        assertEquals(SENT_TO_SIGN_IN, SignedInClient.withCopiesOf(signInCookie).landsOn(PAGE), "its sign-in cookie");

        SignedInClient elsewhere = SignedInClient.signIn(user.login(), Fixtures.PASSWORD);
        assertEquals(SIGNED_IN, elsewhere.landsOn(PAGE));
        assertEquals(
                SENT_TO_SIGN_IN,
                SignedInClient.withCopiesOf(allCookies).landsOn(PAGE),
                "the user signed in elsewhere: the old copy stays dead");
        assertEquals(SENT_TO_SIGN_IN, SignedInClient.withCopiesOf(signInCookie).landsOn(PAGE));
    }

    @Test
    void signingOutOneBrowserLeavesTheUsersOtherBrowsersSignedIn() {
        Created user = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        SignedInClient first = SignedInClient.signIn(user.login(), Fixtures.PASSWORD);
        SignedInClient second = SignedInClient.signIn(user.login(), Fixtures.PASSWORD);
        List<HttpCookie> secondsSignIn = List.of(signInCookieOf(second));

        assertEquals(SENT_TO_SIGN_IN, first.signOut());

        assertEquals(SENT_TO_SIGN_IN, first.landsOn(PAGE));
        assertEquals(SIGNED_IN, second.landsOn(PAGE), "the other browser is still signed in");
        assertEquals(SIGNED_IN, SignedInClient.withCopiesOf(secondsSignIn).landsOn(PAGE), "with its own sign-in");
    }

    /**
     * A restart of a server that keeps sessions in memory forgets every session: the browser comes back with a
     * session id the server does not know. Its sign-in is in the database, so the browser is still signed in, and it
     * is the same sign-in: signing out there ends it for the browser it began in too.
     */
    @Test
    void aBrowserWhoseSessionTheServerForgotIsStillSignedIn() {
        Created user = Fixtures.organization("PROVIDER", "SALES_AGENT", 0);
        SignedInClient browser = SignedInClient.signIn(user.login(), Fixtures.PASSWORD);
        HttpCookie forgottenSession = new HttpCookie("JSESSIONID", "0000" + UUID.randomUUID() + ":forgotten");

        SignedInClient afterRestart = SignedInClient.withCopiesOf(List.of(signInCookieOf(browser), forgottenSession));

        assertEquals(SIGNED_IN, afterRestart.landsOn(PAGE));
        assertEquals(SENT_TO_SIGN_IN, afterRestart.signOut());
        assertEquals(SENT_TO_SIGN_IN, browser.landsOn(PAGE), "one sign-in, ended");
    }

    /**
     * The portal's sign-in does not use Liberty's LTPA token, but Liberty keeps LTPA keys for its own sign-ins: they
     * come from the file and password server.xml names as variables (so that servers can share them and no server
     * uses keys made with Liberty's default password), and the test server made that file.
     */
    @Test
    void libertysLtpaKeysComeFromTheConfiguredFileAndPassword() throws IOException {
        String server = Files.readString(CONFIG.resolve(Path.of("main", "liberty", "config", "server.xml")));
        assertTrue(
                server.contains(
                        "<ltpa keysFileName=\"${cc.ltpa.keys.file}\" keysPassword=\"${cc.ltpa.keys.password}\""),
                "the ltpa element reads both variables");
        String devAndTest = Files.readString(
                CONFIG.resolve(Path.of("dev", "liberty", "configDropins", "overrides", "dev-and-test.xml")));
        assertTrue(devAndTest.contains("<variable name=\"cc.ltpa.keys.password\" value=\""), devAndTest);

        Path testServer = testServerDirectory();
        assertTrue(
                Files.isRegularFile(testServer.resolve(Path.of("resources", "security", "channel-center-ltpa.keys"))),
                "the test server's keys are in the configured file");
    }

    /** The test server's folder: the server of this installation that serves the test port. */
    private static Path testServerDirectory() throws IOException {
        Path servers = Path.of(System.getProperty("channelcenter.wlp", "target/liberty/wlp"), "usr", "servers");
        String port = "cc.http.port=" + System.getProperty("channelcenter.http.port", "9081");
        try (Stream<Path> all = Files.list(servers)) {
            return all.filter(folder -> {
                        try {
                            return Files.readAllLines(folder.resolve("bootstrap.properties"))
                                    .contains(port);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no server with " + port + " in " + servers));
        }
    }

    private static HttpCookie signInCookieOf(SignedInClient browser) {
        return browser.cookie(SIGN_IN_COOKIE)
                .orElseThrow(
                        () -> new AssertionError("no sign-in cookie " + SIGN_IN_COOKIE + ": " + browser.cookies()));
    }
}
