package org.channelcenter.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client side of {@link CustomerFixtureServlet} and {@link CustomerProbeServlet}: customer invitations and
 * relationships for a test, and customer boundary calls made as a signed-in user (password
 * {@link Fixtures#PASSWORD}) or anonymously.
 */
public final class CustomerRelations {

    private static final String FIXTURES = "public/it-fixtures/customers";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CustomerRelations() {}

    /**
     * Existing-customer acceptances of the invitation posted through the local proxy for {@code address} (with
     * {@link Fixtures#PASSWORD}, at a new unknown name each), until the address is throttled (at most 200); the
     * refusal reasons in order, the last one {@code SIGN_IN_THROTTLED} when the throttle came. The address is a new
     * random one of 10/8 unless given: nobody else's failures count against it.
     */
    public static List<String> guessUntilThrottled(String address, String token, String domain) {
        List<String> reasons = new ArrayList<>();
        String reason;
        do {
            reason = acceptFrom(address, token, "nobody" + reasons.size() + "@" + domain)
                    .reason();
            reasons.add(reason);
        } while (!"SIGN_IN_THROTTLED".equals(reason) && reasons.size() < 200);
        return reasons;
    }

    /** An address in 10/8 nobody else uses. */
    public static String randomAddress() {
        return "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    /** The existing-customer acceptance with {@link Fixtures#PASSWORD}, posted through the local proxy for that address. */
    public static ProbeAnswer acceptFrom(String address, String token, String signInName) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("op", "accept");
        form.put("token", token);
        form.put("signInName", signInName);
        form.put("signInPassword", Fixtures.PASSWORD);
        form.put("consent", "true");
        return Fixtures.callForJson(
                HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + "public/it-probe/customers"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(FormSession.encode(form)))
                        .build(),
                ProbeAnswer.class);
    }

    /** A pending invitation from that reseller user (with that provider, or null), sent {@code daysAgo} days ago; [id, token]. */
    public static String[] invitation(String inviterLogin, Long providerId, int daysAgo) {
        return invitation(inviterLogin, providerId, daysAgo, "customer-" + System.nanoTime() + "@example.com");
    }

    /** A pending invitation from that reseller user to that address; [id, token]. */
    public static String[] invitation(String inviterLogin, Long providerId, int daysAgo, String email) {
        return Fixtures.<Fixtures.Invitation>postForJson(
                        FIXTURES,
                        Fixtures.Invitation.class,
                        "op",
                        "invite",
                        "inviter",
                        inviterLogin,
                        "provider",
                        providerId == null ? "" : providerId.toString(),
                        "email",
                        email,
                        "daysAgo",
                        Integer.toString(daysAgo))
                .asArray();
    }

    /** An active relationship of the customer with the partner; its id. */
    public static long relationship(long customerId, long partnerId, long resellerId) {
        return Fixtures.<Fixtures.Id>postForJson(
                        FIXTURES,
                        Fixtures.Id.class,
                        "op",
                        "relate",
                        "customer",
                        Long.toString(customerId),
                        "partner",
                        Long.toString(partnerId),
                        "reseller",
                        Long.toString(resellerId))
                .id();
    }

    /** [active, total] relationships of the customer with that partner and reseller of record. */
    public static long[] count(long customerId, long partnerId, long resellerId) {
        return Fixtures.<Fixtures.ActiveAndTotal>postForJson(
                        FIXTURES,
                        Fixtures.ActiveAndTotal.class,
                        "op",
                        "count",
                        "customer",
                        Long.toString(customerId),
                        "partner",
                        Long.toString(partnerId),
                        "reseller",
                        Long.toString(resellerId))
                .asArray();
    }

    /** Every relationship the customer has ever had, with anyone. */
    public static long relationshipsOf(long customerId) {
        return Fixtures.<Fixtures.Count>postForJson(
                        FIXTURES, Fixtures.Count.class, "op", "relationships", "customer", Long.toString(customerId))
                .count();
    }

    /** The invitation's stored status (PENDING, ACCEPTED, REVOKED; an expired one stays PENDING). */
    public static String invitationStatus(String invitationId) {
        return Fixtures.<Fixtures.Status>postForJson(
                        FIXTURES, Fixtures.Status.class, "op", "invitation", "id", invitationId)
                .status();
    }

    public static long invitationsOf(long resellerId) {
        return Fixtures.<Fixtures.Count>postForJson(
                        FIXTURES, Fixtures.Count.class, "op", "invitations", "reseller", Long.toString(resellerId))
                .count();
    }

    /** Customer invitations ever created for that address (issue 16: one Next, one invitation). */
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

    public static long auditEvents(String action, String target, String details) {
        return Fixtures.<Fixtures.Count>postForJson(
                        FIXTURES,
                        Fixtures.Count.class,
                        "op",
                        "audit",
                        "action",
                        action,
                        "target",
                        target,
                        "details",
                        details)
                .count();
    }

    /**
     * The customer's admin removes its active relationship with the partner of that kind (RESELLER or PROVIDER)
     * on the Partners page, as the probe calls it.
     */
    public static void removePartner(String customerAdminLogin, String partnerKind) {
        ProbeAnswer partners = as(customerAdminLogin, "partners", "withRemoved", "false");
        for (int i = 0; i < Integer.parseInt(partners.value("rows")); i++) {
            String row = "row." + i;
            if (partners.value(row + ".kind").equals(partnerKind)) {
                ProbeAnswer removed = as(
                        customerAdminLogin,
                        "remove",
                        "id",
                        partners.value(row + ".id"),
                        "version",
                        partners.value(row + ".version"));
                if (!removed.ok()) {
                    throw new IllegalStateException("not removed: " + removed);
                }
                return;
            }
        }
        throw new IllegalStateException("no active relationship with a " + partnerKind);
    }

    /** Calls the probe as {@code login} (null: anonymous): op and its arguments as name, value pairs. */
    public static ProbeAnswer as(String login, String op, String... arguments) {
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
    public static ProbeAnswer accept(String token, String signInName, String password) {
        return as(
                null,
                "accept",
                "token",
                token,
                "signInName",
                signInName,
                "signInPassword",
                password,
                "consent",
                "true");
    }
}
