package org.channelcenter.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's HTTP session without the browser, for sending what no page would: it reads the forms of a page
 * (fields, their values, the view state and submit buttons) from the HTML and posts them back with any value,
 * any parameter left out, or a raw body (a malformed percent-escape cannot be sent through an encoder).
 */
public final class FormSession {

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");
    /** The page's CSP nonce, as PrimeFaces writes it on the page's scripts. */
    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script\\b[^>]*\\snonce=\"([^\"]+)\"");
    /** The parameter PrimeFaces' script adds to every Faces form with the page's nonce (checked on postbacks). */
    public static final String NONCE_PARAMETER = "primefaces.nonce";

    private static final Pattern VIEW_STATE_UPDATE =
            Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

    /** A page's form: its fields with the values the page gave them, and the names of its submit buttons. */
    public record Form(String id, Map<String, String> fields, List<String> buttons) {

        public String viewState() {
            return fields.get("jakarta.faces.ViewState");
        }

        /** The fields a person types into or chooses (not the form's own hidden markers). */
        public List<String> inputs() {
            return fields.keySet().stream()
                    .filter(name -> !name.equals("jakarta.faces.ViewState")
                            && !name.endsWith("_SUBMIT")
                            && !name.equals(NONCE_PARAMETER))
                    .toList();
        }
    }

    /** The server's answer: status, body and the address it ended at (redirects followed). */
    public record Answer(int status, String body, URI uri) {}

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String language;

    /**
     * The client address this session's requests come from, as a proxy the test server trusts says (an address in
     * 10/8 of its own): the refused sign-ins a fuzzing session makes count against it alone, not against every
     * test on the machine.
     */
    private final String clientAddress = "10." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256) + "."
            + (1 + ThreadLocalRandom.current().nextInt(254));

    private FormSession(String language) {
        this.language = language;
    }

    /** A session that has not signed in, its browser asking for pages in that language (e.g. "pt-BR"). */
    public static FormSession anonymous(String language) {
        return new FormSession(language);
    }

    /** A session signed in through the sign-in page's form. */
    public static FormSession signedIn(String login, String password) {
        return signedIn(login, password, "en");
    }

    /** A session signed in through the sign-in page's form, its browser asking for pages in that language. */
    public static FormSession signedIn(String login, String password, String language) {
        FormSession session = new FormSession(language);
        Answer page = session.get(PortalPage.LOGIN_PATH);
        Map<String, String> form =
                new LinkedHashMap<>(forms(page.body()).get("loginForm").fields());
        form.put("loginForm:username", login);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        Answer signedIn = session.post(PortalPage.LOGIN_PATH, encode(form), false);
        if (!signedIn.uri().getPath().endsWith("/dashboard.xhtml")) {
            throw new IllegalStateException("sign-in of " + login + " failed; ended at " + signedIn.uri());
        }
        return session;
    }

    /** A GET of that path (and query, sent as it is written). */
    public Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    /**
     * A GET of that path and query written byte for byte as given, over a plain socket with this session's
     * cookies: Java's URI refuses to carry a malformed percent-escape, which is exactly what is sent here. The
     * answer is not followed if it redirects.
     */
    public Answer rawGet(String pathAndQuery) {
        URI base = URI.create(Fixtures.baseUrl());
        String cookieHeader = cookies.getCookieStore().get(base).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(180_000);
            String request = "GET " + base.getRawPath() + pathAndQuery + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Accept-Language: " + language + "\r\n"
                    + "X-Forwarded-For: " + clientAddress + "\r\n"
                    + (cookieHeader.isEmpty() ? "" : "Cookie: " + cookieHeader + "\r\n")
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int bodyStart = answer.indexOf("\r\n\r\n");
            return new Answer(status, bodyStart < 0 ? "" : answer.substring(bodyStart + 4), base.resolve("/"));
        } catch (IOException e) {
            throw new IllegalStateException(pathAndQuery + ": " + e, e);
        }
    }

    /** POSTs a form body as written (see {@link #encode}); an AJAX post carries Faces' partial-request header. */
    public Answer post(String path, String body, boolean ajax) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(request.build());
    }

    /**
     * The page's CSP nonce, which PrimeFaces' script puts into every Faces form of the page (and the server checks
     * on a postback that renders), as a browser running the page would.
     */
    public static Optional<String> nonce(String html) {
        Matcher nonce = SCRIPT_NONCE.matcher(html);
        return nonce.find() ? Optional.of(unescape(nonce.group(1))) : Optional.empty();
    }

    /** The forms of a page by id, in page order. */
    public static Map<String, Form> forms(String html) {
        Map<String, Form> forms = new LinkedHashMap<>();
        Optional<String> nonce = nonce(html);
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String content = form.group(2);
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(content);
            while (input.find()) {
                String attributes = input.group(1);
                String type = first(TYPE, attributes, "text");
                String name = first(NAME, attributes, null);
                boolean unchecked =
                        (type.equals("checkbox") || type.equals("radio")) && !attributes.contains("checked");
                if (name != null
                        && !unchecked
                        && !type.equals("submit")
                        && !type.equals("button")
                        && !type.equals("file")) {
                    fields.putIfAbsent(name, unescape(first(VALUE, attributes, "")));
                }
            }
            Matcher textarea = TEXTAREA.matcher(content);
            while (textarea.find()) {
                String name = first(NAME, textarea.group(1), null);
                if (name != null) {
                    fields.putIfAbsent(name, unescape(textarea.group(2)));
                }
            }
            Matcher select = SELECT.matcher(content);
            while (select.find()) {
                String name = first(NAME, select.group(1), null);
                if (name != null) {
                    fields.putIfAbsent(name, selected(select.group(2)));
                }
            }
            if (fields.containsKey("jakarta.faces.ViewState")) {
                nonce.ifPresent(value -> fields.putIfAbsent(NONCE_PARAMETER, value));
            }
            List<String> buttons = new ArrayList<>();
            Matcher button = BUTTON.matcher(content);
            while (button.find()) {
                String name = first(NAME, button.group(1), null);
                if (name != null && !first(TYPE, button.group(1), "submit").equals("button")) {
                    buttons.add(unescape(name));
                }
            }
            forms.put(form.group(1), new Form(form.group(1), fields, buttons));
        }
        return forms;
    }

    /** The view state an AJAX answer hands out for the next post, if it has one. */
    public static String viewStateIn(String partialResponse) {
        Matcher update = VIEW_STATE_UPDATE.matcher(partialResponse);
        return update.find() ? update.group(1) : null;
    }

    /** The parameters as a browser encodes a form. */
    public static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String selected(String options) {
        Matcher option = OPTION.matcher(options);
        String first = null;
        while (option.find()) {
            String value = unescape(first(VALUE, option.group(1), ""));
            if (option.group(1).contains("selected")) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first == null ? "" : first;
    }

    private static String first(Pattern pattern, String text, String otherwise) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    private static String unescape(String html) {
        return html.replace("&#58;", ":")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + pathAndQuery))
                .header("Accept-Language", language)
                .header("X-Forwarded-For", clientAddress)
                .timeout(Duration.ofSeconds(180));
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.uri());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
