package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transport and browser hardening (issue 15, point 8) as a browser receives it, over HTTP and HTTPS: the sign-in
 * page, a script resource, a page that does not exist (404) and the health endpoint all carry
 * {@code X-Content-Type-Options}, {@code X-Frame-Options}, {@code Referrer-Policy} and a Content-Security-Policy
 * that forbids framing, plugins and foreign scripts. Over HTTPS, HSTS; the
 * package's session and SSO cookies are {@code Secure}. The test server's HTTPS certificate is
 * Liberty's self-signed one, so this client trusts any certificate: what is checked here is headers, not PKI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String RESOURCE = "jakarta.faces.resource/core.js.xhtml?ln=primefaces";
    /** Public, so the answer is the 404 page and not the sign-in redirect. */
    private static final String MISSING = "public/no-such-page.xhtml";

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
