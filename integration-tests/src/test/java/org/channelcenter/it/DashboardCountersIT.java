package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelcenter.it.support.CustomerFixtures;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Licensing;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard counters are exact (issue 14): after a random mix of changes made through the real boundaries and
 * the fixtures' plain SQL — new customers and relationships, relationships removed and granted again, orders,
 * more licenses, suspend, reactivate and cancel, license assignments, new organizations — some of them at the same
 * moment from several threads, and changes rolled back half-way, every tile of the provider, reseller, customer and
 * staff dashboards equals a full count over every row, made the way the tiles were counted before the counters.
 * A missing or wrong trigger leaves a tile off by the change it missed. The random seed is in the failure message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardCountersIT {

    private static final int CUSTOMERS = 6;
    private static final int SERIAL_CHANGES = 60;
    private static final int THREADS = 6;
    private static final int CHANGES_PER_THREAD = 10;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    private final AtomicInteger refusedOrFailed = new AtomicInteger();

    private SampleNetwork network;
    private Created staff;
    private long offer;
    private final List<Long> customers = new CopyOnWriteArrayList<>();

    @Test
    void everyTileEqualsAFullCountAfterRandomSerialConcurrentAndRolledBackChanges() throws Exception {
        staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        network = SampleNetwork.create();
        offer = Ordering.offer(1, 1_000, true);
        customers.add(network.customer().organizationId());
        for (int i = 1; i < CUSTOMERS; i++) {
            customers.add(
                    CustomerFixtures.customer("Tiles " + seed + " " + i, "US", resellerId(), resellerId(), providerId())
                            .id());
        }
        for (long customer : customers) {
            place(customer, 1 + random.nextInt(5));
        }
        assertAllExact("after the first orders");

        for (int i = 0; i < SERIAL_CHANGES; i++) {
            change(random, i);
        }
        assertAllExact("after " + SERIAL_CHANGES + " serial changes");

        // the customer's admin ends the provider relationship through its Partners page, and it is granted again
        regrant(network.customer().organizationId(), providerId());
        CustomerRelations.removePartner(network.customer().login(), "PROVIDER");
        assertAllExact("after the customer removed its provider");
        regrant(network.customer().organizationId(), providerId());
        assertAllExact("after the provider was granted again");

        // a change that writes an order, ends a relationship and adds an organization, then rolls back
        long victim = customers.get(random.nextInt(customers.size()));
        regrant(victim, providerId());
        regrant(victim, resellerId());
        ProbeAnswer rolledBack = Fixtures.probe(
                "public/it-probe/dashboard",
                network.provider().login(),
                "rollback",
                "customer",
                Long.toString(victim),
                "reseller",
                Long.toString(resellerId()),
                "lines",
                Ordering.offer(1, 50, true) + ":3", // a new subscription: the victim's may be suspended
                "partner",
                Long.toString(resellerId()));
        assertEquals("ok", rolledBack.outcome(), rolledBack.toString());
        assertEquals("true", rolledBack.value("placed"));
        assertAllExact("after a rolled back change");

        // several threads at once: orders, relationships ending and starting again, subscription changes, all on
        // the same provider's and reseller's counter rows, often for the same customer
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random own = new Random(seed + t);
                running.add(threads.submit(() -> {
                    for (int i = 0; i < CHANGES_PER_THREAD; i++) {
                        change(own, i);
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertAllExact("after concurrent changes");
        assertTrue(
                refusedOrFailed.get() < SERIAL_CHANGES + THREADS * CHANGES_PER_THREAD,
                "most changes went through (seed " + seed + ")");
    }

    /** One random change; a refusal (e.g. ordering for a customer no longer related) or a lost race is fine. */
    private void change(Random dice, int i) {
        long customer = customers.get(dice.nextInt(customers.size()));
        long partner = dice.nextBoolean() ? providerId() : resellerId();
        try {
            switch (dice.nextInt(9)) {
                case 0, 1 -> place(customer, 1 + dice.nextInt(4)); // a new subscription or more licenses
                case 2 -> CustomerFixtures.remove(customer, partner);
                case 3 -> regrant(customer, partner);
                case 4 -> subscriptionChange(customer, dice.nextInt(3), dice);
                case 5 -> assignLicense(customer, i, dice);
                case 6 -> Fixtures.organization(dice.nextBoolean() ? "CUSTOMER" : "RESELLER", "GLOBAL_ADMIN", 0);
                case 7 -> customers.add(CustomerFixtures.customer(
                                "Tiles " + seed + " later " + dice.nextInt(1_000_000),
                                "BR",
                                resellerId(),
                                resellerId(),
                                providerId())
                        .id());
                default -> {
                    if (!Ordering.as(
                                    network.provider().login(),
                                    "place",
                                    "customer",
                                    Long.toString(customer),
                                    "reseller",
                                    Long.toString(resellerId()),
                                    "lines",
                                    Ordering.offer(1, 50, true) + ":" + (1 + dice.nextInt(9)))
                            .ok()) {
                        refusedOrFailed.incrementAndGet();
                    }
                }
            }
        } catch (RuntimeException lostRaceOrRefused) {
            refusedOrFailed.incrementAndGet();
        }
    }

    private void place(long customer, int quantity) {
        ProbeAnswer placed = Ordering.place(network.provider().login(), customer, resellerId(), offer + ":" + quantity);
        if (!placed.ok()) {
            refusedOrFailed.incrementAndGet();
        }
    }

    /** Grants the partner again unless the customer's relationship with it is active (as the database says). */
    private void regrant(long customer, long partner) {
        if (CustomerRelations.count(customer, partner, resellerId())[0] == 0) {
            CustomerRelations.relationship(customer, partner, resellerId());
        }
    }

    /** Suspends, reactivates or cancels one of the customer's subscriptions, as the provider. */
    private void subscriptionChange(long customer, int which, Random dice) {
        ProbeAnswer listed =
                Ordering.as(network.provider().login(), "subscriptions", "customer", Long.toString(customer));
        String rows = listed.value("rows", "");
        if (!listed.ok() || rows.isEmpty()) {
            refusedOrFailed.incrementAndGet();
            return;
        }
        String[] all = rows.split(",");
        String[] row = all[dice.nextInt(all.length)].split("\\|");
        String op = which == 0 ? "suspend" : which == 1 ? "reactivate" : "cancel";
        if (!Ordering.as(network.provider().login(), op, "id", row[0], "version", row[3])
                .ok()) {
            refusedOrFailed.incrementAndGet();
        }
    }

    /** A new user of the customer gets a license of one of its subscriptions, as the reseller. */
    private void assignLicense(long customer, int i, Random dice) {
        ProbeAnswer use = Licensing.as(network.reseller().login(), "use", "customer", Long.toString(customer));
        String rows = use.value("rows", "");
        if (!use.ok() || rows.isEmpty()) {
            refusedOrFailed.incrementAndGet();
            return;
        }
        String[] all = rows.split(",");
        String subscription = all[dice.nextInt(all.length)].split("\\|")[0];
        ProbeAnswer user =
                Licensing.addUser(network.reseller().login(), customer, "tiles" + Math.abs(dice.nextInt()) + "x" + i);
        if (!user.ok()
                || !Licensing.assign(network.reseller().login(), Long.parseLong(subscription), user.value("id"))
                        .ok()) {
            refusedOrFailed.incrementAndGet();
        }
    }

    private void assertAllExact(String when) {
        assertExact(when, network.provider(), "PROVIDER");
        assertExact(when, network.reseller(), "RESELLER");
        assertExact(when, network.customer(), "CUSTOMER");
        assertExact(when, staff, "OPERATOR");
    }

    /** Every tile the probe made a full count for equals it; a partner's customers also equal Counters.customers. */
    private void assertExact(String when, Created who, String kind) {
        ProbeAnswer answer = Fixtures.probe(
                "public/it-probe/dashboard",
                who.login(),
                "tiles",
                "organization",
                Long.toString(who.organizationId()),
                "kind",
                kind);
        assertEquals("ok", answer.outcome(), answer.toString());
        String context = kind + " " + when + " (seed " + seed + "): " + answer.values();
        int compared = 0;
        for (Map.Entry<String, String> full : answer.values().entrySet()) {
            if (full.getKey().startsWith("full.")) {
                String tile = "tile." + full.getKey().substring("full.".length());
                assertEquals(full.getValue(), answer.value(tile), tile + ", " + context);
                compared++;
            }
        }
        if (kind.equals("PROVIDER") || kind.equals("RESELLER")) {
            assertEquals(answer.value("full.customers"), answer.value("counter.customers"), context);
            assertEquals(5, compared, context);
        } else if (kind.equals("OPERATOR")) {
            assertEquals(6, compared, context);
        } else {
            assertEquals(2, compared, context);
        }
    }

    private long providerId() {
        return network.provider().organizationId();
    }

    private long resellerId() {
        return network.reseller().organizationId();
    }
}
