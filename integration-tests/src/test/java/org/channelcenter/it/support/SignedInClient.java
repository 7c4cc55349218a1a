package org.channelcenter.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP session signed in through the real sign-in page (no browser): it posts the page's form with its
 * hidden fields, keeps the cookies, and then calls test probes as that user.
 */
public final class SignedInClient {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    // HTTP/1.1 as in Fixtures: with the default cleartext HTTP/2 upgrade, a burst of simultaneous sign-ins
    // (SimultaneousSignInIT) sometimes had a connection closed by the server's GOAWAY instead of an answer.
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private SignedInClient() {}

    /**
     * A client that has only copies of these cookies of another client (e.g. its sign-in cookies), as someone who
     * copied them out of a browser would have.
     */
    public static SignedInClient withCopiesOf(List<HttpCookie> copied) {
        SignedInClient client = new SignedInClient();
        // through the cookie manager, as if the server had set them: a later cookie of the same name from the
        // server then replaces the copy, as in a browser
        List<String> setCookies = copied.stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue() + "; Path=/")
                .toList();
        try {
            client.cookies.put(URI.create(Fixtures.baseUrl()), Map.of("Set-Cookie", setCookies));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return client;
    }

    /** All the cookies the server gave this client. */
    public List<HttpCookie> cookies() {
        return List.copyOf(cookies.getCookieStore().getCookies());
    }

    /** This client's cookie of that name, if the server gave it one. */
    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .findFirst();
    }

    /**
     * The path of the page a GET of that path ends on, redirects followed: the page itself when this client is
     * signed in, the sign-in page when it is not.
     */
    public String landsOn(String path) {
        return send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + path))
                        .GET()
                        .build())
                .uri()
                .getPath();
    }

    /** Presses Sign out in the header of the dashboard, as a browser posts it; the path of the page it ends on. */
    public String signOut() {
        String dashboard = page("dashboard.xhtml");
        Map<String, String> form = formFields(dashboard, "shellForm");
        form.put("shellForm:signOut", "");
        // the header's language menu is part of the form, as a browser posts it
        form.put("shellForm:language_input", "en");
        return send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + "dashboard.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .build())
                .uri()
                .getPath();
    }

    /** A session of its own that has not signed in (yet): the sign-in page's own forms, posted as a browser does. */
    public static SignedInClient anonymous() {
        return new SignedInClient();
    }

    /** The body of a GET of that path, redirects followed. */
    public String page(String path) {
        return send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + path))
                        .GET()
                        .build())
                .body();
    }

    /** POSTs the form's fields to that path as a browser submits a form; the body of the answer, redirects followed. */
    public String submit(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .build())
                .body();
    }

    public static SignedInClient signIn(String login, String password) {
        SignedInClient client = new SignedInClient();
        HttpResponse<String> page =
                client.send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + PortalPage.LOGIN_PATH))
                        .GET()
                        .build());
        Map<String, String> form = signInForm(page.body());
        form.put("loginForm:username", login);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        HttpResponse<String> signedIn =
                client.send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + PortalPage.LOGIN_PATH))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .build());
        if (!signedIn.uri().getPath().endsWith("/dashboard.xhtml")) {
            throw new IllegalStateException("sign-in of " + login + " failed; ended at " + signedIn.uri());
        }
        return client;
    }

    /**
     * The hidden fields of the sign-in form on that page (its view state among them). Only the sign-in form's own:
     * another form's "_SUBMIT" would make Faces decode that form too.
     */
    public static Map<String, String> signInForm(String page) {
        return formFields(page, "loginForm");
    }

    /** The hidden fields of the form with that id on that page. */
    private static Map<String, String> formFields(String page, String formId) {
        Matcher loginForm = Pattern.compile("<form id=\"" + formId + "\".*?</form>", Pattern.DOTALL)
                .matcher(page);
        if (!loginForm.find()) {
            throw new IllegalStateException("no form " + formId + " on the page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(loginForm.group());
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                form.put(
                        name.group(1),
                        value.find() ? value.group(1).replace("&#58;", ":").replace("&amp;", "&") : "");
            }
        }
        // added by PrimeFaces' script in a browser, not in the HTML
        FormSession.nonce(page).ifPresent(nonce -> form.put(FormSession.NONCE_PARAMETER, nonce));
        return form;
    }

    /** POSTs the parameters to a probe of the portal and reads its JSON answer. */
    public ProbeAnswer post(String path, Map<String, String> parameters) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(parameters)))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
        }
        return JsonAnswers.read(response.body(), ProbeAnswer.class);
    }

    /**
     * POSTs the parameters to a probe of the portal; the answer whatever its status (a probe that leaves a refusal to
     * the portal's error pages answers with their status and page).
     */
    public HttpResponse<String> postForAnswer(String path, Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(parameters)))
                .build());
    }

    /** The HTTP status of a GET of that path, redirects followed. */
    public int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + path))
                        .GET()
                        .build())
                .statusCode();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            // a fixed time limit, so a server that never answers fails the test instead of hanging it
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

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
