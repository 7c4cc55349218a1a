package org.channelcenter.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.channelcenter.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark (README, "Benchmark"), run only by the {@code benchmark} profile:
 * {@code mvn verify -Pbenchmark -pl integration-tests -am -Dbench.n=100000 [-Ppostgresql ...]}. Loads the data for
 * N unless the database has it already ({@link BenchmarkLoaderServlet}), runs the {@link BenchmarkDriver} at each
 * number of users, optionally measures memory per session, prints one markdown table and writes it to
 * target/benchmark-&lt;db&gt;-&lt;n&gt;.md. Fails after writing the table if any request failed its check.
 *
 * <p>System properties: bench.n (1000), bench.users (1,16), bench.warmup (requests per user before measuring, 1),
 * bench.seconds (least seconds measured per page, 5), bench.minRequests (least measured requests per user, 1),
 * bench.pages (only the pages whose names contain one of these comma-separated words, and the static ceiling),
 * bench.sessions (signed-in sessions for the memory figure; 0 = not measured), bench.extraViews (further views
 * each of those sessions opens, 3).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BenchmarkIT {

    private static final Logger LOG = Logger.getLogger(BenchmarkIT.class.getName());

    @Test
    void benchmark() throws Exception {
        int n = Integer.getInteger("bench.n", 1_000);
        int[] users = Arrays.stream(System.getProperty("bench.users", "1,16").split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
        String db = System.getProperty("channelcenter.db.vendor", "derby");

        BenchmarkData data = Fixtures.postForJsonWithin(
                Duration.ofHours(2),
                "public/it-fixtures/benchmark",
                BenchmarkData.class,
                "op",
                "load",
                "n",
                Integer.toString(n));
        String load = data.loadedNow()
                ? String.format(Locale.ROOT, "loaded in %.1f s (%s)", data.loadMillis() / 1000.0, data.stages())
                : "already loaded, not loaded again";
        LOG.info("benchmark data for N=" + n + ": " + load);

        BenchmarkDriver driver = new BenchmarkDriver(
                Fixtures.baseUrl(),
                Fixtures.PASSWORD,
                data,
                Integer.getInteger("bench.warmup", 1),
                Double.parseDouble(System.getProperty("bench.seconds", "5")),
                Integer.getInteger("bench.minRequests", 1));
        Instant started = Instant.now();
        List<BenchmarkDriver.Result> results = driver.run(users, LOG::info);

        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "# Benchmark, %s, N = %,d customers%n%n"
                        + "Run %s; data %s. Server: the test Liberty (`integration-tests`), %d processors on this"
                        + " machine. Each row: all users on that page at once for at least %s s after a warm-up;"
                        + " p50/p95 response time in ms, views/s the server delivered.%n%n",
                db,
                n,
                started,
                load,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("bench.seconds", "5")));
        report.append(table(results, users));
        int sessions = Integer.getInteger("bench.sessions", 0);
        if (sessions > 0) {
            report.append('\n').append(memory(data, sessions, Integer.getInteger("bench.extraViews", 3)));
        }
        Path file = Path.of("target", "benchmark-" + db + "-" + n + ".md");
        Files.writeString(file, report);
        LOG.info("\n" + report + "\nwritten to " + file.toAbsolutePath());

        List<String> failed = results.stream()
                .filter(result -> result.errors() > 0)
                .map(result -> result.step() + " x" + result.users() + ": " + result.errors() + " errors, first: "
                        + result.firstError())
                .toList();
        assertEquals(List.of(), failed, "every request answered its page");
    }

    private static String table(List<BenchmarkDriver.Result> results, int[] users) {
        StringBuilder table = new StringBuilder("| Page |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int count : users) {
            String who = count == 1 ? "1 user" : count + " users";
            table.append(' ')
                    .append(who)
                    .append(" p50 | ")
                    .append(who)
                    .append(" p95 | ")
                    .append(who)
                    .append(" views/s |");
            rule.append("---:|---:|---:|");
        }
        table.append('\n').append(rule).append('\n');
        Map<String, List<BenchmarkDriver.Result>> byStep = new LinkedHashMap<>();
        for (BenchmarkDriver.Result result : results) {
            byStep.computeIfAbsent(result.step(), step -> new ArrayList<>()).add(result);
        }
        byStep.forEach((step, rows) -> {
            table.append("| ").append(step).append(" |");
            for (BenchmarkDriver.Result row : rows) {
                table.append(String.format(
                        Locale.ROOT,
                        " %.1f | %.1f | %.1f%s |",
                        row.p50(),
                        row.p95(),
                        row.viewsPerSecond(),
                        row.errors() > 0 ? " (" + row.errors() + " errors)" : ""));
            }
            table.append('\n');
        });
        return table.toString();
    }

    /**
     * Memory per session: the server's resident set and heap after a full collection, before, with {@code sessions}
     * reseller sessions that each have the Customers page open, and after each opened {@code extraViews} more
     * views of it. The sessions stay referenced until the last reading.
     */
    private static String memory(BenchmarkData data, int sessions, int extraViews) {
        ServerMemory before = serverMemory();
        List<PortalSession> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            PortalSession session = PortalSession.signIn(Fixtures.baseUrl(), data.resellerLogin(), Fixtures.PASSWORD);
            session.get("customer/customers.xhtml", "customersForm:customers");
            open.add(session);
        }
        ServerMemory withSessions = serverMemory();
        for (PortalSession session : open) {
            for (int i = 0; i < extraViews; i++) {
                session.get("customer/customers.xhtml", "customersForm:customers");
            }
        }
        ServerMemory withViews = serverMemory();
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "## Memory, %d signed-in sessions with the Customers page open, then %d more views each%n%n"
                        + "| | RSS MB | heap used MB (after GC) |%n|---|---:|---:|%n",
                sessions,
                extraViews));
        text.append(memoryRow("before", before))
                .append(memoryRow(sessions + " sessions", withSessions))
                .append(memoryRow("+ " + extraViews + " views each", withViews));
        text.append(String.format(
                Locale.ROOT,
                "%nPer session: RSS %.0f KB, heap %.0f KB. Per extra view: RSS %.0f KB, heap %.0f KB."
                        + " Heap limit %d MB, committed %d MB at the end.%n",
                (withSessions.rssKb() - before.rssKb()) / (double) sessions,
                (withSessions.heapUsedKb() - before.heapUsedKb()) / (double) sessions,
                (withViews.rssKb() - withSessions.rssKb()) / (double) (sessions * extraViews),
                (withViews.heapUsedKb() - withSessions.heapUsedKb()) / (double) (sessions * extraViews),
                withViews.heapMaxKb() / 1024,
                withViews.heapCommittedKb() / 1024));
        return text.toString();
    }

    private static String memoryRow(String when, ServerMemory memory) {
        return String.format(
                Locale.ROOT, "| %s | %.1f | %.1f |%n", when, memory.rssKb() / 1024.0, memory.heapUsedKb() / 1024.0);
    }

    private static ServerMemory serverMemory() {
        return Fixtures.postForJson("public/it-fixtures/benchmark", ServerMemory.class, "op", "memory", "gc", "true");
    }
}
