package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertDenied;
import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.channelcenter.it.support.ProbeAnswers.domainOf;
import static org.channelcenter.it.support.ProbeAnswers.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
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
 * Orders on behalf of customers and the subscriptions they make (SPEC §7), as real signed-in users call the
 * boundaries (no browser). Each test builds its own network: a provider and a reseller in an active
 * partnership, and a customer related to both. Each refusal is shown with its reason, its audit event, and
 * that no order, line or subscription was written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersIT {

    private static final String ORDER_REFUSED = "ORDER_REFUSED";

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    private Created provider;
    private Created reseller;
    private Created customer;
    private long partnership;
    private long offer;

    @BeforeEach
    void network() {
        SampleNetwork network = SampleNetwork.withHelpdeskUsers(1, 0, 0);
        provider = network.provider();
        reseller = network.reseller();
        customer = network.customer();
        partnership = network.partnershipId();
        offer = Ordering.offer(1, 50, true);
    }

    @Test
    void anAcceptedOrderCreatesASubscriptionOfTenLicensesAndASecondOrderAddsToIt() {
        ProbeAnswer first =
                Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":10");
        assertOk(first);
        String subscription = first.value("lines").split(":")[0];
        assertEquals(subscription + ":true", first.value("lines"));
        assertEquals("10:ACTIVE", Ordering.rowsOf(customer.organizationId()).quantities());

        ProbeAnswer second =
                Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":5");
        assertOk(second);
        assertEquals(subscription + ":false", second.value("lines"), "licenses added to the same subscription");
        Ordering.Written written = Ordering.rowsOf(customer.organizationId());
        assertEquals("15:ACTIVE", written.quantities());
        assertEquals(2, written.orders());
        assertEquals(
                "ORDERED:10:ACTIVE,LICENSES_ADDED:15:ACTIVE", written.changes(), "the history billing charges from");

        // both sides see it: the provider that placed the orders and the reseller of record
        for (String login : new String[] {provider.login(), reseller.login()}) {
            ProbeAnswer subscriptions = Ordering.as(login, "subscriptions", "customer", id(customer));
            assertOk(subscriptions);
            assertEquals("1", subscriptions.value("count"));
            assertEquals(
                    subscription + "|15|ACTIVE",
                    subscriptions
                            .value("rows")
                            .substring(0, subscriptions.value("rows").lastIndexOf('|')));
            ProbeAnswer history = Ordering.as(login, "history", "customer", id(customer), "first", "0", "size", "1");
            assertEquals("2", history.value("count"));
            assertEquals(second.value("id"), history.value("ids"), "newest first, one page of one");
        }
        assertEquals(
                first.value("id"),
                Ordering.as(reseller.login(), "history", "customer", id(customer), "first", "1", "size", "5")
                        .value("ids"),
                "the second page holds the older order");

        assertEquals(1, CustomerRelations.auditEvents("ORDER_PLACED", "order " + first.value("id")));
        assertEquals(1, CustomerRelations.auditEvents("SUBSCRIPTION_CREATED", "subscription " + subscription));
        assertEquals(1, CustomerRelations.auditEvents("SUBSCRIPTION_LICENSES_ADDED", "subscription " + subscription));
        assertEquals(
                String.valueOf(reseller.organizationId()),
                Ordering.as(provider.login(), "resellers", "customer", id(customer))
                        .value("ids"));
    }

    /**
     * The Orders page's boundary calls: an organization's orders across its customers, newest first and paged,
     * for the provider that placed them and for the reseller of record alike; narrowed by customer name; none for
     * a foreign provider or reseller, none of a customer that removed the caller's organization, and no list at
     * all for a customer's user.
     */
    @Test
    void theOrganizationsOrdersAcrossItsCustomersArePagedNewestFirstAndItsOwnOnly() {
        String token = "OrgOrders" + System.nanoTime();
        CustomerFixtures.Customer other = CustomerFixtures.customer(
                token + " Other",
                "US",
                reseller.organizationId(),
                reseller.organizationId(),
                provider.organizationId());
        String first = Ordering.place(
                        provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":1")
                .value("id");
        String second = Ordering.place(provider.login(), other.id(), reseller.organizationId(), offer + ":2")
                .value("id");
        String third = Ordering.place(
                        provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":3")
                .value("id");
        String mine = id(customer);
        String others = Long.toString(other.id());

        for (String login : new String[] {provider.login(), reseller.login()}) {
            ProbeAnswer page = Ordering.as(login, "organizationOrders", "first", "0", "size", "2");
            assertOk(page);
            assertEquals("3", page.value("count"), login);
            assertEquals(third + ":" + mine + "," + second + ":" + others, page.value("ids"), "newest first");
            assertEquals(
                    first + ":" + mine,
                    Ordering.as(login, "organizationOrders", "first", "2", "size", "2")
                            .value("ids"),
                    "the second page holds the oldest");
            // by keys (issue 14): the last page read backwards, the page after the first from its last key, the
            // page before the last from its first key; and the total, bounded at 1,000, is exact here
            assertEquals(
                    second + ":" + others + "," + first + ":" + mine,
                    Ordering.as(login, "organizationOrders", "first", "0", "size", "2", "from", "END")
                            .value("ids"),
                    "the last two, newest first");
            assertEquals(
                    first + ":" + mine,
                    Ordering.as(login, "organizationOrders", "first", "0", "size", "2", "from", "NEXT")
                            .value("ids"),
                    "after the first page");
            assertEquals(
                    second + ":" + others,
                    Ordering.as(login, "organizationOrders", "first", "0", "size", "1", "from", "PREVIOUS")
                            .value("ids"),
                    "before the last page");
            assertEquals("Total[value=3, exact=true]", page.value("total"));
            ProbeAnswer filtered = Ordering.as(
                    login, "organizationOrders", "first", "0", "size", "25", "filter", token.toUpperCase() + " oTHER");
            assertEquals("1", filtered.value("count"));
            assertEquals(second + ":" + others, filtered.value("ids"));
            // LIKE wildcards in the filter are text, not patterns
            assertEquals(
                    "0",
                    Ordering.as(login, "organizationOrders", "first", "0", "size", "25", "filter", "%")
                            .value("count"));
        }

        Created foreignProvider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Created foreignReseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        for (Created foreign : new Created[] {foreignProvider, foreignReseller}) {
            ProbeAnswer none = Ordering.as(foreign.login(), "organizationOrders", "first", "0", "size", "25");
            assertOk(none);
            assertEquals("0", none.value("count"));
            assertEquals("", none.value("ids"));
        }
        assertDenied(Ordering.as(customer.login(), "organizationOrders", "first", "0", "size", "25"));

        // the other customer removes the provider: its order leaves the provider's list, not the reseller's
        CustomerFixtures.remove(other.id(), provider.organizationId());
        ProbeAnswer afterRemoval = Ordering.as(provider.login(), "organizationOrders", "first", "0", "size", "25");
        assertEquals("2", afterRemoval.value("count"));
        assertEquals(third + ":" + mine + "," + first + ":" + mine, afterRemoval.value("ids"));
        assertEquals(
                "3",
                Ordering.as(reseller.login(), "organizationOrders", "first", "0", "size", "25")
                        .value("count"));
    }

    @Test
    void aProviderWithoutAnyRelationshipWithTheCustomerIsRefusedAsForAnyForeignCustomer() {
        Created stranger = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        relate(stranger, reseller); // the reseller's customer, but the provider was never invited with it
        long deniedBefore = CustomerRelations.auditEvents("ACCESS_DENIED", "customer " + stranger.organizationId());

        assertRefused(
                "NOT_FOUND",
                Ordering.place(provider.login(), stranger.organizationId(), reseller.organizationId(), offer + ":10"));

        assertEquals(
                deniedBefore + 1,
                CustomerRelations.auditEvents("ACCESS_DENIED", "customer " + stranger.organizationId()));
        assertNothingWritten(stranger);
    }

    @Test
    void afterTheCustomerRemovedTheProviderItsOrdersAreRefusedWithTheRelationshipRule() {
        removePartner(provider);

        assertRefused(
                "PROVIDER_NOT_RELATED",
                Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":10"));

        assertOrderRefusalAudited("PROVIDER_NOT_RELATED");
        assertNothingWritten(customer);
    }

    @Test
    void withoutTheResellersRelationshipTheOrderIsRefused() {
        removePartner(reseller);
        assertRefused(
                "RESELLER_NOT_RELATED",
                Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":10"));
        assertOrderRefusalAudited("RESELLER_NOT_RELATED");

        // another partner of the provider that never had the customer, and an id that is no reseller at all
        Created otherReseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        Partnering.partnership(provider.organizationId(), otherReseller.organizationId());
        assertRefused(
                "RESELLER_NOT_RELATED",
                Ordering.place(
                        provider.login(), customer.organizationId(), otherReseller.organizationId(), offer + ":10"));
        assertRefused(
                "RESELLER_NOT_RELATED",
                Ordering.place(provider.login(), customer.organizationId(), provider.organizationId(), offer + ":10"));
        assertNothingWritten(customer);
    }

    @Test
    void withATerminatedPartnershipTheOrderIsRefused() {
        String version = Partnering.as(provider.login(), "partnership", "id", Long.toString(partnership))
                .value("version");
        assertOk(Partnering.as(
                provider.login(),
                "end",
                "id",
                Long.toString(partnership),
                "version",
                version,
                "reason",
                "contract ended"));

        assertRefused(
                "PARTNERSHIP_NOT_ACTIVE",
                Ordering.place(provider.login(), customer.organizationId(), reseller.organizationId(), offer + ":10"));

        assertOrderRefusalAudited("PARTNERSHIP_NOT_ACTIVE");
        assertEquals(
                "",
                Ordering.as(provider.login(), "resellers", "customer", id(customer))
                        .value("ids"),
                "the order form offers no reseller of record any more");
        assertNothingWritten(customer);
    }

    @Test
    void quantitiesStayWithinTheOffersLimitsAndARefusedLineWritesNothingOfTheOrder() {
        long limited = Ordering.offer(5, 20, true);
        assertRefused("QUANTITY_OUT_OF_RANGE", place(limited + ":4"));
        assertRefused("QUANTITY_OUT_OF_RANGE", place(limited + ":21"));
        assertNothingWritten(customer);

        assertOk(place(limited + ":15"));
        assertRefused("QUANTITY_OUT_OF_RANGE", place(limited + ":6"), "15 + 6 is over the maximum of 20");
        // the first line is fine, the second is not: neither is written
        assertRefused("QUANTITY_OUT_OF_RANGE", place(offer + ":10," + limited + ":6"));
        assertRefused("DUPLICATE_OFFER", place(offer + ":10," + offer + ":5"));
        assertRefused("NO_LINES", place(""));

        Ordering.Written written = Ordering.rowsOf(customer.organizationId());
        assertEquals("15:ACTIVE", written.quantities());
        assertEquals(1, written.orders());
        assertEquals(1, written.lines());
        assertOrderRefusalAudited("QUANTITY_OUT_OF_RANGE", 4);
    }

    @Test
    void anInactiveOfferIsRefused() {
        long withdrawn = Ordering.offer(1, 50, false);

        assertRefused("OFFER_INACTIVE", place(offer + ":10," + withdrawn + ":10"));

        assertOrderRefusalAudited("OFFER_INACTIVE");
        assertNothingWritten(customer);
    }

    @Test
    void resellerUsersHelpdeskAgentsAndUnrelatedProvidersCannotPlaceOrders() {
        assertDenied(place(reseller.login(), offer + ":10"));
        assertDenied(place("user1@" + domainOf(provider.login()), offer + ":10")); // the provider's helpdesk agent

        Created unrelated = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Partnering.partnership(unrelated.organizationId(), reseller.organizationId());
        assertRefused("NOT_FOUND", place(unrelated.login(), offer + ":10"));

        assertNothingWritten(customer);
    }

    @Test
    void aSalesAgentOfTheProviderPlacesOrdersAndChangesItsSubscriptions() {
        Created sales = Fixtures.organization("PROVIDER", "SALES_AGENT", 0);
        Partnering.partnership(sales.organizationId(), reseller.organizationId());
        relate(customer, sales);

        assertOk(place(sales.login(), offer + ":10"));
        String[] row = subscriptionRow(sales.login());
        assertEquals("10", row[1]);
        assertOk(change(sales.login(), "suspend", row[0], row[3]));
    }

    @Test
    void subscriptionsGoActiveToSuspendedAndBackAndCancelledIsFinal() {
        assertOk(place(offer + ":10"));
        String[] row = subscriptionRow(provider.login());
        String id = row[0];

        // only the provider that holds it changes it
        assertDenied(change(reseller.login(), "suspend", id, row[3]));
        Created unrelated = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        assertRefused("NOT_FOUND", change(unrelated.login(), "suspend", id, row[3]));
        assertEquals(
                2,
                CustomerRelations.auditEvents("ACCESS_DENIED", "subscription " + id),
                "the reseller's and the unrelated provider's attempts");
        assertRefused("CONCURRENT_CHANGE", change(provider.login(), "suspend", id, "99"));

        ProbeAnswer suspended = change(provider.login(), "suspend", id, row[3]);
        assertOk(suspended);
        assertEquals("SUSPENDED", suspended.value("status"));
        assertRefused("NOT_ACTIVE", change(provider.login(), "suspend", id, suspended.value("version")));
        assertRefused(
                "SUBSCRIPTION_SUSPENDED", place(offer + ":1"), "licenses go to a suspended one only once reactivated");

        ProbeAnswer reactivated = change(provider.login(), "reactivate", id, suspended.value("version"));
        assertEquals("ACTIVE", reactivated.value("status"));
        assertRefused("NOT_SUSPENDED", change(provider.login(), "reactivate", id, reactivated.value("version")));

        ProbeAnswer cancelled = change(provider.login(), "cancel", id, reactivated.value("version"));
        assertEquals("CANCELLED", cancelled.value("status"));
        for (String op : new String[] {"suspend", "reactivate", "cancel"}) {
            assertRefused("ALREADY_CANCELLED", change(provider.login(), op, id, cancelled.value("version")));
        }
        assertEquals("10:CANCELLED", Ordering.rowsOf(customer.organizationId()).quantities());

        // a cancelled subscription is final: the next order of the offer opens a new one
        ProbeAnswer reordered = place(offer + ":3");
        assertOk(reordered);
        assertNotEquals(id, reordered.value("lines").split(":")[0]);
        assertEquals(
                "10:CANCELLED,3:ACTIVE",
                Ordering.rowsOf(customer.organizationId()).quantities());
        assertEquals(
                "ORDERED:10:ACTIVE,SUSPENDED:10:SUSPENDED,REACTIVATED:10:ACTIVE,CANCELLED:10:CANCELLED,ORDERED:3:ACTIVE",
                Ordering.rowsOf(customer.organizationId()).changes(),
                "every change is in the history billing charges from, and the refused ones are not");
        for (String action :
                new String[] {"SUBSCRIPTION_SUSPENDED", "SUBSCRIPTION_REACTIVATED", "SUBSCRIPTION_CANCELLED"}) {
            assertEquals(1, CustomerRelations.auditEvents(action, "subscription " + id), action);
        }

        // a provider the customer removed loses its subscriptions' controls at once
        String[] fresh = subscriptionRow(provider.login());
        removePartner(provider);
        assertRefused("NOT_FOUND", change(provider.login(), "suspend", fresh[0], fresh[3]));
    }

    @Test
    void racingOrdersNeverOpenASecondSubscriptionNorLoseLicenses() throws Exception {
        int racers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ProbeAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                // different users: one user signing in on several requests at once is a different matter
                String racer = Ordering.salesAgent(provider.organizationId(), "sales" + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return place(racer, offer + ":10");
                }));
            }
            start.countDown();
            int placed = 0;
            for (Future<ProbeAnswer> answer : answers) {
                ProbeAnswer result = answer.get(120, TimeUnit.SECONDS);
                if ("ok".equals(result.outcome())) {
                    placed++;
                } else {
                    assertRefused("CONCURRENT_CHANGE", result, "a lost race is a concurrent change");
                }
            }
            Ordering.Written written = Ordering.rowsOf(customer.organizationId());
            assertEquals(1, written.subscriptions(), written.toString());
            assertEquals((10 * placed) + ":ACTIVE", written.quantities(), "every placed order counted once");
            assertEquals(placed, written.orders());
        } finally {
            pool.shutdownNow();
        }
    }

    private ProbeAnswer place(String lines) {
        return place(provider.login(), lines);
    }

    private ProbeAnswer place(String login, String lines) {
        return Ordering.place(login, customer.organizationId(), reseller.organizationId(), lines);
    }

    private static ProbeAnswer change(String login, String op, String subscriptionId, String version) {
        return Ordering.as(login, op, "id", subscriptionId, "version", version);
    }

    /** The newest subscription the caller sees for the customer: [id, quantity, status, version]. */
    private String[] subscriptionRow(String login) {
        ProbeAnswer answer = Ordering.as(login, "subscriptions", "customer", id(customer));
        assertOk(answer);
        return answer.value("rows").split(",")[0].split("\\|");
    }

    private void relate(Created theCustomer, Created partner) {
        CustomerRelations.relationship(
                theCustomer.organizationId(), partner.organizationId(), reseller.organizationId());
    }

    /** The customer's admin removes the partner (this test's reseller, or a provider) on the Partners page. */
    private void removePartner(Created partner) {
        String kind = partner == reseller ? "RESELLER" : "PROVIDER";
        ProbeAnswer partners = CustomerRelations.as(customer.login(), "partners", "withRemoved", "false");
        for (int i = 0; i < Integer.parseInt(partners.value("rows")); i++) {
            String[] row = partners.value("row." + i).split("\\|");
            if (row[1].equals(kind)) {
                assertOk(CustomerRelations.as(customer.login(), "remove", "id", row[0], "version", row[3]));
                assertEquals(
                        0,
                        CustomerRelations.count(
                                customer.organizationId(), partner.organizationId(), reseller.organizationId())[0]);
                return;
            }
        }
        throw new IllegalStateException("no active relationship with a " + kind);
    }

    private void assertOrderRefusalAudited(String reason) {
        assertOrderRefusalAudited(reason, 1);
    }

    private void assertOrderRefusalAudited(String reason, int times) {
        assertEquals(
                times,
                CustomerRelations.auditEvents(
                        ORDER_REFUSED,
                        "customer " + customer.organizationId(),
                        reason + " (reseller of record " + reseller.organizationId() + ")"));
    }

    private static void assertNothingWritten(Created theCustomer) {
        Ordering.Written written = Ordering.rowsOf(theCustomer.organizationId());
        assertEquals(0, written.orders(), written.toString());
        assertEquals(0, written.lines(), written.toString());
        assertEquals(0, written.subscriptions(), written.toString());
        assertEquals("", written.changes(), written.toString());
    }
}
