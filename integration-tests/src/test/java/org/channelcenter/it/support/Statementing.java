package org.channelcenter.it.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Client side of {@link StatementFixtureServlet} and {@link StatementProbeServlet}: statements and invoices written
 * as a billing run would, and {@code Statements}/{@code InvoiceDocuments} calls made as a signed-in user.
 */
public final class Statementing {

    private static final String FIXTURES = "public/it-fixtures/statements";

    private Statementing() {}

    /** The customer's statement of the month from the reseller through the provider; lines are {@code amount:cost}. */
    public static long statement(long provider, long reseller, long customer, long offer, String month, String lines) {
        return Fixtures.postForJson(
                        FIXTURES,
                        Fixtures.Id.class,
                        "op",
                        "statement",
                        "provider",
                        Long.toString(provider),
                        "reseller",
                        Long.toString(reseller),
                        "customer",
                        Long.toString(customer),
                        "offer",
                        Long.toString(offer),
                        "month",
                        month,
                        "lines",
                        lines)
                .id();
    }

    /** The reseller's invoice of the month from the provider, DRAFT or ISSUED; lines are amounts. */
    public static long invoice(
            long provider, long reseller, long customer, long offer, String month, String status, String lines) {
        return Fixtures.postForJson(
                        FIXTURES,
                        Fixtures.Id.class,
                        "op",
                        "invoice",
                        "provider",
                        Long.toString(provider),
                        "reseller",
                        Long.toString(reseller),
                        "customer",
                        Long.toString(customer),
                        "offer",
                        Long.toString(offer),
                        "month",
                        month,
                        "status",
                        status,
                        "lines",
                        lines)
                .id();
    }

    /** Moves the network's history (the customer's subscriptions with the provider, and prices) one month back. */
    public static void shiftBack(long provider, long reseller, long customer) {
        ProbeAnswer answer = Fixtures.post(
                FIXTURES,
                "op",
                "shiftBack",
                "provider",
                Long.toString(provider),
                "reseller",
                Long.toString(reseller),
                "customer",
                Long.toString(customer));
        if (!ProbeAnswer.OK.equals(answer.outcome())) {
            throw new IllegalStateException(answer.toString());
        }
    }

    /** Stores the user's language (a language tag, e.g. {@code ru}); answers the user's email address. */
    public static String language(String login, String locale) {
        return Fixtures.post(FIXTURES, "op", "language", "login", login, "locale", locale)
                .value("email");
    }

    /** Calls the probe as {@code login}: op and its arguments as name, value pairs. */
    public static ProbeAnswer as(String login, String op, String... arguments) {
        List<String> all = new ArrayList<>(List.of("op", op, "login", login, "password", Fixtures.PASSWORD));
        all.addAll(List.of(arguments));
        return Fixtures.post("public/it-probe/statements", all.toArray(String[]::new));
    }

    /** How many ACCESS_DENIED events the user caused. */
    public static long denials(String login) {
        return Long.parseLong(as(login, "denials").value("count"));
    }
}
