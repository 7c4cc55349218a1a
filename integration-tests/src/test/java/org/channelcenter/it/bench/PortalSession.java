package org.channelcenter.it.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.channelcenter.it.support.FormSession;

/**
 * One browser's worth of the portal without a browser: its own cookies (so its own HTTP session), signed in through
 * the real sign-in form, GETs of pages and the JSF AJAX POSTs a PrimeFaces table sends, each checked so that an
 * error page, a sign-in page or an expired view fails instead of counting as a fast answer.
 */
final class PortalSession {

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\".*?</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("type=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE_IN_PAGE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE_IN_PARTIAL =
            Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");

    private final String baseUrl;

    // HTTP/1.1: Liberty's cleartext HTTP/2 upgrade closes connections under load (see SignedInClient)
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private PortalSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static PortalSession signIn(String baseUrl, String login, String password) {
        PortalSession session = new PortalSession(baseUrl);
        HttpResponse<String> page = session.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml")).GET());
        Map<String, String> form = formFields(page.body(), "loginForm");
        form.put("loginForm:username", login);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        // the page's CSP nonce, which PrimeFaces' script adds to every form (a post without it gets the 400 page)
        FormSession.nonce(page.body()).ifPresent(nonce -> form.put(FormSession.NONCE_PARAMETER, nonce));
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        if (!signedIn.uri().getPath().endsWith("/dashboard.xhtml")) {
            throw new IllegalStateException("sign-in of " + login + " failed; ended at " + signedIn.uri());
        }
        return session;
    }

    /**
     * GETs a page (path relative to the portal) and checks it: HTTP 200, still at that page (not sent to sign-in
     * or an error page), the page's title and every expected text present
     * ({@link #expect}).
     */
    View get(String path, String... expected) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(at(path)).GET());
        String body = response.body();
        String wanted = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        check(response.statusCode() == 200, path, "HTTP " + response.statusCode());
        check(response.uri().getPath().endsWith(wanted), path, "ended at " + response.uri());
        check(!body.contains("id=\"errorTitle\""), path, "error page");
        check(body.contains("id=\"pageTitle\""), path, "no page title");
        expect(body, path, expected);
        Matcher viewState = VIEW_STATE_IN_PAGE.matcher(body);
        return new View(path, body, viewState.find() ? viewState.group(1) : null);
    }

    /** GETs a static resource; checks HTTP 200 and that it is not empty. */
    void resource(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(at(path)).GET());
        check(response.statusCode() == 200, path, "HTTP " + response.statusCode());
        check(!response.body().isEmpty(), path, "empty");
    }

    /**
     * The AJAX request a PrimeFaces component sends (the form's fields, the view state, the Faces partial
     * parameters, then the component's own): checks a partial response that updates the component, has no error
     * or redirect (an expired view redirects) and answers as expected ({@link #expect}); keeps the view state it answers.
     */
    void ajax(View view, String formId, String componentId, Map<String, String> parameters, String... expected) {
        Map<String, String> form = formFields(view.html(), formId);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", componentId);
        form.put("jakarta.faces.partial.execute", componentId);
        form.put("jakarta.faces.partial.render", componentId);
        form.put(formId, formId);
        form.put("jakarta.faces.ViewState", view.viewState());
        // the page's CSP nonce, which PrimeFaces' script adds to every form (a postback without it gets the 400 page)
        FormSession.nonce(view.html()).ifPresent(nonce -> form.put(FormSession.NONCE_PARAMETER, nonce));
        form.putAll(parameters);
        String what = view.path() + " " + parameters;
        HttpResponse<String> response = send(HttpRequest.newBuilder(at(view.path()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        String body = response.body();
        check(response.statusCode() == 200, what, "HTTP " + response.statusCode());
        check(body.contains("<partial-response"), what, "not a partial response");
        check(!body.contains("<error>"), what, "error: " + body);
        check(!body.contains("<redirect"), what, "redirected (view expired?)");
        check(body.contains("<update id=\"" + componentId + "\""), what, "no update of " + componentId);
        expect(body, what, expected);
        Matcher viewState = VIEW_STATE_IN_PARTIAL.matcher(body);
        if (viewState.find()) {
            view.viewState(viewState.group(1));
        }
    }

    /** A path relative to the portal, or absolute on its server (as a page links its resources). */
    private URI at(String path) {
        return URI.create(baseUrl).resolve(path);
    }

    /**
     * The named input fields of a form in the page (not buttons, boxes or lists), with the values the page gave
     * them. A list (a select) is left out rather than sent empty: PrimeFaces parses the rows-per-page list as a
     * number, and a filter list left out filters nothing, as its "all" choice does; a step sends the one it sets.
     */
    private static Map<String, String> formFields(String html, String formId) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            if (!forms.group(1).equals(formId)) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(forms.group());
            while (input.find()) {
                Matcher name = NAME.matcher(input.group());
                Matcher type = TYPE.matcher(input.group());
                String kind = type.find() ? type.group(1) : "text";
                if (!name.find() || kind.equals("checkbox") || kind.equals("radio") || kind.equals("submit")) {
                    continue;
                }
                Matcher value = VALUE.matcher(input.group());
                fields.put(
                        name.group(1),
                        value.find() ? value.group(1).replace("&#58;", ":").replace("&amp;", "&") : "");
            }
            return fields;
        }
        throw new IllegalStateException("no form " + formId + " in the page");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            // a time limit, so that a server that never answers fails the run instead of hanging it
            return http.send(
                    request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each text must be in the answer; one that starts with "!" must not be (a sort or filter that applied). */
    private static void expect(String body, String what, String... expected) {
        for (String text : expected) {
            if (text.startsWith("!")) {
                check(!body.contains(text.substring(1)), what, "has " + text.substring(1));
            } else {
                check(body.contains(text), what, "missing " + text);
            }
        }
    }

    private static void check(boolean ok, String what, String problem) {
        if (!ok) {
            throw new IllegalStateException(what + ": " + problem);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A page as this session last saw it: its HTML (for its forms) and the view state of its latest answer. */
    static final class View {
        private final String path;
        private final String html;
        private String viewState;

        View(String path, String html, String viewState) {
            this.path = path;
            this.html = html;
            this.viewState = viewState;
        }

        String path() {
            return path;
        }

        String html() {
            return html;
        }

        String viewState() {
            return viewState;
        }

        void viewState(String newState) {
            this.viewState = newState;
        }
    }
}
