package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.channelcenter.it.pages.AuditLogPage;
import org.channelcenter.it.pages.CustomersPage;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.EnrollmentsPage;
import org.channelcenter.it.pages.FindProviderPage;
import org.channelcenter.it.pages.InvitationsPage;
import org.channelcenter.it.pages.InviteCustomersPage;
import org.channelcenter.it.pages.InviteResellerPage;
import org.channelcenter.it.pages.OffersPage;
import org.channelcenter.it.pages.OrdersPage;
import org.channelcenter.it.pages.OutboxPage;
import org.channelcenter.it.pages.ProviderListingsPage;
import org.channelcenter.it.pages.RegistryPage;
import org.channelcenter.it.pages.ResellersPage;
import org.channelcenter.it.pages.UsersPage;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.FormSession;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transport and browser hardening (issue 15, point 8) as a browser receives it, over HTTP and HTTPS: the sign-in
 * page, a script resource, a page that does not exist (404) and the health endpoint all carry
 * {@code X-Content-Type-Options}, {@code X-Frame-Options}, {@code Referrer-Policy} and one Content-Security-Policy
 * that forbids framing, plugins, foreign scripts and inline scripts ({@code script-src} without
 * {@code 'unsafe-inline'} or {@code 'unsafe-eval'}); pages allow their own scripts by a nonce drawn afresh for each
 * (PrimeFaces' CSP mode), and have no inline handler or script without it. That a browser then refuses an injected
 * script is shown by {@code ContentSecurityPolicyBrowserIT}. Over HTTPS, HSTS; the
 * package's session and SSO cookies are {@code Secure}. The test server's HTTPS certificate is
 * Liberty's self-signed one, so this client trusts any certificate: what is checked here is headers, not PKI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String RESOURCE = "jakarta.faces.resource/core.js.xhtml?ln=primefaces";
    /** Public, so the answer is the 404 page and not the sign-in redirect. */
    private static final String MISSING = "public/no-such-page.xhtml";

    /** What a page's policy allows its scripts: this server's files and the scripts carrying the page's nonce. */
    private static final Pattern SCRIPT_SRC = Pattern.compile("script-src ([^;]*)");

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script\\b[^>]*\\snonce=\"([^\"]*)\"");
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+=\"");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");

    private final HttpClient http = client();

    private static String httpBase() {
        return "http://localhost:" + System.getProperty("channelcenter.http.port", "9081") + "/";
    }

    private static String httpsBase() {
        return "https://localhost:" + System.getProperty("channelcenter.https.port", "9444") + "/";
    }

    @Test
    void everyKindOfResponseOverHttpCarriesTheBrowserHeaders() {
        for (String path : List.of(PortalPage.LOGIN_PATH, RESOURCE, MISSING, "no-such-file.txt", "dashboard.xhtml")) {
            assertBrowserHeaders(get(httpBase() + path), path);
        }
        HttpResponse<String> health = get(httpBase() + "health/ready");
        assertBrowserHeaders(health, "health/ready");
    }

    @Test
    void pagesAllowOnlyTheirOwnScriptsByAFreshNonce() {
        HttpResponse<String> login = get(httpBase() + PortalPage.LOGIN_PATH);
        assertEquals(200, login.statusCode());
        String nonce = nonceOf(login, "sign-in page");
        List<String> scriptNonces = allOf(SCRIPT_NONCE, login.body());
        assertFalse(scriptNonces.isEmpty(), "the sign-in page has scripts of its own");
        assertEquals(Set.of(nonce), Set.copyOf(scriptNonces), "every script carries the header's nonce");
        assertFalse(INLINE_HANDLER.matcher(login.body()).find(), "no inline event attribute");
        Matcher script = INLINE_SCRIPT.matcher(login.body());
        while (script.find()) {
            assertTrue(script.group().contains("nonce="), "an inline script without the nonce: " + script.group());
        }
        // 16 random bytes at least (PrimeFaces: a random UUID, Base64-encoded), new for every page
        assertTrue(Base64.getDecoder().decode(nonce).length >= 16, nonce);
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            nonces.add(nonceOf(get(httpBase() + PortalPage.LOGIN_PATH), "sign-in page " + i));
        }
        nonces.add(nonce);
        assertEquals(6, nonces.size(), "a fresh nonce for each page: " + nonces);

        HttpResponse<String> missing = get(httpBase() + MISSING);
        assertEquals(404, missing.statusCode());
        String errorNonce = nonceOf(missing, "the 404 page");
        assertTrue(missing.body().contains("nonce=\"" + errorNonce + "\""), "the error page is a page too");
    }

    /**
     * A postback keeps its page's nonce (its answer's policy and scripts carry the same one, as an AJAX answer runs
     * under the policy the page was loaded with), and one without it, with another page's, or with a value no page
     * was given gets the 400 page, nothing applied: only a client not running the page's script sends one.
     */
    @Test
    void aPostbackMustSendItsPagesNonce() {
        FormSession session = FormSession.anonymous("en");
        FormSession.Answer page = session.get(PortalPage.LOGIN_PATH);
        String nonce = FormSession.nonce(page.body()).orElseThrow();
        Map<String, String> form = new LinkedHashMap<>(
                FormSession.forms(page.body()).get("loginForm").fields());
        // nothing typed: the page is shown again with its "required" messages
        form.put("loginForm:username", "");
        form.put("loginForm:password", "");
        form.put("loginForm:signIn", "");
        assertEquals(nonce, form.get(FormSession.NONCE_PARAMETER), "sent as the page's script sends it");
        String otherPagesNonce =
                FormSession.nonce(session.get(PortalPage.LOGIN_PATH).body()).orElseThrow();
        assertNotEquals(nonce, otherPagesNonce);

        for (String refused : new String[] {otherPagesNonce, "", "not-a-nonce", null}) {
            Map<String, String> forged = new LinkedHashMap<>(form);
            if (refused == null) {
                forged.remove(FormSession.NONCE_PARAMETER);
            } else {
                forged.put(FormSession.NONCE_PARAMETER, refused);
            }
            FormSession.Answer answer = session.post(PortalPage.LOGIN_PATH, FormSession.encode(forged), false);
            assertEquals(400, answer.status(), "nonce " + refused + ": " + answer.body());
            assertTrue(answer.body().contains("id=\"error-400\""), "the 400 page for nonce " + refused);
        }

        FormSession.Answer shownAgain = session.post(PortalPage.LOGIN_PATH, FormSession.encode(form), false);
        assertEquals(200, shownAgain.status(), shownAgain.body());
        assertTrue(shownAgain.body().contains("loginForm:username"), "the sign-in page again");
        assertEquals(Optional.of(nonce), FormSession.nonce(shownAgain.body()), "the page keeps its nonce");
    }

    /**
     * Under the nonce policy a browser runs no inline event attribute and no inline script without the nonce, so
     * the signed-in pages of the main flows must have neither (PrimeFaces registers its handlers from nonce'd
     * scripts instead). A page that had one would silently lose that behaviour in the browser; the browser tests
     * fail on any such refusal too ({@code Browsers}).
     */
    @Test
    void signedInPagesHaveNoScriptTheNoncePolicyWouldRefuse() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Fixtures.Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        Map<Fixtures.Created, List<String>> pages = Map.of(
                reseller,
                List.of(
                        DashboardPage.PATH,
                        UsersPage.PATH,
                        CustomersPage.PATH,
                        OrdersPage.PATH,
                        InvitationsPage.PATH,
                        InviteCustomersPage.PATH,
                        AuditLogPage.ACCOUNT_PATH,
                        FindProviderPage.PATH),
                provider,
                List.of(ResellersPage.PATH, InviteResellerPage.PATH, OrdersPage.PATH),
                staff,
                List.of(
                        OutboxPage.PATH,
                        RegistryPage.PATH,
                        OffersPage.PATH,
                        EnrollmentsPage.PATH,
                        ProviderListingsPage.PATH,
                        AuditLogPage.STAFF_PATH));
        pages.forEach((user, paths) -> {
            SignedInClient client = SignedInClient.signIn(user.login(), Fixtures.PASSWORD);
            for (String path : paths) {
                String page = client.page(path);
                assertTrue(page.contains("</html>"), path);
                Matcher handler = INLINE_HANDLER.matcher(page);
                if (handler.find()) {
                    fail(path + " has an inline event attribute: " + around(page, handler));
                }
                Matcher script = INLINE_SCRIPT.matcher(page);
                while (script.find()) {
                    assertTrue(
                            script.group().contains("nonce="),
                            path + " has a script without the nonce: " + script.group());
                }
            }
        });
    }

    @Test
    void overHttpsEveryResponseAlsoCarriesHsts() {
        HttpResponse<String> login = get(httpsBase() + PortalPage.LOGIN_PATH);
        assertEquals(200, login.statusCode());
        assertBrowserHeaders(login, "https sign-in page");
        for (String path : List.of(PortalPage.LOGIN_PATH, RESOURCE, MISSING)) {
            String hsts = get(httpsBase() + path)
                    .headers()
                    .firstValue("Strict-Transport-Security")
                    .orElse("");
            assertTrue(hsts.startsWith("max-age="), path + ": " + hsts);
            assertTrue(Long.parseLong(hsts.substring(8).split(";")[0].trim()) >= 15_552_000, "half a year at least");
        }

        // the test server runs with cc.cookies.secure=false (plain-HTTP test clients): its cookies are not Secure
        // over either port; the package's are, see theShippedServerMakesTheSessionAndSignInCookiesSecure
        assertTrue(cookie(login, "JSESSIONID").isPresent(), "the sign-in page starts a session");
    }

    /**
     * Liberty cannot mark a cookie Secure only when the request came over HTTPS, so the package marks the
     * session and sign-in cookies Secure always and the dev and test servers, used over plain HTTP, turn it
     * off. Checked on the files the package and the test server are made from.
     */
    @Test
    void theShippedServerMakesTheSessionAndSignInCookiesSecure() throws IOException {
        String server =
                Files.readString(Path.of("..", "server-config", "src", "main", "liberty", "config", "server.xml"));
        assertTrue(server.contains("<variable name=\"cc.cookies.secure\" defaultValue=\"true\"/>"), "on by default");
        assertTrue(
                Pattern.compile("<httpSession[^>]*cookieSecure=\"\\$\\{cc.cookies.secure}\"")
                        .matcher(server)
                        .find(),
                "JSESSIONID follows it");
        assertTrue(
                Pattern.compile("<webAppSecurity[^>]*ssoRequiresSSL=\"\\$\\{cc.cookies.secure}\"")
                        .matcher(server)
                        .find(),
                "LtpaToken2 follows it");
        String devAndTest = Files.readString(Path.of(
                "..", "server-config", "src", "dev", "liberty", "configDropins", "overrides", "dev-and-test.xml"));
        assertTrue(devAndTest.contains("<variable name=\"cc.cookies.secure\" value=\"false\"/>"), devAndTest);
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst();
    }

    /** The nonce the page's policy allows scripts by; fails when its script-src allows inline scripts. */
    private static String nonceOf(HttpResponse<String> page, String what) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), what + ": one policy, " + policies);
        Matcher scriptSrc = SCRIPT_SRC.matcher(policies.get(0));
        assertTrue(scriptSrc.find(), what + ": " + policies);
        Matcher nonce = NONCE.matcher(scriptSrc.group(1));
        assertTrue(nonce.find(), what + ": no nonce in " + scriptSrc.group());
        return nonce.group(1);
    }

    private static List<String> allOf(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String around(String page, Matcher match) {
        return page.substring(Math.max(0, match.start() - 80), Math.min(page.length(), match.end() + 80));
    }

    private static void assertBrowserHeaders(HttpResponse<String> response, String what) {
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(null),
                what);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals(
                "no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null), what);
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(
                policies.stream()
                        .anyMatch(p -> p.contains("frame-ancestors 'none'")
                                && p.contains("object-src 'none'")
                                && p.contains("base-uri 'self'")
                                && p.contains("default-src 'self'")
                                && p.contains("form-action 'self'")),
                what + ": " + policies);
        // one policy: a browser enforces every policy it gets, so a second one could only narrow the first
        assertEquals(1, policies.size(), what + ": " + policies);
        Matcher scriptSrc = SCRIPT_SRC.matcher(policies.get(0));
        assertTrue(scriptSrc.find(), what + ": a script-src of its own, " + policies);
        assertTrue(scriptSrc.group(1).contains("'self'"), what + ": " + scriptSrc.group());
        assertFalse(scriptSrc.group(1).contains("'unsafe-inline'"), what + ": " + scriptSrc.group());
        assertFalse(scriptSrc.group(1).contains("'unsafe-eval'"), what + ": " + scriptSrc.group());
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(
                    HttpRequest.newBuilder(request, (name, value) -> true)
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** No cookie store and no redirects: each answer's own headers are what is checked. */
    private static HttpClient client() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new AnyCertificate()}, new SecureRandom());
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .sslContext(tls)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Trusts Liberty's self-signed test certificate (see the class comment). An extended trust manager checks the
     * host name itself, so doing nothing here also accepts a certificate issued to the machine's name.
     */
    private static final class AnyCertificate extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
