package org.channelcenter.it.support;

/**
 * Client side of {@link OrderFixtureServlet} and {@link OrderProbeServlet}: offers for a test, the rows orders
 * left, and order and subscription boundary calls made as a signed-in user (password {@link Fixtures#PASSWORD}).
 */
public final class Ordering {

    private static final String FIXTURES = "public/it-fixtures/orders";

    private Ordering() {}

    /** A new offer with a unique name, ordered between {@code min} and {@code max}; its id. */
    public static long offer(int min, int max, boolean active) {
        return offer("IT offer " + System.nanoTime(), min, max, active);
    }

    /** A new active or inactive offer of that name, ordered between {@code min} and {@code max}; its id. */
    public static long offer(String name, int min, int max, boolean active) {
        return Fixtures.postForJson(
                        FIXTURES,
                        Fixtures.Id.class,
                        "op",
                        "offer",
                        "name",
                        name,
                        "min",
                        Integer.toString(min),
                        "max",
                        Integer.toString(max),
                        "active",
                        Boolean.toString(active))
                .id();
    }

    /** A new active annual offer at the fixture's price (12.50 a year), ordered between 1 and 100. */
    public static long annualOffer() {
        return Fixtures.postForJson(
                        FIXTURES,
                        Fixtures.Id.class,
                        "op",
                        "offer",
                        "name",
                        "IT annual offer " + System.nanoTime(),
                        "min",
                        "1",
                        "max",
                        "100",
                        "active",
                        "true",
                        "cycle",
                        "ANNUAL")
                .id();
    }

    /** Another user of the organization, a sales agent named {@code name}; its sign-in name. */
    public static String salesAgent(long organizationId, String name) {
        return Fixtures.postForJson(
                        FIXTURES,
                        Fixtures.Login.class,
                        "op",
                        "salesAgent",
                        "organization",
                        Long.toString(organizationId),
                        "name",
                        name,
                        "password",
                        Fixtures.PASSWORD)
                .login();
    }

    /** The rows orders left for the customer. */
    public static Written rowsOf(long customerId) {
        return Fixtures.postForJson(FIXTURES, Written.class, "op", "written", "customer", Long.toString(customerId));
    }

    /** Places an order as {@code login}; {@code lines} is {@code offerId:quantity,..}. */
    public static ProbeAnswer place(String login, long customerId, long resellerId, String lines) {
        return as(
                login,
                "place",
                "customer",
                Long.toString(customerId),
                "reseller",
                Long.toString(resellerId),
                "lines",
                lines);
    }

    /** Calls the probe as {@code login}: op and its arguments as name, value pairs. */
    public static ProbeAnswer as(String login, String op, String... arguments) {
        return Fixtures.probe("public/it-probe/orders", login, op, arguments);
    }

    /**
     * The customer's rows in the database: orders, order lines, subscriptions, and each subscription's
     * {@code quantity:status}, comma-separated, oldest first; the subscriptions' history (V42), each change as
     * {@code kind:quantity:status} after it, in order.
     */
    public record Written(long orders, long lines, long subscriptions, String quantities, String changes) {}
}
