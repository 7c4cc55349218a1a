package org.channelcenter.it.support;

/**
 * Client side of {@link PartnershipFixtureServlet} and {@link PartnershipProbeServlet}: partnership data for
 * a test, and boundary calls made as a signed-in user (password {@link Fixtures#PASSWORD}).
 */
public final class Partnering {

    private static final String FIXTURES = "public/it-fixtures/partnerships";

    private Partnering() {}

    /** A pending invitation from that provider user, sent {@code daysAgo} days ago; [id, token]. */
    public static String[] invitation(String inviterLogin, int daysAgo) {
        return Fixtures.<Fixtures.Invitation>postForJson(
                        FIXTURES,
                        Fixtures.Invitation.class,
                        "op",
                        "invite",
                        "inviter",
                        inviterLogin,
                        "email",
                        "reseller-" + System.nanoTime() + "@example.com",
                        "daysAgo",
                        Integer.toString(daysAgo))
                .asArray();
    }

    public static long partnership(long providerId, long resellerId) {
        return Fixtures.<Fixtures.Id>postForJson(
                        FIXTURES,
                        Fixtures.Id.class,
                        "op",
                        "partner",
                        "provider",
                        Long.toString(providerId),
                        "reseller",
                        Long.toString(resellerId))
                .id();
    }

    /** [active, total] partnerships of the pair. */
    public static long[] count(long providerId, long resellerId) {
        return Fixtures.<Fixtures.ActiveAndTotal>postForJson(
                        FIXTURES,
                        Fixtures.ActiveAndTotal.class,
                        "op",
                        "count",
                        "provider",
                        Long.toString(providerId),
                        "reseller",
                        Long.toString(resellerId))
                .asArray();
    }

    /** Reseller invitations ever created for that address (issue 16: one Next, one invitation). */
    public static long invitationsTo(String email) {
        return Fixtures.<Fixtures.Count>postForJson(
                        FIXTURES, Fixtures.Count.class, "op", "invitationsTo", "email", email)
                .count();
    }

    public static long auditEvents(String action, String target) {
        return Fixtures.<Fixtures.Count>postForJson(
                        FIXTURES, Fixtures.Count.class, "op", "audit", "action", action, "target", target)
                .count();
    }

    /** Calls the probe as {@code login} (null: anonymous): op and its arguments as name, value pairs. */
    public static ProbeAnswer as(String login, String op, String... arguments) {
        String[] all = new String[arguments.length + 4];
        all[0] = "op";
        all[1] = op;
        all[2] = "password";
        all[3] = Fixtures.PASSWORD;
        System.arraycopy(arguments, 0, all, 4, arguments.length);
        if (login != null) {
            String[] withLogin = new String[all.length + 2];
            System.arraycopy(all, 0, withLogin, 0, all.length);
            withLogin[all.length] = "login";
            withLogin[all.length + 1] = login;
            all = withLogin;
        }
        return Fixtures.post("public/it-probe/partnerships", all);
    }
}
