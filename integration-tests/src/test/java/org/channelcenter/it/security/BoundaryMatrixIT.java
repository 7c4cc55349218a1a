package org.channelcenter.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.JsonAnswers;
import org.channelcenter.it.support.Licensing;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.Pricing;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, point 9, the matrix: every boundary method that takes an id ({@link BoundaryMethods}, found by
 * reflection) is called by a signed-in user of every organization kind and role, none of them related to the
 * organizations whose ids it is given ({@link MatrixCases}). Each call must be refused (a role refusal, a domain
 * refusal, or an empty answer: never a row, a count, or a change) and leave an audit event naming the caller. The
 * calls go through a real sign-in and an HTTP session; a role refusal reaches the portal's 403 page like any page's.
 * The counts are logged for the issue note. Operator staff are not attackers of the staff-only methods: they
 * administer those rows for every organization.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoundaryMatrixIT {

    private static final String PROBE = "public/it-probe/matrix";
    private static final List<String> PARTNER_ROLES =
            List.of("GLOBAL_ADMIN", "ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "BILLING_ADMIN");
    private static final String STAFF = "STAFF";
    private static final int ATTACKERS_AT_ONCE = 4;

    /** The victim reseller's admin, who may read these rows: the control that the ids are real. */
    private static final String OWNER = "owner";

    /** Reads that give the victim's own admin its rows: if they gave nothing, every refusal above would prove nothing. */
    private static final List<String> OWNER_READS = List.of(
            "Customers.customer(long)",
            "Orders.find(long,PageRequest)",
            "Subscriptions.find(long,PageRequest)",
            "CustomerUsers.find(long,PageRequest)",
            "Licenses.findAssignments(long,PageRequest)",
            "Partnerships.partnership(long)",
            "Customers.findShared(long,PageRequest,CustomerFilter)",
            "Statements.statement(long)",
            "InvoiceDocuments.invoiceDocument(long,DocumentFormat,Locale)");

    @Test
    void everyBoundaryMethodWithAnIdHasACaseOrAnExemption() {
        Set<String> found = BoundaryMethods.withIds().stream()
                .map(BoundaryMethods.Found::key)
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(MatrixCases.CASES.keySet());
        missing.removeAll(MatrixCases.EXEMPT.keySet());
        assertEquals(Set.of(), missing, "boundary methods taking an id with no matrix case (add one to MatrixCases)");

        Set<String> stale = new TreeSet<>(MatrixCases.CASES.keySet());
        stale.addAll(MatrixCases.EXEMPT.keySet());
        stale.removeAll(found);
        assertEquals(Set.of(), stale, "matrix cases or exemptions for methods that no longer exist");
    }

    @Test
    void everyOrganizationKindAndRoleIsRefusedAndAuditedOnAnotherOrganizationsIds() throws Exception {
        Map<String, String> victim = victimNetwork();
        String owner = victim.remove(OWNER);
        List<BoundaryMethods.Found> methods = BoundaryMethods.withIds().stream()
                .filter(method -> MatrixCases.CASES.containsKey(method.key()))
                .toList();

        Map<String, String> attackers = new LinkedHashMap<>(); // description -> roles, by organization kind
        for (String kind : List.of("PROVIDER", "RESELLER", "CUSTOMER")) {
            for (String role : PARTNER_ROLES) {
                attackers.put(kind + " " + role, role);
            }
        }
        attackers.put("OPERATOR " + STAFF, STAFF);
        attackers.put("OPERATOR " + STAFF + " with every role", STAFF + "," + String.join(",", PARTNER_ROLES));

        // each attacker's own organization and user first, one after the other (they are the test's givens, not
        // what it tests); then the attacks in parallel, each on its own session: one after the other took minutes
        Map<String, Fixtures.Created> users = new LinkedHashMap<>();
        attackers.forEach((attacker, roles) ->
                users.put(attacker, Fixtures.organization(attacker.substring(0, attacker.indexOf(' ')), roles, 0)));
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS_AT_ONCE);
        try {
            List<Future<Tally>> running = new ArrayList<>();
            for (Map.Entry<String, String> attacker : attackers.entrySet()) {
                running.add(pool.submit(() -> {
                    Set<String> roles = Set.of(attacker.getValue().split(","));
                    Tally own = new Tally();
                    attack(attacker.getKey(), users.get(attacker.getKey()).login(), roles, methods, victim, own);
                    return own;
                }));
            }
            for (Future<Tally> attacker : running) {
                tally.add(attacker.get(10, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        System.getLogger(BoundaryMatrixIT.class.getName())
                .log(
                        System.Logger.Level.INFO,
                        "Boundary matrix: " + (methods.size() + MatrixCases.EXEMPT.size()) + " methods with ids ("
                                + methods.size() + " called, " + MatrixCases.EXEMPT.size() + " exempt), "
                                + attackers.size() + " attackers, " + tally.calls + " calls, "
                                + tally.refusals() + " refusals (" + tally.denied + " role refusals, "
                                + tally.refused + " domain refusals, " + tally.empty + " empty answers), "
                                + tally.audited + " audit events, " + tally.skipped
                                + " staff calls of staff-only methods not made, " + tally.failures.size()
                                + " failures");
        assertEquals(List.of(), tally.failures, "calls that gave data, changed something, failed, or were not audited");
        SignedInClient ownersSession = SignedInClient.signIn(owner, Fixtures.PASSWORD);
        for (BoundaryMethods.Found read : methods) {
            if (OWNER_READS.contains(read.key())) {
                ProbeAnswer own = JsonAnswers.read(
                        ownersSession
                                .postForAnswer(PROBE, callForm(read, owner, "0", victim))
                                .body(),
                        ProbeAnswer.class);
                assertTrue(own.value("result", "").startsWith("data"), read.key() + " for the owner: " + own);
            }
        }
        assertEquals(tally.calls, tally.refusals());
        assertTrue(tally.audited >= tally.calls, "an audit event for every call");
    }

    /** Signs the attacker in once, then makes every call on that session; checks each refusal's audit event. */
    private static void attack(
            String attacker,
            String login,
            Set<String> roles,
            List<BoundaryMethods.Found> methods,
            Map<String, String> victim,
            Tally tally) {
        SignedInClient client = SignedInClient.signIn(login, Fixtures.PASSWORD);
        String since = client.post(PROBE, Map.of("op", "since")).value("since");
        long audited = 0;
        for (BoundaryMethods.Found method : methods) {
            if (roles.contains(STAFF) && method.allowedRoles().contains(STAFF)) {
                tally.skipped++;
                continue;
            }
            Map<String, String> form = callForm(method, login, since, victim);
            String call = attacker + " -> " + method.key();
            HttpResponse<String> answer = client.postForAnswer(PROBE, form);
            tally.calls++;
            long after;
            String outcome = "denied (403)";
            if (answer.statusCode() == 200) {
                ProbeAnswer result = JsonAnswers.read(answer.body(), ProbeAnswer.class);
                after = Long.parseLong(result.value("audited"));
                outcome = result.outcome() + " " + result.reason();
                switch (result.outcome()) {
                    case "refused" -> tally.refused++;
                    case "ok" -> {
                        if ("empty".equals(result.value("result"))) {
                            tally.empty++;
                        } else {
                            tally.failures.add(call + ": " + result.value("result"));
                        }
                    }
                    default -> tally.failures.add(call + ": " + result.value("error"));
                }
            } else {
                if (answer.statusCode() == 403) {
                    tally.denied++;
                } else {
                    tally.failures.add(call + ": HTTP " + answer.statusCode());
                }
                after = audited(client, login, since); // an error page has no values: ask
            }
            checkAudited(tally, call + " [" + outcome + "]", audited, after);
            audited = after;
        }
    }

    private static Map<String, String> callForm(
            BoundaryMethods.Found method, String login, String since, Map<String, String> victim) {
        Map<String, String> form = new HashMap<>(victim);
        form.put("op", "call");
        form.put("boundary", method.boundary().getName());
        form.put("signature", method.key());
        form.put("login", login);
        form.put("since", since);
        return form;
    }

    private static void checkAudited(Tally tally, String call, long before, long after) {
        if (after > before) {
            tally.audited += after - before;
        } else {
            tally.failures.add(call + ": refused without an audit event");
        }
    }

    private static long audited(SignedInClient client, String login, String since) {
        return Long.parseLong(client.post(PROBE, Map.of("op", "audited", "login", login, "since", since))
                .value("audited"));
    }

    /**
     * Another organization's network, made through the boundaries: a provider and a reseller in partnership, their
     * customer with an order (a subscription), a customer user with a license, a pending invitation of each kind, a
     * listing, a membership profile. Answers its ids as the probe's {@code id.<name>} parameters.
     */
    private static Map<String, String> victimNetwork() {
        SampleNetwork network = SampleNetwork.create();
        String reseller = network.reseller().login();
        long customerId = network.customer().organizationId();
        long resellerId = network.reseller().organizationId();
        long providerId = network.provider().organizationId();
        long offer = Ordering.offer(1, 50, true);
        assertEquals(
                "ok",
                Ordering.place(network.provider().login(), customerId, resellerId, offer + ":5")
                        .outcome());
        // a closed month's invoice, issued, so that the reseller sees it too (issue 17)
        String subscription = Ordering.as(
                        network.provider().login(), "subscriptions", "customer", Long.toString(customerId))
                .value("rows")
                .split("\\|")[0];
        java.time.YearMonth lastMonth =
                java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1);
        assertEquals(
                "ok",
                Pricing.as(
                                network.provider().login(),
                                "backdate",
                                "subscription",
                                subscription,
                                "at",
                                lastMonth
                                        .atDay(1)
                                        .atStartOfDay(java.time.ZoneOffset.UTC)
                                        .toInstant()
                                        .toString())
                        .outcome());
        ProbeAnswer run = Pricing.as(network.provider().login(), "run", "month", lastMonth.toString());
        assertEquals("ok", run.outcome(), run.toString());
        String invoice = Pricing.as(network.provider().login(), "invoices", "run", run.value("run"))
                .value("invoice0.id");
        assertEquals(
                "ok",
                Pricing.as(network.provider().login(), "issue", "invoice", invoice)
                        .outcome());
        String userName = "matrix" + System.nanoTime();
        ProbeAnswer user = Licensing.addUser(reseller, customerId, userName);
        assertEquals("ok", user.outcome(), user.toString());
        String userLogin = user.value("login");
        CustomerRelations.invitation(reseller, providerId, 0);
        Partnering.invitation(network.provider().login(), 0);
        Fixtures.listing(providerId, "Matrix victim", "DE", "");
        Fixtures.membership("DE", true);

        Map<String, String> ids = ids(providerId, resellerId, customerId, offer, userLogin);
        ProbeAnswer assigned =
                Licensing.assign(reseller, Long.parseLong(ids.get("id.subscription")), ids.get("id.customerUser"));
        assertEquals("ok", assigned.outcome(), assigned.toString());
        ids = ids(providerId, resellerId, customerId, offer, userLogin);
        assertTrue(ids.containsKey("id.assignment"), ids.toString());
        assertTrue(ids.containsKey("id.statement"), "the run's statement of the customer: " + ids);
        ids.put(OWNER, reseller);
        return ids;
    }

    private static Map<String, String> ids(long provider, long reseller, long customer, long offer, String user) {
        ProbeAnswer answer = Fixtures.post(
                "public/it-fixtures/matrix",
                "provider",
                Long.toString(provider),
                "reseller",
                Long.toString(reseller),
                "customer",
                Long.toString(customer),
                "offer",
                Long.toString(offer),
                "customerUser",
                user);
        Map<String, String> ids = new HashMap<>();
        answer.values().forEach((name, value) -> ids.put("id." + name, value));
        return ids;
    }

    /** What the calls gave. */
    private static final class Tally {
        long calls;
        long denied;
        long refused;
        long empty;
        long audited;
        long skipped;
        final List<String> failures = new ArrayList<>();

        long refusals() {
            return denied + refused + empty;
        }

        void add(Tally other) {
            calls += other.calls;
            denied += other.denied;
            refused += other.refused;
            empty += other.empty;
            audited += other.audited;
            skipped += other.skipped;
            failures.addAll(other.failures);
        }
    }
}
