package org.channelcenter.it.support;

import java.util.Properties;

/**
 * Client side of {@link OrderFixtureServlet} and {@link OrderProbeServlet}: offers for a test, the rows orders
 * left, and order and subscription boundary calls made as a signed-in user (password {@link Fixtures#PASSWORD}).
 */
public final class Ordering {

    private Ordering() {
    }

    /** A new offer with a unique name, ordered between {@code min} and {@code max}; its id. */
    public static long offer(int min, int max, boolean active) {
        return Long.parseLong(Fixtures.post("public/it-fixtures/orders", "op", "offer",
                "name", "IT offer " + System.nanoTime(), "min", Integer.toString(min), "max", Integer.toString(max),
                "active", Boolean.toString(active)).getProperty("id"));
    }

    /** Another user of the organization, a sales agent named {@code name}; its sign-in name. */
    public static String salesAgent(long organizationId, String name) {
        return Fixtures.post("public/it-fixtures/orders", "op", "salesAgent", "organization", Long.toString(organizationId),
                "name", name, "password", Fixtures.PASSWORD).getProperty("login");
    }

    /** The customer's rows: {@code orders}, {@code lines}, {@code subscriptions}, {@code quantities}. */
    public static Properties written(long customerId) {
        return Fixtures.post("public/it-fixtures/orders", "op", "written", "customer", Long.toString(customerId));
    }

    /** Places an order as {@code login}; {@code lines} is {@code offerId:quantity,..}. */
    public static Properties place(String login, long customerId, long resellerId, String lines) {
        return as(login, "place", "customer", Long.toString(customerId), "reseller", Long.toString(resellerId),
                "lines", lines);
    }

    /** Calls the probe as {@code login}: op and its arguments as name, value pairs. */
    public static Properties as(String login, String op, String... arguments) {
        return Fixtures.probe("public/it-probe/orders", login, op, arguments);
    }
}
