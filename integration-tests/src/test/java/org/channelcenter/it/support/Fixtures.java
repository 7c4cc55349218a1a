package org.channelcenter.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Client side of {@link FixtureServlet}: each browser test makes its own organization and users. */
public final class Fixtures {

    /** The password of every fixture user; in a QA run ({@link QaSignIns}), that of the given sign-ins. */
    public static final String PASSWORD = QaSignIns.active() ? QaSignIns.password() : "Browser-Test-42";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .build();

    private Fixtures() {}

    /** The portal under test: the test server's port, from the POM; in a QA run, the given address. */
    public static String baseUrl() {
        if (QaSignIns.active()) {
            return QaSignIns.baseUrl();
        }
        return "http://localhost:" + System.getProperty("channelcenter.http.port", "9081") + "/";
    }

    /**
     * Creates an organization of that kind whose first user has these roles (comma-separated). In a QA run nothing
     * is created: the given sign-in for that kind and roles is used.
     */
    public static Created organization(String kind, String roles, int extraUsers) {
        if (QaSignIns.active()) {
            return QaSignIns.signIn(kind, roles);
        }
        return postForJson(
                "public/it-fixtures",
                Created.class,
                "kind",
                kind,
                "roles",
                roles,
                "extraUsers",
                Integer.toString(extraUsers),
                "password",
                PASSWORD);
    }

    /** Creates a membership account (password {@link #PASSWORD}) with one profile in that country. */
    public static Membership membership(String country, boolean active) {
        return postForJson(
                "public/it-fixtures/registry",
                Membership.class,
                "country",
                country,
                "active",
                Boolean.toString(active),
                "password",
                PASSWORD);
    }

    /**
     * Creates a published listing in the provider directory for a provider organization (see
     * {@link #organization}); {@code countries} and {@code services} are comma-separated ISO codes and
     * {@code ProviderService} names (services may be empty). Answers the listing's id.
     */
    public static long listing(long providerId, String name, String countries, String services) {
        return listing(providerId, name, countries, services, true, true);
    }

    /** As {@link #listing(long, String, String, String)}, unpublished or with the provider made inactive. */
    public static long listing(
            long providerId,
            String name,
            String countries,
            String services,
            boolean published,
            boolean providerActive) {
        return Fixtures.<Id>postForJson(
                        "public/it-fixtures/listing",
                        Id.class,
                        "providerId",
                        Long.toString(providerId),
                        "name",
                        name,
                        "countries",
                        countries,
                        "services",
                        services,
                        "published",
                        Boolean.toString(published),
                        "providerActive",
                        Boolean.toString(providerActive))
                .id();
    }

    /**
     * Calls a {@link SignedInProbe} as {@code login} (password {@link #PASSWORD}): its op and the op's arguments as
     * name, value pairs; the probe's answer.
     */
    public static ProbeAnswer probe(String path, String login, String op, String... arguments) {
        String[] all = new String[arguments.length + 6];
        all[0] = "op";
        all[1] = op;
        all[2] = "login";
        all[3] = login;
        all[4] = "password";
        all[5] = PASSWORD;
        System.arraycopy(arguments, 0, all, 6, arguments.length);
        return post(path, all);
    }

    /** Posts a form of name, value pairs (values URL-encoded) to a probe servlet; its answer. */
    public static ProbeAnswer post(String path, String... namesAndValues) {
        return postForJson(path, ProbeAnswer.class, namesAndValues);
    }

    /** Posts a form of name, value pairs to a fixture or probe servlet; its JSON answer as that type. */
    public static <T> T postForJson(String path, Class<T> answer, String... namesAndValues) {
        return callForJson(formPost(path, namesAndValues), answer);
    }

    /** As {@link #postForJson}, for a fixture that may take longer than a minute (bulk loads on a busy machine). */
    public static <T> T postForJsonWithin(
            java.time.Duration limit, String path, Class<T> answer, String... namesAndValues) {
        return callForJson(
                HttpRequest.newBuilder(formPost(path, namesAndValues), (name, value) -> true)
                        .timeout(limit)
                        .build(),
                answer);
    }

    /** Sends a request to a test fixture and reads its JSON answer as that type; anything but 200 fails. */
    public static <T> T callForJson(HttpRequest request, Class<T> answer) {
        return JsonAnswers.read(send(request), answer);
    }

    private static HttpRequest formPost(String path, String... namesAndValues) {
        java.util.StringJoiner form = new java.util.StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder()
                .uri(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
    }

    private static String send(HttpRequest request) {
        try {
            // HTTP/1.1 and a time limit (a minute unless the caller set one): a fixture call must never hang a run
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(request, (name, value) -> true)
                            .timeout(request.timeout().orElse(java.time.Duration.ofSeconds(60)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "fixture " + request.uri().getPath() + " failed: HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The newest mail of that template queued for the recipient (subject, blank line, body, one-time links
     * removed), waiting up to 20 seconds for it to appear; null if none did.
     */
    public static String latestMail(String recipient, String template) {
        String url = baseUrl() + "public/it-fixtures/outbox?recipient="
                + URLEncoder.encode(recipient, StandardCharsets.UTF_8) + "&template=" + template;
        try {
            for (int attempt = 0; attempt < 200; attempt++) {
                HttpResponse<String> response = CLIENT.send(
                        HttpRequest.newBuilder()
                                .uri(URI.create(url))
                                .timeout(java.time.Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200) {
                    return response.body();
                }
                Thread.sleep(100);
            }
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first link into the portal found in a mail's text. */
    public static String linkIn(String mail) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("https?://\\S+").matcher(mail);
        if (!matcher.find()) {
            throw new IllegalStateException("no link in mail: " + mail);
        }
        return matcher.group();
    }

    /** An organization a fixture made: its first user's sign-in name and its id. */
    public record Created(String login, long organizationId) {}

    /** A membership account and its one profile's partner network id. */
    public record Membership(String userName, String networkId) {}

    /** The id of the row a fixture wrote. */
    public record Id(long id) {}

    /** A user a fixture added: its sign-in name. */
    public record Login(String login) {}

    /** How many rows a fixture counted (or changed). */
    public record Count(long count) {}

    /** How many of the counted rows are active, of how many in all. */
    public record ActiveAndTotal(long active, long total) {

        public long[] asArray() {
            return new long[] {active, total};
        }
    }

    /** A pending invitation a fixture stored: its id and the link's token. */
    public record Invitation(long id, String token) {

        public String[] asArray() {
            return new String[] {Long.toString(id), token};
        }
    }

    /** A stored status, as its name. */
    public record Status(String status) {}
}
