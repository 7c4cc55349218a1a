package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Memory is chosen, not left to defaults: the server's heap has the maximum its {@code jvm.options} gives
 * (without it the JVM takes a quarter of the machine's memory), and a session keeps the 10 views {@code web.xml}
 * allows (MyFaces' default is 20): a postback to the 11th-newest view of a session finds it gone, and the page is
 * opened again with a notice that what was sent was not done (not an error page).
 */
@ExtendWith(ArquillianExtension.class)
class ServerMemoryIT {

    private static final long MEBIBYTE = 1024L * 1024L;
    private static final int VIEWS_KEPT = 10;

    /** Runs in the server: its JVM's maximum heap is jvm.options' -Xmx1g (G1 reports it to within a region). */
    @Test
    void theServerRunsWithTheHeapItsJvmOptionsGive() {
        long maximum = Runtime.getRuntime().maxMemory() / MEBIBYTE;

        assertTrue(maximum > 900 && maximum <= 1024, "maximum heap " + maximum + " MB, expected -Xmx1g");
    }

    @Test
    @RunAsClient
    void aSessionKeepsItsTenNewestViewsAndNoMore() {
        assertFalse(expired(oldestOf(VIEWS_KEPT)), "the oldest of 10 views is still kept");
        assertTrue(expired(oldestOf(VIEWS_KEPT + 1)), "the oldest of 11 views is no longer kept");
    }

    /** In a new session, opens the sign-in page that many times, then posts the first one's form back. */
    private static String oldestOf(int views) {
        SignedInClient session = SignedInClient.anonymous();
        Map<String, String> oldest = SignedInClient.signInForm(session.page(PortalPage.LOGIN_PATH));
        for (int i = 1; i < views; i++) {
            session.page(PortalPage.LOGIN_PATH);
        }
        Map<String, String> form = new LinkedHashMap<>(oldest);
        form.put("loginForm:username", "nobody-" + System.nanoTime() + "@views.channel.test");
        form.put("loginForm:password", "wrong-password");
        form.put("loginForm:signIn", "");
        // a wrong password: the answer is the page with its sign-in error, or, when the view is gone, the page
        // opened again with the expired notice
        return session.submit(PortalPage.LOGIN_PATH, form);
    }

    private static boolean expired(String page) {
        return page.contains("id=\"viewExpired\"");
    }
}
