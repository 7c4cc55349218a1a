package org.channelcenter.it.support;

import java.util.Properties;

/**
 * Client side of {@link PartnershipFixtureServlet} and {@link PartnershipProbeServlet}: partnership data for
 * a test, and boundary calls made as a signed-in user (password {@link Fixtures#PASSWORD}).
 */
public final class Partnering {

    private Partnering() {
    }

    /** A pending invitation from that provider user, sent {@code daysAgo} days ago; [id, token]. */
    public static String[] invitation(String inviterLogin, int daysAgo) {
        Properties answer = Fixtures.post("public/it-fixtures/partnerships", "op", "invite", "inviter", inviterLogin,
                "email", "reseller-" + System.nanoTime() + "@example.com", "daysAgo", Integer.toString(daysAgo));
        return new String[] {answer.getProperty("id"), answer.getProperty("token")};
    }

    public static long partnership(long providerId, long resellerId) {
        return Long.parseLong(Fixtures.post("public/it-fixtures/partnerships", "op", "partner",
                "provider", Long.toString(providerId), "reseller", Long.toString(resellerId)).getProperty("id"));
    }

    /** [active, total] partnerships of the pair. */
    public static long[] count(long providerId, long resellerId) {
        Properties answer = Fixtures.post("public/it-fixtures/partnerships", "op", "count",
                "provider", Long.toString(providerId), "reseller", Long.toString(resellerId));
        return new long[] {Long.parseLong(answer.getProperty("active")), Long.parseLong(answer.getProperty("total"))};
    }

    public static long auditEvents(String action, String target) {
        return Long.parseLong(Fixtures.post("public/it-fixtures/partnerships", "op", "audit", "action", action,
                "target", target).getProperty("count"));
    }

    /** Calls the probe as {@code login} (null: anonymous): op and its arguments as name, value pairs. */
    public static Properties as(String login, String op, String... arguments) {
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
