package org.channelcenter.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Client side of {@link CustomerListFixtureServlet} and {@link CustomerListProbeServlet}: customers and reseller
 * relationships for a test, and Customers boundary calls made as a signed-in user.
 */
public final class CustomerFixtures {

    private static final String FIXTURES = "public/it-fixtures/customer-list";

    private CustomerFixtures() {}

    /** A customer with an active relationship to each partner; {@code reseller} is its reseller of record. */
    public static Customer customer(String name, String country, long reseller, long... partners) {
        StringJoiner ids = new StringJoiner(",");
        for (long partner : partners) {
            ids.add(Long.toString(partner));
        }
        return Fixtures.postForJson(
                FIXTURES,
                Customer.class,
                "op",
                "customer",
                "name",
                name,
                "country",
                country,
                "reseller",
                Long.toString(reseller),
                "partners",
                ids.toString());
    }

    /** The customer removes the partner (the relationship stays as history). */
    public static void remove(long customer, long partner) {
        Fixtures.postForJson(
                FIXTURES,
                Fixtures.Count.class,
                "op",
                "remove",
                "customer",
                Long.toString(customer),
                "partner",
                Long.toString(partner));
    }

    /** {@code count} customers of that reseller, loaded in JDBC batches; answers how long it took (ms). */
    public static long bulk(long reseller, int count, String prefix) {
        return bulk(reseller, 0, count, prefix);
    }

    /**
     * As {@link #bulk(long, int, String)}, each customer also related to the provider through the reseller, with one
     * order the provider placed.
     */
    public static long bulk(long reseller, long provider, int count, String prefix) {
        return Fixtures.postForJsonWithin(
                        java.time.Duration.ofMinutes(5),
                        FIXTURES,
                        Loaded.class,
                        "op",
                        "bulk",
                        "reseller",
                        Long.toString(reseller),
                        "provider",
                        Long.toString(provider),
                        "count",
                        Integer.toString(count),
                        "prefix",
                        prefix)
                .millis();
    }

    /** Calls the probe as {@code login}: op and its arguments as name, value pairs. */
    public static ProbeAnswer as(String login, String op, String... arguments) {
        List<String> all = new ArrayList<>(List.of("op", op, "login", login, "password", Fixtures.PASSWORD));
        all.addAll(List.of(arguments));
        return Fixtures.post("public/it-probe/customer-list", all.toArray(String[]::new));
    }

    /** A customer organization the fixture made, with its directory domain. */
    public record Customer(long id, String name, String domain) {}

    /** How long a bulk load took. */
    public record Loaded(long millis) {}
}
