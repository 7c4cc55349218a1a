package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertDenied;
import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.channelcenter.it.support.ProbeAnswers.domainOf;
import static org.channelcenter.it.support.ProbeAnswers.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Licensing;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Customer users and license assignments (SPEC §7), as real signed-in users call the boundaries (no browser).
 * Each test builds its own network: a provider and a reseller in an active partnership, both related to one
 * customer, and a subscription of 10 licenses the provider ordered with the reseller of record. The database's
 * seat counter and assignment rows are read with SQL: never more assignments than licenses, also when two
 * assignments race for the last one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensesIT {

    private static final String DENIED = "ACCESS_DENIED";

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    private Created provider;
    private Created reseller;
    private Created customer;
    private long subscription;
    private long offer;

    @BeforeEach
    void network() {
        SampleNetwork network = SampleNetwork.withHelpdeskUsers(1, 1, 0);
        provider = network.provider();
        reseller = network.reseller();
        customer = network.customer();
        offer = Ordering.offer(1, 50, true);
        ProbeAnswer placed =
                Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":10");
        assertOk(placed);
        subscription = Long.parseLong(placed.value("lines").split(":")[0]);
    }

    @Test
    void theEleventhAssignmentOnTenLicensesIsRefusedWithTheClearMessage() {
        List<String> users = addUsers(reseller.login(), 11);
        for (int i = 0; i < 10; i++) {
            assertOk(Licensing.assign(reseller.login(), subscription, users.get(i)));
        }
        assertRefused(
                "ALREADY_ASSIGNED",
                Licensing.assign(reseller.login(), subscription, users.get(0)),
                "a user holds one license of a subscription");

        ProbeAnswer eleventh = Licensing.assign(reseller.login(), subscription, users.get(10));

        assertRefused("ALL_ASSIGNED", eleventh);
        assertEquals("10", eleventh.value("quantity"));
        assertEquals(
                "All 10 licenses of this subscription are assigned. Unassign a license or order more licenses"
                        + " before assigning another one.",
                eleventh.value("message.en"));
        assertTrue(
                eleventh.value("message.pt-BR").startsWith("Todas as 10 licenças desta assinatura"),
                eleventh.toString());
        assertTrue(
                eleventh.value("message.ru").startsWith("Все лицензии этой подписки назначены (10)"),
                eleventh.toString());
        assertSeats(10);
        assertEquals(10, CustomerRelations.auditEvents("LICENSE_ASSIGNED", "subscription " + subscription));
        assertEquals(
                "10|10|ACTIVE",
                use(provider.login()).substring(use(provider.login()).indexOf('|') + 1),
                "the provider sees the same use");

        // unassigning frees a seat for the eleventh user
        String[] first = assignments(reseller.login())[0].split("\\|");
        assertOk(Licensing.as(reseller.login(), "unassign", "id", first[0], "version", first[3]));
        assertRefused(
                "ALREADY_UNASSIGNED",
                Licensing.as(reseller.login(), "unassign", "id", first[0], "version", first[3]),
                "twice is no second seat");
        assertSeats(9);
        assertOk(Licensing.assign(provider.login(), subscription, users.get(10)));
        assertSeats(10);
        assertEquals(1, CustomerRelations.auditEvents("LICENSE_UNASSIGNED", "subscription " + subscription));
    }

    /**
     * A seat taken while an order adds licenses to the same subscription: both write the subscription's row and,
     * through its trigger, the provider's and reseller's counter rows. Taken in opposite orders, PostgreSQL ended
     * one of them as a deadlock (a failed request); every writer now takes the counter rows first.
     */
    @Test
    void anAssignmentAndAnOrderForMoreLicensesOfTheSameSubscriptionAtOnceBothGoThrough() throws Exception {
        int rounds = 8;
        List<String> users = addUsers(reseller.login(), rounds);
        for (int round = 0; round < rounds; round++) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                String user = users.get(round);
                Future<ProbeAnswer> assigned = pool.submit(() -> {
                    start.await();
                    return Licensing.assign(reseller.login(), subscription, user);
                });
                Future<ProbeAnswer> ordered = pool.submit(() -> {
                    start.await();
                    return Ordering.place(
                            provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":1");
                });
                start.countDown();
                assertOk(assigned.get(120, TimeUnit.SECONDS));
                ProbeAnswer order = ordered.get(120, TimeUnit.SECONDS);
                assertOk(order);
                assertEquals(
                        Long.toString(subscription),
                        order.value("lines").split(":")[0],
                        "round " + round + ": the order added to the same subscription");
            } finally {
                pool.shutdownNow();
            }
        }
        Licensing.Seats seats = Licensing.seats(subscription);
        assertEquals(new Licensing.Seats(rounds, 10 + rounds, rounds), seats);
    }

    @Test
    void twoAssignmentsRacingForTheLastLicenseNeverExceedTheQuantity() throws Exception {
        List<String> users = addUsers(reseller.login(), 12);
        for (int i = 0; i < 9; i++) {
            assertOk(Licensing.assign(reseller.login(), subscription, users.get(i)));
        }
        // different users of two partners: the reseller's admin and the provider's admin
        String[] racers = {reseller.login(), provider.login()};
        for (int round = 0; round < 3; round++) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ProbeAnswer>> answers = new ArrayList<>();
                for (int racer = 0; racer < 2; racer++) {
                    String login = racers[racer];
                    String user = users.get(9 + racer + (round == 2 ? 1 : 0));
                    answers.add(pool.submit(() -> {
                        start.await();
                        return Licensing.assign(login, subscription, user);
                    }));
                }
                start.countDown();
                int assigned = 0;
                for (Future<ProbeAnswer> answer : answers) {
                    ProbeAnswer result = answer.get(120, TimeUnit.SECONDS);
                    if ("ok".equals(result.outcome())) {
                        assigned++;
                    } else {
                        assertRefused("ALL_ASSIGNED", result, "round " + round);
                    }
                }
                assertEquals(1, assigned, "round " + round + ": exactly one gets the last license");
                assertSeats(10);
            } finally {
                pool.shutdownNow();
            }
            // free the last seat again for the next round
            for (String row : assignments(reseller.login())) {
                String[] parts = row.split("\\|");
                if (users.indexOf(parts[2]) >= 9) {
                    assertOk(Licensing.as(reseller.login(), "unassign", "id", parts[0], "version", parts[3]));
                }
            }
            assertSeats(9);
        }
    }

    @Test
    void aHelpdeskAgentOfAnUnrelatedPartnerIsRefusedAndTheAttemptAudited() {
        Created unrelated = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 1);
        Partnering.partnership(provider.organizationId(), unrelated.organizationId());
        String helpdesk = "user1@" + domainOf(unrelated.login());
        String user = Licensing.addUser(reseller.login(), customer.organizationId(), "kim")
                .value("id");
        long customerDenials = CustomerRelations.auditEvents(DENIED, "customer " + customer.organizationId());
        long subscriptionDenials = CustomerRelations.auditEvents(DENIED, "subscription " + subscription);

        assertRefused("NOT_FOUND", Licensing.addUser(helpdesk, customer.organizationId(), "intruder"));
        assertRefused("NOT_FOUND", Licensing.assign(helpdesk, subscription, user));
        assertRefused("NOT_FOUND", Licensing.as(helpdesk, "users", "customer", id(customer)));

        assertEquals(
                customerDenials + 2, CustomerRelations.auditEvents(DENIED, "customer " + customer.organizationId()));
        assertEquals(subscriptionDenials + 1, CustomerRelations.auditEvents(DENIED, "subscription " + subscription));
        assertSeats(0);
        assertEquals(
                "2",
                Licensing.as(reseller.login(), "users", "customer", id(customer))
                        .value("count"),
                "the customer's admin and kim: nobody added by the intruder");
    }

    @Test
    void helpdeskAgentsOfTheRelatedPartnersAddUsersAndAssignLicenses() {
        for (Created partner : new Created[] {reseller, provider}) {
            String helpdesk = "user1@" + domainOf(partner.login());
            String name = "lee" + partner.organizationId();
            ProbeAnswer added = Licensing.addUser(helpdesk, customer.organizationId(), name);
            assertOk(added);
            assertEquals(name + "@" + domainOf(customer.login()), added.value("login"));
            assertOk(Licensing.assign(helpdesk, subscription, added.value("id")));
            assertEquals(1, CustomerRelations.auditEvents("CUSTOMER_USER_ADDED", added.value("login")));

            // as delivered: the outbox itself keeps no readable link
            String mail = smtp.awaitMailTo(name + "@mail.example").body();
            assertTrue(
                    mail.contains("Browser Test " + (partner == reseller ? "RESELLER" : "PROVIDER")),
                    "the mail names the partner: " + mail);
            assertTrue(mail.contains("public/set-password.xhtml?token="), mail);
        }
        assertSeats(2);
        String rows = Licensing.as(reseller.login(), "users", "customer", id(customer))
                .value("rows");
        assertTrue(rows.contains("|true|true|0|"), "the customer's admin, marked: " + rows);
        assertTrue(rows.contains("|true|false|1|"), "a license of the reseller's subscription held: " + rows);
    }

    @Test
    void aSalesAgentListsUsersAndLicensesButChangesNothing() {
        String sales = Ordering.salesAgent(reseller.organizationId(), "sales");
        String user = Licensing.addUser(reseller.login(), customer.organizationId(), "kim")
                .value("id");

        assertOk(Licensing.as(sales, "users", "customer", id(customer)));
        assertOk(Licensing.as(sales, "use", "customer", id(customer)));
        assertDenied(Licensing.addUser(sales, customer.organizationId(), "intruder"));
        assertDenied(Licensing.assign(sales, subscription, user));
        assertDenied(Licensing.as(sales, "deactivateUser", "customer", id(customer), "id", user, "version", "1"));
        assertDenied(Licensing.as(sales, "candidates", "subscription", Long.toString(subscription), "text", "kim"));

        assertOk(Licensing.assign(reseller.login(), subscription, user));
        String[] assignment = assignments(reseller.login())[0].split("\\|");
        assertDenied(Licensing.as(sales, "unassign", "id", assignment[0], "version", assignment[3]));
        assertSeats(1);
    }

    @Test
    void afterTheCustomerRemovedThePartnerEveryCallIsRefused() {
        String user = Licensing.addUser(reseller.login(), customer.organizationId(), "kim")
                .value("id");
        String userVersion = userRow(reseller.login(), user)[5];
        removePartner(reseller);

        assertRefused("NOT_FOUND", Licensing.as(reseller.login(), "users", "customer", id(customer)));
        assertRefused("NOT_FOUND", Licensing.addUser(reseller.login(), customer.organizationId(), "lee"));
        assertRefused(
                "NOT_FOUND",
                Licensing.as(
                        reseller.login(),
                        "deactivateUser",
                        "customer",
                        id(customer),
                        "id",
                        user,
                        "version",
                        userVersion));
        assertRefused("NOT_FOUND", Licensing.assign(reseller.login(), subscription, user));
        assertRefused("NOT_FOUND", Licensing.as(reseller.login(), "use", "customer", id(customer)));
        assertSeats(0);

        // the provider still has its relationship
        assertOk(Licensing.assign(provider.login(), subscription, user));
        assertSeats(1);
    }

    @Test
    void aForeignUserIdOrTheCustomersAdminIsRefused() {
        Created other = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        String foreign = Long.toString(Licensing.userId(other.login()));
        String customerAdmin = Long.toString(Licensing.userId(customer.login()));
        long denials = CustomerRelations.auditEvents(DENIED, "user " + foreign);

        assertRefused("USER_NOT_FOUND", Licensing.assign(reseller.login(), subscription, foreign));
        assertRefused(
                "NOT_FOUND",
                Licensing.as(
                        reseller.login(),
                        "editUser",
                        "customer",
                        id(customer),
                        "id",
                        foreign,
                        "version",
                        "1",
                        "displayName",
                        "Taken over",
                        "email",
                        "x@mail.example"));
        assertRefused(
                "NOT_FOUND",
                Licensing.as(
                        reseller.login(), "deactivateUser", "customer", id(customer), "id", foreign, "version", "1"));
        assertEquals(denials + 3, CustomerRelations.auditEvents(DENIED, "user " + foreign));

        String adminVersion = userRow(reseller.login(), customerAdmin)[5];
        long adminDenials = CustomerRelations.auditEvents(DENIED, "user " + customerAdmin);
        assertRefused(
                "CUSTOMER_ADMIN",
                Licensing.as(
                        reseller.login(),
                        "deactivateUser",
                        "customer",
                        id(customer),
                        "id",
                        customerAdmin,
                        "version",
                        adminVersion),
                "the customer's own user management");
        assertRefused(
                "CUSTOMER_ADMIN",
                Licensing.as(
                        reseller.login(),
                        "editUser",
                        "customer",
                        id(customer),
                        "id",
                        customerAdmin,
                        "version",
                        adminVersion,
                        "displayName",
                        "Renamed",
                        "email",
                        "x@mail.example"));
        assertEquals(
                adminDenials + 2,
                CustomerRelations.auditEvents(DENIED, "user " + customerAdmin),
                "a partner touching the customer's admin is audited");
        assertSeats(0);
    }

    @Test
    void deactivatingAUserFreesTheirLicenseAndAnInactiveUserGetsNone() {
        ProbeAnswer added = Licensing.addUser(reseller.login(), customer.organizationId(), "kim");
        String user = added.value("id");
        assertOk(Licensing.assign(reseller.login(), subscription, user));
        assertSeats(1);
        ProbeAnswer edited = Licensing.as(
                reseller.login(),
                "editUser",
                "customer",
                id(customer),
                "id",
                user,
                "version",
                added.value("version"),
                "displayName",
                "Kim Lee",
                "email",
                "kim.lee@mail.example");
        assertOk(edited);
        assertRefused(
                "CONCURRENT_CHANGE",
                Licensing.as(
                        reseller.login(),
                        "deactivateUser",
                        "customer",
                        id(customer),
                        "id",
                        user,
                        "version",
                        added.value("version")),
                "on a stale version");

        ProbeAnswer deactivated = Licensing.as(
                "user1@" + domainOf(reseller.login()),
                "deactivateUser",
                "customer",
                id(customer),
                "id",
                user,
                "version",
                edited.value("version"));
        assertOk(deactivated);
        assertEquals("false", deactivated.value("active"));
        assertSeats(0);
        assertEquals(1, CustomerRelations.auditEvents("CUSTOMER_USER_DEACTIVATED", added.value("login")));
        assertEquals(1, CustomerRelations.auditEvents("CUSTOMER_USER_UPDATED", added.value("login")));
        assertEquals(1, CustomerRelations.auditEvents("LICENSE_UNASSIGNED", "subscription " + subscription));
        assertRefused("USER_INACTIVE", Licensing.assign(reseller.login(), subscription, user));
        assertEquals(
                "",
                Licensing.as(reseller.login(), "candidates", "subscription", Long.toString(subscription), "text", "kim")
                        .value("ids"),
                "an inactive user is no candidate");

        ProbeAnswer reactivated = Licensing.as(
                reseller.login(),
                "reactivateUser",
                "customer",
                id(customer),
                "id",
                user,
                "version",
                deactivated.value("version"));
        assertEquals("true", reactivated.value("active"));
        assertEquals(
                user,
                Licensing.as(reseller.login(), "candidates", "subscription", Long.toString(subscription), "text", "KIM")
                        .value("ids"));
        assertOk(Licensing.assign(reseller.login(), subscription, user));
        assertSeats(1);
        assertEquals(1, CustomerRelations.auditEvents("CUSTOMER_USER_REACTIVATED", added.value("login")));
    }

    @Test
    void aSuspendedSubscriptionAssignsNoLicense() {
        String user = Licensing.addUser(reseller.login(), customer.organizationId(), "kim")
                .value("id");
        String[] row = Ordering.as(provider.login(), "subscriptions", "customer", id(customer))
                .value("rows")
                .split(",")[0]
                .split("\\|");
        ProbeAnswer suspended = Ordering.as(provider.login(), "suspend", "id", row[0], "version", row[3]);
        assertOk(suspended);

        assertRefused("SUBSCRIPTION_NOT_ACTIVE", Licensing.assign(reseller.login(), subscription, user));
        assertSeats(0);

        assertOk(Ordering.as(provider.login(), "reactivate", "id", row[0], "version", suspended.value("version")));
        assertOk(Licensing.assign(reseller.login(), subscription, user));
        assertSeats(1);
    }

    @Test
    void cancellingTheSubscriptionFreesEveryLicenseOfIt() {
        List<String> users = addUsers(reseller.login(), 2);
        users.forEach(user -> assertOk(Licensing.assign(reseller.login(), subscription, user)));
        assertSeats(2);
        String[] row = Ordering.as(provider.login(), "subscriptions", "customer", id(customer))
                .value("rows")
                .split(",")[0]
                .split("\\|");

        assertOk(Ordering.as(provider.login(), "cancel", "id", row[0], "version", row[3]));

        assertSeats(0);
        assertEquals(
                "0",
                Licensing.as(reseller.login(), "assignments", "customer", id(customer))
                        .value("count"),
                "no user holds a license of a cancelled subscription");
        assertEquals("0", userRow(reseller.login(), users.get(0))[4]);
        assertEquals(
                1,
                CustomerRelations.auditEvents(
                        "LICENSE_UNASSIGNED",
                        "subscription " + subscription,
                        "2 license(s), the subscription was cancelled"));
    }

    @Test
    void aUserTheCustomersOwnAdminDeactivatesLetsGoOfTheirLicenseToo() {
        String user = Licensing.addUser(reseller.login(), customer.organizationId(), "kim")
                .value("id");
        assertOk(Licensing.assign(reseller.login(), subscription, user));
        assertSeats(1);

        // the customer's admin, in the customer's own User management (not the partner's record)
        ProbeAnswer deactivated = Licensing.as(
                customer.login(), "deactivateOwnUser", "id", user, "version", userRow(reseller.login(), user)[5]);

        assertOk(deactivated);
        assertEquals("false", deactivated.value("active"));
        assertSeats(0);
        assertEquals(1, CustomerRelations.auditEvents("LICENSE_UNASSIGNED", "subscription " + subscription));
    }

    @Test
    void aDeactivationRacingAnAssignmentNeverLeavesAnInactiveUserHoldingALicense() throws Exception {
        for (int round = 0; round < 4; round++) {
            String[] added = {
                Licensing.addUser(reseller.login(), customer.organizationId(), "racer" + round)
                        .value("id")
            };
            String version = userRow(reseller.login(), added[0])[5];
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                Future<ProbeAnswer> assign = pool.submit(() -> {
                    start.await();
                    return Licensing.assign(reseller.login(), subscription, added[0]);
                });
                Future<ProbeAnswer> deactivate = pool.submit(() -> {
                    start.await();
                    return Licensing.as(
                            provider.login(),
                            "deactivateUser",
                            "customer",
                            id(customer),
                            "id",
                            added[0],
                            "version",
                            version);
                });
                start.countDown();
                ProbeAnswer assigned = assign.get(120, TimeUnit.SECONDS);
                assertOk(deactivate.get(120, TimeUnit.SECONDS));
                if (!"ok".equals(assigned.outcome())) {
                    assertRefused("USER_INACTIVE", assigned, "round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals("false", userRow(reseller.login(), added[0])[2], "round " + round);
            assertEquals(
                    "0", userRow(reseller.login(), added[0])[4], "round " + round + ": the inactive user holds none");
            assertSeats(0);
        }
    }

    private List<String> addUsers(String login, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProbeAnswer added = Licensing.addUser(login, customer.organizationId(), "user" + i);
            assertOk(added);
            ids.add(added.value("id"));
        }
        return ids;
    }

    private String use(String login) {
        ProbeAnswer answer = Licensing.as(login, "use", "customer", id(customer));
        assertOk(answer);
        return answer.value("rows");
    }

    private String[] assignments(String login) {
        ProbeAnswer answer = Licensing.as(login, "assignments", "customer", id(customer));
        assertOk(answer);
        return answer.value("rows").split(",");
    }

    /** The user's row as the partner lists it: [id, login, active, admin, licenses, version]. */
    private String[] userRow(String login, String userId) {
        for (String row : Licensing.as(login, "users", "customer", id(customer))
                .value("rows")
                .split(",")) {
            if (row.startsWith(userId + "|")) {
                return row.split("\\|");
            }
        }
        throw new IllegalStateException("no user " + userId);
    }

    private void assertSeats(int assigned) {
        Licensing.Seats seats = Licensing.seats(subscription);
        assertEquals(assigned, seats.assigned(), seats.toString());
        assertEquals(assigned, seats.open(), seats.toString());
        assertEquals(10, seats.quantity(), seats.toString());
    }

    /** The customer's admin removes the partner on the Partners page. */
    private void removePartner(Created partner) {
        CustomerRelations.removePartner(customer.login(), partner == reseller ? "RESELLER" : "PROVIDER");
    }
}
