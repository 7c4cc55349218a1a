package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Licensing;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SampleNetwork;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Dashboard's charts and "Needs your attention" (issue 16) count what the database holds: the test makes orders,
 * license assignments, enrollment applications, mails, invitations and a suspended subscription, some of them in
 * past months and days, and every figure the boundaries give equals a plain SQL COUNT of the same range, and the
 * numbers the test made. Only the caller's own organization is counted; a chart of another kind of organization is
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardChartsIT {

    private static final String PROBE = "public/it-probe/dashboard-charts";

    @Test
    void aPartnersOrdersAndLicensesPerMonthEqualTheDatabasesCounts() {
        SampleNetwork network = SampleNetwork.create();
        long offer = Ordering.offer(1, 1_000, true);
        long customer = network.customer().organizationId();
        long reseller = network.reseller().organizationId();
        for (int i = 0; i < 4; i++) {
            assertTrue(Ordering.place(network.provider().login(), customer, reseller, offer + ":3")
                    .ok());
        }
        String subscription = Licensing.as(network.reseller().login(), "use", "customer", Long.toString(customer))
                .value("rows")
                .split(",")[0]
                .split("\\|")[0];
        for (int i = 0; i < 3; i++) {
            ProbeAnswer user =
                    Licensing.addUser(network.reseller().login(), customer, "chart" + i + "x" + System.nanoTime());
            assertTrue(user.ok(), user.toString());
            assertTrue(Licensing.assign(network.reseller().login(), Long.parseLong(subscription), user.value("id"))
                    .ok());
        }
        // orders: one this month, two 2 months ago, one 11 months ago; licenses: this month, last month, and one
        // 13 months ago that is outside the chart
        backdate(network.provider(), "provider", "orders", "0,2,2,11");
        backdate(network.provider(), "provider", "licenses", "0,1,13");

        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (String side : new String[] {"provider", "reseller"}) {
            Fixtures.Created partner = side.equals("provider") ? network.provider() : network.reseller();
            ProbeAnswer activity = Fixtures.probe(
                    PROBE,
                    partner.login(),
                    "activity",
                    "organization",
                    Long.toString(partner.organizationId()),
                    "side",
                    side);
            assertEquals("ok", activity.outcome(), activity.toString());
            assertChartEqualsSql(activity.values(), 24);
            assertEquals("1", activity.value("chart." + now + ".orders"), side + ": " + activity);
            assertEquals("2", activity.value("chart." + now.minusMonths(2) + ".orders"), side);
            assertEquals("1", activity.value("chart." + now.minusMonths(11) + ".orders"), side);
            assertEquals("1", activity.value("chart." + now + ".licenses"), side);
            assertEquals("1", activity.value("chart." + now.minusMonths(1) + ".licenses"), side);
            assertEquals(4, sum(activity.values(), "chart.", ".orders"), side + ": every order is in one month");
            assertEquals(2, sum(activity.values(), "chart.", ".licenses"), side + ": 13 months ago is left out");
        }

        ProbeAnswer customers = Fixtures.probe(
                PROBE,
                network.customer().login(),
                "activity",
                "organization",
                Long.toString(customer),
                "side",
                "reseller");
        assertEquals("denied", customers.outcome(), "a customer has no partner chart");
    }

    /**
     * The chart's counts are kept per quarter of an hour (V38), so a month in a zone half an hour off UTC is exact: an
     * order at the first instant of India's month is in that month for a reader in Kolkata and in the month before
     * for a reader in UTC, and one a second earlier is in the month before for both.
     */
    @Test
    void aMonthIsTheReadersMonthEvenInAZoneHalfAnHourOffUtc() {
        SampleNetwork network = SampleNetwork.create();
        long offer = Ordering.offer(1, 1_000, true);
        long customer = network.customer().organizationId();
        for (int i = 0; i < 2; i++) {
            assertTrue(Ordering.place(
                            network.provider().login(),
                            customer,
                            network.reseller().organizationId(),
                            offer + ":1")
                    .ok());
        }
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Instant monthStart =
                YearMonth.now(kolkata).atDay(1).atStartOfDay(kolkata).toInstant();
        Instant justBefore = monthStart.minusSeconds(1);
        post(
                "backdate",
                "organization",
                Long.toString(network.provider().organizationId()),
                "side",
                "provider",
                "what",
                "orders",
                "at",
                monthStart + "," + justBefore);

        for (ZoneId zone : List.of(kolkata, ZoneOffset.UTC)) {
            ProbeAnswer activity = Fixtures.probe(
                    PROBE,
                    network.reseller().login(),
                    "activity",
                    "organization",
                    Long.toString(network.reseller().organizationId()),
                    "side",
                    "reseller",
                    "zone",
                    zone.getId());
            assertEquals("ok", activity.outcome(), activity.toString());
            assertChartEqualsSql(activity.values(), 24);
            YearMonth first = YearMonth.from(monthStart.atZone(zone));
            YearMonth second = YearMonth.from(justBefore.atZone(zone));
            Map<YearMonth, Long> expected = new HashMap<>();
            expected.merge(first, 1L, Long::sum);
            expected.merge(second, 1L, Long::sum);
            for (Map.Entry<YearMonth, Long> month : expected.entrySet()) {
                assertEquals(
                        Long.toString(month.getValue()),
                        activity.value("chart." + month.getKey() + ".orders"),
                        zone + ": " + activity);
            }
        }
    }

    @Test
    void theStaffsApplicationsByStateAndAgeAndTheOutboxPerDayEqualTheDatabasesCounts() {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        Fixtures.Created applicant = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        ProbeAnswer before = staffFigures(staff);

        post(
                "applications",
                "organization",
                Long.toString(applicant.organizationId()),
                "spec",
                "IN_REVIEW:2,IN_REVIEW:72,IN_REVIEW:240,IN_REVIEW:1000,APPROVED:5");
        post(
                "mails",
                "recipient",
                "chart-" + System.nanoTime() + "@example.test",
                "spec",
                "FAILED:3,SENT:3,SENT:3,HELD:10");

        ProbeAnswer after = staffFigures(staff);
        assertChartEqualsSql(after.values(), 5 + 4 + 14 * 3);
        assertEquals(4, delta(before, after, "chart.state.IN_REVIEW"));
        assertEquals(1, delta(before, after, "chart.state.APPROVED"));
        for (int age = 0; age < 4; age++) {
            assertEquals(1, delta(before, after, "chart.age." + age), "age group " + age + ": " + after);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(2, delta(before, after, "chart.mail." + today.minusDays(3) + ".sent"));
        assertEquals(1, delta(before, after, "chart.mail." + today.minusDays(3) + ".failed"));
        assertEquals(1, delta(before, after, "chart.mail." + today.minusDays(10) + ".waiting"));

        ProbeAnswer attention = Fixtures.probe(PROBE, staff.login(), "attention");
        assertEquals(after.value("sql.state.IN_REVIEW"), attention.value("attention.applicationsWaiting"));
        assertEquals("/staff/enrollments.xhtml", attention.value("attention.applicationsWaiting.page"));
        assertTrue(Long.parseLong(attention.value("attention.failedMails", "0")) >= 1, attention.toString());

        assertEquals("denied", Fixtures.probe(PROBE, applicant.login(), "staff").outcome(), "staff only");
    }

    @Test
    void needsYourAttentionListsExpiringInvitationsAndSuspendedSubscriptionsOfTheCallersOwnOrganization() {
        SampleNetwork network = SampleNetwork.create();
        ProbeAnswer empty = Fixtures.probe(PROBE, network.reseller().login(), "attention");
        assertEquals("ok", empty.outcome(), empty.toString());
        assertTrue(empty.values().isEmpty(), "nothing waits yet: " + empty);

        CustomerRelations.invitation(network.reseller().login(), null, 0);
        CustomerRelations.invitation(network.reseller().login(), null, 0);
        assertTrue(
                Fixtures.probe(PROBE, network.reseller().login(), "attention")
                        .values()
                        .isEmpty(),
                "fresh invitations do not expire soon");
        post("expireSoon", "organization", Long.toString(network.reseller().organizationId()));

        long customer = network.customer().organizationId();
        long offer = Ordering.offer(1, 100, true);
        assertTrue(Ordering.place(
                        network.provider().login(), customer, network.reseller().organizationId(), offer + ":2")
                .ok());
        String[] row = Ordering.as(network.provider().login(), "subscriptions", "customer", Long.toString(customer))
                .value("rows")
                .split(",")[0]
                .split("\\|");
        assertTrue(Ordering.as(network.provider().login(), "suspend", "id", row[0], "version", row[3])
                .ok());

        ProbeAnswer reseller = Fixtures.probe(PROBE, network.reseller().login(), "attention");
        assertEquals("2", reseller.value("attention.customerInvitationsExpiring"), reseller.toString());
        assertEquals("/customer/invitations.xhtml", reseller.value("attention.customerInvitationsExpiring.page"));
        assertEquals("1", reseller.value("attention.suspendedSubscriptions"), reseller.toString());

        ProbeAnswer provider = Fixtures.probe(PROBE, network.provider().login(), "attention");
        assertEquals("1", provider.value("attention.suspendedSubscriptions"), provider.toString());
        assertFalse(
                provider.values().containsKey("attention.customerInvitationsExpiring"),
                "the reseller's invitations are not the provider's: " + provider);

        ProbeAnswer other =
                Fixtures.probe(PROBE, SampleNetwork.create().reseller().login(), "attention");
        assertTrue(other.values().isEmpty(), "another organization sees none of it: " + other);
    }

    private static ProbeAnswer staffFigures(Fixtures.Created staff) {
        ProbeAnswer figures = Fixtures.probe(PROBE, staff.login(), "staff");
        assertEquals("ok", figures.outcome(), figures.toString());
        return figures;
    }

    private static void backdate(Fixtures.Created partner, String side, String what, String monthsAgo) {
        post(
                "backdate",
                "organization",
                Long.toString(partner.organizationId()),
                "side",
                side,
                "what",
                what,
                "monthsAgo",
                monthsAgo);
    }

    private static void post(String op, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "op";
        all[1] = op;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        ProbeAnswer answer = Fixtures.post(PROBE, all);
        assertEquals("ok", answer.outcome(), op + ": " + answer);
    }

    /** Every chart.X equals sql.X, and there are that many of them. */
    private static void assertChartEqualsSql(Map<String, String> values, int expected) {
        int compared = 0;
        for (Map.Entry<String, String> chart : values.entrySet()) {
            if (chart.getKey().startsWith("chart.")) {
                String sql = "sql." + chart.getKey().substring("chart.".length());
                assertEquals(values.get(sql), chart.getValue(), chart.getKey() + ": " + values);
                compared++;
            }
        }
        assertEquals(expected, compared, values.toString());
    }

    private static long sum(Map<String, String> values, String prefix, String suffix) {
        return values.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getKey().endsWith(suffix))
                .mapToLong(e -> Long.parseLong(e.getValue()))
                .sum();
    }

    private static long delta(ProbeAnswer before, ProbeAnswer after, String key) {
        return Long.parseLong(after.value(key)) - Long.parseLong(before.value(key));
    }
}
