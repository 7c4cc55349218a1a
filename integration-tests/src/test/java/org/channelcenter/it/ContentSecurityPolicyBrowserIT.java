package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The Content-Security-Policy as Chromium enforces it (issue 15, point 8): on a signed-in page, a script element and
 * an inline event handler added without the page's nonce (what a stored or reflected injection would add) do not
 * run, and the browser reports the refusal both to the page ({@code securitypolicyviolation}) and on its console,
 * while a script carrying the page's nonce runs. Under a policy with {@code 'unsafe-inline'} for scripts the
 * injected ones ran.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    /**
     * Adds, as an injection would, a script element and a button with an onclick attribute (clicked), neither with
     * the nonce; and, as the page itself does, a script element with the nonce of the page's own scripts. Each sets
     * a flag when it runs; the page's violation reports are collected in {@code ccRefused}.
     */
    private static final String INJECT = "window.ccRefused = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.ccRefused.push(e.effectiveDirective + ' ' + e.blockedURI); });"
            + "var injected = document.createElement('script');"
            + "injected.textContent = 'window.ccInjectedScriptRan = true;';"
            + "document.body.appendChild(injected);"
            + "var button = document.createElement('button');"
            + "button.type = 'button';"
            + "button.setAttribute('onclick', 'window.ccInjectedHandlerRan = true;');"
            + "document.body.appendChild(button);"
            + "button.click();"
            + "var own = document.querySelector('script[nonce]');"
            + "if (own && own.nonce) {"
            + "  var trusted = document.createElement('script');"
            + "  trusted.nonce = own.nonce;"
            + "  trusted.textContent = 'window.ccScriptWithNonceRan = true;';"
            + "  document.body.appendChild(trusted); }";

    @Test
    void aScriptInjectedWithoutThePagesNonceIsRefusedByTheBrowser() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        WebDriver driver = browsers.open("en");
        PortalPage portal = new PortalPage(driver);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        DashboardPage.open(portal);
        // the page's own nonce'd scripts ran: PrimeFaces set up its widgets
        portal.waitForScripts();
        JavascriptExecutor page = (JavascriptExecutor) driver;
        String nonce = (String) page.executeScript("return PrimeFaces.csp.NONCE_VALUE;");
        assertTrue(nonce != null && !nonce.isEmpty(), "the page runs in PrimeFaces' CSP mode");

        page.executeScript(INJECT);
        // a violation is reported to the page as a task of its own, after the script that caused it
        portal.waiting()
                .until(d ->
                        ((Number) ((JavascriptExecutor) d).executeScript("return window.ccRefused.length;")).intValue()
                                >= 2);

        assertNull(page.executeScript("return window.ccInjectedScriptRan;"), "the injected script did not run");
        assertNull(page.executeScript("return window.ccInjectedHandlerRan;"), "the injected handler did not run");
        assertEquals(
                Boolean.TRUE,
                page.executeScript("return window.ccScriptWithNonceRan;"),
                "a script with the page's nonce runs: the refusals are the nonce's doing");
        @SuppressWarnings("unchecked")
        List<String> refused = (List<String>) page.executeScript("return window.ccRefused;");
        assertTrue(refused.stream().anyMatch(r -> r.startsWith("script-src-elem inline")), refused.toString());
        assertTrue(refused.stream().anyMatch(r -> r.startsWith("script-src-attr inline")), refused.toString());
        List<String> console = Browsers.policyViolations(driver);
        assertTrue(
                console.stream().anyMatch(message -> message.contains("inline script") && message.contains("blocked")),
                "Chromium's console: " + console);
        assertTrue(
                console.stream()
                        .anyMatch(message -> message.contains("inline event handler") && message.contains("blocked")),
                "Chromium's console: " + console);

        // the page still works under the policy: an AJAX request (the language menu) and the next page
        portal.chooseLanguage("Português (Brasil)", "pt-BR");
        String nextNonce = (String) page.executeScript("return PrimeFaces.csp.NONCE_VALUE;");
        assertNotEquals(nonce, nextNonce, "the page shown again has a nonce of its own");
        assertTrue(portal.revealsNothingInternal(), "no error page");
    }
}
