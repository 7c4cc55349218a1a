package org.channelcenter.web.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** After sign-in the user returns to the page that asked for it, but never to another site. */
class SignInPageTest {

    @Test
    void followsOnlyAPathOnThisServer() {
        assertEquals(
                Optional.of("/partnership/authorize-provider.xhtml?token=abc"),
                SignInPage.localPathOf("http://:9080/partnership/authorize-provider.xhtml?token=abc"));
        assertEquals(Optional.of("/dashboard.xhtml"), SignInPage.localPathOf("https://portal.example/dashboard.xhtml"));
        assertTrue(SignInPage.localPathOf("http://x//evil.example/").isEmpty());
        assertTrue(SignInPage.localPathOf("http://x/login.xhtml").isEmpty());
        assertTrue(SignInPage.localPathOf("not a url").isEmpty());
        assertTrue(SignInPage.localPathOf("http://:9080/").isEmpty(), "the root: the dashboard's own address");
        assertTrue(SignInPage.localPathOf("http://:9080/favicon.ico").isEmpty(), "the browser's own requests");
    }
}
