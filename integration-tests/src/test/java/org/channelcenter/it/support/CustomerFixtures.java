package org.channelcenter.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * Client side of {@link CustomerListFixtureServlet} and {@link CustomerListProbeServlet}: customers and reseller
 * relationships for a test, and Customers boundary calls made as a signed-in user.
 */
public final class CustomerFixtures {

    private CustomerFixtures() {
    }

    /** A customer with an active relationship to each partner; {@code reseller} is its reseller of record. */
    public static Customer customer(String name, String country, long reseller, long... partners) {
        StringJoiner ids = new StringJoiner(",");
        for (long partner : partners) {
            ids.add(Long.toString(partner));
        }
        Properties answer = post("public/it-fixtures/customer-list", "op", "customer", "name", name, "country", country,
                "reseller", Long.toString(reseller), "partners", ids.toString());
        return new Customer(Long.parseLong(answer.getProperty("id")), name, answer.getProperty("domain"));
    }

    /** The customer removes the partner (the relationship stays as history). */
    public static void remove(long customer, long partner) {
        post("public/it-fixtures/customer-list", "op", "remove", "customer", Long.toString(customer),
                "partner", Long.toString(partner));
    }

    /** {@code count} customers of that reseller, loaded in JDBC batches; answers how long it took (ms). */
    public static long bulk(long reseller, int count, String prefix) {
        return Long.parseLong(post("public/it-fixtures/customer-list", "op", "bulk", "reseller", Long.toString(reseller),
                "count", Integer.toString(count), "prefix", prefix).getProperty("millis"));
    }

    /** Calls the probe as {@code login}: op and its arguments as name, value pairs. */
    public static Properties as(String login, String op, String... arguments) {
        List<String> all = new ArrayList<>(List.of("op", op, "login", login, "password", Fixtures.PASSWORD));
        all.addAll(List.of(arguments));
        return post("public/it-probe/customer-list", all.toArray(String[]::new));
    }

    private static Properties post(String path, String... namesAndValues) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return Fixtures.call(HttpRequest.newBuilder()
                .uri(URI.create(Fixtures.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    public record Customer(long id, String name, String domain) {
    }
}
