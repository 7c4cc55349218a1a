package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
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
 * The partner's chart stays a bounded index range as its history grows (issue 16): with {@link #ROWS} orders and as
 * many license assignments over the last two years, the chart still equals the database's counts of the last 12
 * months, and answers within {@link #BOUND_MILLIS} on average. The figure is written to
 * target/measurements/dashboard-charts.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardChartsScaleIT {

    private static final int ROWS = 10_000;
    private static final double BOUND_MILLIS = 1_000;
    private static final String PROBE = "public/it-probe/dashboard-charts";

    @Test
    void aPartnersChartOverTwoYearsOfHistoryEqualsTheCountsAndStaysFast() throws Exception {
        SampleNetwork network = SampleNetwork.create();
        long customer = network.customer().organizationId();
        long reseller = network.reseller().organizationId();
        assertTrue(Ordering.place(network.provider().login(), customer, reseller, Ordering.offer(1, 100, true) + ":1")
                .ok());
        String subscription = Licensing.as(network.reseller().login(), "use", "customer", Long.toString(customer))
                .value("rows")
                .split(",")[0]
                .split("\\|")[0];
        ProbeAnswer bulk = Fixtures.postForJsonWithin(
                java.time.Duration.ofMinutes(10),
                PROBE,
                ProbeAnswer.class,
                "op",
                "bulk",
                "count",
                Integer.toString(ROWS),
                "months",
                "24",
                "customer",
                Long.toString(customer),
                "provider",
                Long.toString(network.provider().organizationId()),
                "reseller",
                Long.toString(reseller),
                "subscription",
                subscription,
                "user",
                Long.toString(Licensing.userId(network.customer().login())));
        assertEquals("ok", bulk.outcome(), bulk.toString());

        ProbeAnswer activity = Fixtures.probe(
                PROBE,
                network.provider().login(),
                "activity",
                "organization",
                Long.toString(network.provider().organizationId()),
                "side",
                "provider");
        long orders = 0;
        for (Map.Entry<String, String> chart : activity.values().entrySet()) {
            if (chart.getKey().startsWith("chart.")) {
                assertEquals(activity.value("sql." + chart.getKey().substring(6)), chart.getValue(), chart.getKey());
                if (chart.getKey().endsWith(".orders")) {
                    orders += Long.parseLong(chart.getValue());
                }
            }
        }
        assertTrue(
                orders > ROWS * 4 / 10 && orders < ROWS * 6 / 10, "about half the history is in 12 months: " + orders);

        ProbeAnswer timing = Fixtures.probe(PROBE, network.provider().login(), "timing", "repeat", "10");
        double millis = Double.parseDouble(timing.value("activityMillis"));
        Path measurements = Paths.get("target", "measurements");
        Files.createDirectories(measurements);
        Files.writeString(
                measurements.resolve("dashboard-charts.txt"),
                "partner activity chart: " + timing.value("activityMillis") + " ms on average over 10 calls, with "
                        + ROWS + " orders and " + ROWS + " license assignments of the partner over 24 months; "
                        + timing.value("orders") + " orders and " + timing.value("assignments")
                        + " assignments in the database\n");
        assertTrue(millis < BOUND_MILLIS, timing.toString());
    }
}
