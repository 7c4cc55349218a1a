package org.channelcenter.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing run's benchmark (issue 17; README, "Benchmark"), run only by the {@code benchmark} profile and only when
 * named: {@code mvn verify -Pbenchmark -pl integration-tests -am -Dbench.test=BillingRunBenchmarkIT -Dbench.n=100000}.
 * Loads the benchmark's data for N (one provider, one reseller, N customers with one active subscription each),
 * bills last month for all of them as the provider's admin ({@link BillingRunBenchmarkServlet}), and writes the time,
 * the rows written and the server's heap before and during the run to target/billing-run-&lt;db&gt;-&lt;n&gt;.md. All N
 * subscriptions go to one reseller, so the run's one transaction per reseller is as large as it can be here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingRunBenchmarkIT {

    private static final Logger LOG = Logger.getLogger(BillingRunBenchmarkIT.class.getName());

    @Test
    void billsLastMonthForEverySubscription() throws Exception {
        int n = Integer.getInteger("bench.n", 1_000);
        String db = System.getProperty("channelcenter.db.vendor", "derby");
        BenchmarkData data = Fixtures.postForJsonWithin(
                Duration.ofHours(2),
                "public/it-fixtures/benchmark",
                BenchmarkData.class,
                "op",
                "load",
                "n",
                Integer.toString(n));
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "# Billing run benchmark, %s, N = %,d%n%n| run | subscriptions | invoices | statements | lines"
                        + " | seconds | heap before (MB) | heap peak during (MB) | heap after (MB) | heap max (MB)"
                        + " | credit check's unbilled (ms) |%n"
                        + "|---|---|---|---|---|---|---|---|---|---|---|%n",
                db,
                n));
        for (int run = 1; run <= Integer.getInteger("bench.runs", 2); run++) {
            ProbeAnswer answer = Fixtures.postForJsonWithin(
                    Duration.ofHours(1),
                    "public/it-fixtures/billing-benchmark",
                    ProbeAnswer.class,
                    "op",
                    "run",
                    "login",
                    data.providerLogin(),
                    "password",
                    Fixtures.PASSWORD);
            assertEquals(ProbeAnswer.OK, answer.outcome(), answer.toString());
            assertEquals(answer.value("subscriptions"), answer.value("statements"), "one statement per customer");
            report.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %s | %s | %s | %.1f | %.0f | %.0f | %.0f | %.0f | %s |%n",
                    run,
                    answer.value("subscriptions"),
                    answer.value("invoices"),
                    answer.value("statements"),
                    answer.value("lines"),
                    Long.parseLong(answer.value("millis")) / 1000.0,
                    Long.parseLong(answer.value("heapBeforeKb")) / 1024.0,
                    Long.parseLong(answer.value("heapPeakKb")) / 1024.0,
                    Long.parseLong(answer.value("heapAfterKb")) / 1024.0,
                    Long.parseLong(answer.value("heapMaxKb")) / 1024.0,
                    answer.value("unbilledMillis")));
        }
        LOG.info(report.toString());
        Files.writeString(Path.of("target", "billing-run-" + db + "-" + n + ".md"), report.toString());
    }
}
