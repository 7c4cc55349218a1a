package org.channelcenter.it.support;

import java.util.ArrayList;
import java.util.List;

/** Client side of {@link BillingProbeServlet}: billing boundary calls made as a signed-in user. */
public final class Pricing {

    private Pricing() {}

    /** Calls the probe as {@code login}: op and its arguments as name, value pairs. */
    public static ProbeAnswer as(String login, String op, String... arguments) {
        List<String> all = new ArrayList<>(List.of("op", op, "login", login, "password", Fixtures.PASSWORD));
        all.addAll(List.of(arguments));
        return Fixtures.post("public/it-probe/billing", all.toArray(String[]::new));
    }

    /** How many ACCESS_DENIED events the user caused. */
    public static long denials(String login) {
        return Long.parseLong(as(login, "denials").value("count"));
    }

    /** How many events of that action the user caused. */
    public static long audited(String login, String action) {
        return Long.parseLong(as(login, "audited", "action", action).value("count"));
    }
}
