package org.channelcenter.it.support;

import java.util.ArrayList;
import java.util.List;

/** Client side of {@link CreditProbeServlet}: credit boundary calls and orders as a signed-in user, and fixtures. */
public final class Crediting {

    private static final String PATH = "public/it-probe/credit";

    private Crediting() {}

    /** Calls the probe as {@code login}: op and its arguments as name, value pairs. */
    public static ProbeAnswer as(String login, String op, String... arguments) {
        List<String> all = new ArrayList<>(List.of("op", op, "login", login, "password", Fixtures.PASSWORD));
        all.addAll(List.of(arguments));
        return Fixtures.post(PATH, all.toArray(String[]::new));
    }

    /** Calls the probe without a sign-in (the hold notices' run, fixtures). */
    public static ProbeAnswer anonymous(String op, String... arguments) {
        List<String> all = new ArrayList<>(List.of("op", op));
        all.addAll(List.of(arguments));
        return Fixtures.post(PATH, all.toArray(String[]::new));
    }

    /** An ISSUED invoice of the provider to the reseller, due {@code dueDaysAgo} days ago; its id. */
    public static long overdueInvoice(long providerId, long resellerId, String total, int dueDaysAgo) {
        return Long.parseLong(anonymous(
                        "overdueInvoice",
                        "provider",
                        Long.toString(providerId),
                        "reseller",
                        Long.toString(resellerId),
                        "total",
                        total,
                        "dueDaysAgo",
                        Integer.toString(dueDaysAgo))
                .value("id"));
    }

    /** How many ACCESS_DENIED events the user caused. */
    public static long denials(String login) {
        return Long.parseLong(anonymous("denials", "user", login).value("count"));
    }

    /** How many events of that action name that target. */
    public static long audited(String action, String target) {
        return Long.parseLong(
                anonymous("audited", "action", action, "target", target).value("count"));
    }
}
