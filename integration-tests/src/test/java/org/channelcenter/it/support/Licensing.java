package org.channelcenter.it.support;

/**
 * Client side of {@link LicenseProbeServlet} and {@link LicenseFixtureServlet}: customer-user and license boundary
 * calls made as a signed-in user (password {@link Fixtures#PASSWORD}), and the seats the database holds.
 */
public final class Licensing {

    private static final String FIXTURES = "public/it-fixtures/licenses";

    private Licensing() {}

    /** Calls the probe as {@code login}: op and its arguments as name, value pairs. */
    public static ProbeAnswer as(String login, String op, String... arguments) {
        return Fixtures.probe("public/it-probe/licenses", login, op, arguments);
    }

    /** Adds a customer user named {@code userName} as {@code login}; the probe's answer (id, login, version). */
    public static ProbeAnswer addUser(String login, long customerId, String userName) {
        return as(
                login,
                "addUser",
                "customer",
                Long.toString(customerId),
                "userName",
                userName,
                "displayName",
                "User " + userName,
                "email",
                userName + "@mail.example");
    }

    public static ProbeAnswer assign(String login, long subscriptionId, String userId) {
        return as(login, "assign", "subscription", Long.toString(subscriptionId), "user", userId);
    }

    public static Seats seats(long subscriptionId) {
        return Fixtures.postForJson(
                FIXTURES, Seats.class, "op", "seats", "subscription", Long.toString(subscriptionId));
    }

    public static long userId(String login) {
        return Fixtures.postForJson(FIXTURES, Fixtures.Id.class, "op", "user", "login", login)
                .id();
    }

    /** A subscription's {@code assigned} counter, its {@code quantity}, and its {@code open} assignment rows. */
    public record Seats(long assigned, long quantity, long open) {}
}
