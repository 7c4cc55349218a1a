package org.channelcenter.it.support;

import java.util.Properties;

/**
 * Client side of {@link CustomerFixtureServlet} and {@link CustomerProbeServlet}: customer invitations and
 * relationships for a test, and customer boundary calls made as a signed-in user (password
 * {@link Fixtures#PASSWORD}) or anonymously.
 */
public final class CustomerRelations {

    private static final String FIXTURES = "public/it-fixtures/customers";

    private CustomerRelations() {
    }

    /** A pending invitation from that reseller user (with that provider, or null), sent {@code daysAgo} days ago; [id, token]. */
    public static String[] invitation(String inviterLogin, Long providerId, int daysAgo) {
        Properties answer = Fixtures.post(FIXTURES, "op", "invite", "inviter", inviterLogin,
                "provider", providerId == null ? "" : providerId.toString(),
                "email", "customer-" + System.nanoTime() + "@example.com", "daysAgo", Integer.toString(daysAgo));
        return new String[] {answer.getProperty("id"), answer.getProperty("token")};
    }

    /** An active relationship of the customer with the partner; its id. */
    public static long relationship(long customerId, long partnerId, long resellerId) {
        return Long.parseLong(Fixtures.post(FIXTURES, "op", "relate", "customer", Long.toString(customerId),
                "partner", Long.toString(partnerId), "reseller", Long.toString(resellerId)).getProperty("id"));
    }

    /** [active, total] relationships of the customer with that partner and reseller of record. */
    public static long[] count(long customerId, long partnerId, long resellerId) {
        Properties answer = Fixtures.post(FIXTURES, "op", "count", "customer", Long.toString(customerId),
                "partner", Long.toString(partnerId), "reseller", Long.toString(resellerId));
        return new long[] {Long.parseLong(answer.getProperty("active")), Long.parseLong(answer.getProperty("total"))};
    }

    /** Every relationship the customer has ever had, with anyone. */
    public static long relationshipsOf(long customerId) {
        return Long.parseLong(Fixtures.post(FIXTURES, "op", "relationships", "customer", Long.toString(customerId))
                .getProperty("total"));
    }

    /** The invitation's stored status (PENDING, ACCEPTED, REVOKED; an expired one stays PENDING). */
    public static String invitationStatus(String invitationId) {
        return Fixtures.post(FIXTURES, "op", "invitation", "id", invitationId).getProperty("status");
    }

    public static long invitationsOf(long resellerId) {
        return Long.parseLong(Fixtures.post(FIXTURES, "op", "invitations", "reseller", Long.toString(resellerId))
                .getProperty("count"));
    }

    public static long auditEvents(String action, String target) {
        return Long.parseLong(Fixtures.post(FIXTURES, "op", "audit", "action", action, "target", target).getProperty("count"));
    }

    public static long auditEvents(String action, String target, String details) {
        return Long.parseLong(Fixtures.post(FIXTURES, "op", "audit", "action", action, "target", target, "details", details)
                .getProperty("count"));
    }

    /**
     * The customer's admin removes its active relationship with the partner of that kind (RESELLER or PROVIDER)
     * on the Partners page, as the probe calls it.
     */
    public static void removePartner(String customerAdminLogin, String partnerKind) {
        Properties partners = as(customerAdminLogin, "partners", "withRemoved", "false");
        for (int i = 0; i < Integer.parseInt(partners.getProperty("rows")); i++) {
            String[] row = partners.getProperty("row." + i).split("\\|");
            if (row[1].equals(partnerKind)) {
                Properties removed = as(customerAdminLogin, "remove", "id", row[0], "version", row[3]);
                if (!"ok".equals(removed.getProperty("result"))) {
                    throw new IllegalStateException("not removed: " + removed);
                }
                return;
            }
        }
        throw new IllegalStateException("no active relationship with a " + partnerKind);
    }

    /** Calls the probe as {@code login} (null: anonymous): op and its arguments as name, value pairs. */
    public static Properties as(String login, String op, String... arguments) {
        String[] all = new String[arguments.length + (login == null ? 2 : 6)];
        all[0] = "op";
        all[1] = op;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        if (login != null) {
            int at = arguments.length + 2;
            all[at] = "login";
            all[at + 1] = login;
            all[at + 2] = "password";
            all[at + 3] = Fixtures.PASSWORD;
        }
        return Fixtures.post("public/it-probe/customers", all);
    }

    /**
     * The acceptance page's call: an anonymous caller types a sign-in name and password and consents; the
     * boundary decides who may accept.
     */
    public static Properties accept(String token, String signInName, String password) {
        return as(null, "accept", "token", token, "signInName", signInName, "signInPassword", password,
                "consent", "true");
    }
}
