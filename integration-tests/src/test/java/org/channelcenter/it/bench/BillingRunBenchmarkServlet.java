package org.channelcenter.it.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.channelcenter.billing.boundary.BillingRuns;
import org.channelcenter.billing.boundary.RunRow;
import org.channelcenter.billing.control.MonthCharges;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.SignedInProbe;

/**
 * Test-only, for {@link BillingRunBenchmarkIT}: signed in as the benchmark's provider admin, {@code op=run} bills last
 * month (UTC) for every subscription the loader made, and answers how long it took and the server's heap: in use
 * after a full collection before the run, and the most in use while it ran (sampled every 20 ms). Before it runs,
 * it removes what an earlier benchmark run of the month wrote, and moves the loaded subscriptions' history 70 days
 * back when some of it lies in the billed month or later, so that every loaded subscription is active all month.
 * After the run, it also times the credit check's projection of this month's unbilled charges for the same pair.
 */
@WebServlet("/public/it-fixtures/billing-benchmark")
public class BillingRunBenchmarkServlet extends SignedInProbe {

    @EJB
    BillingRuns runs;

    @Inject
    MonthCharges monthCharges;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        if (!"run".equals(op)) {
            throw new IllegalArgumentException("unknown op");
        }
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        Database database = new Database(dataSource);
        long provider = database.count(
                "select organization_id from app_user where login_name = ?", request.getParameter("login"));
        forget(database, provider);
        long late = database.count(
                "select count(*) from subscription where provider_id = ? and created_at >= ?",
                provider,
                java.sql.Timestamp.from(
                        month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (late > 0) {
            database.update(
                    "update subscription_change set changed_at = {fn TIMESTAMPADD(SQL_TSI_DAY, -70, changed_at)}"
                            + " where subscription_id in (select id from subscription where provider_id = ?)",
                    provider);
            database.update(
                    "update subscription set created_at = {fn TIMESTAMPADD(SQL_TSI_DAY, -70, created_at)},"
                            + " changed_at = {fn TIMESTAMPADD(SQL_TSI_DAY, -70, changed_at)} where provider_id = ?",
                    provider);
        }
        values.put(
                "subscriptions",
                String.valueOf(database.count(
                        "select count(*) from subscription where provider_id = ? and status = 'ACTIVE'", provider)));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        RunRow run = runs.run(month);
        long millis = (System.nanoTime() - started) / 1_000_000;
        running.set(false);
        sampler.join();
        memory.gc();
        memory.gc();
        values.put("month", month.toString());
        values.put("millis", String.valueOf(millis));
        values.put("invoices", String.valueOf(run.invoices()));
        values.put("statements", String.valueOf(run.statements()));
        values.put(
                "lines",
                String.valueOf(database.count(
                        "select count(*) from invoice_line l join invoice i on i.id = l.invoice_id where i.run_id = ?",
                        run.id())));
        values.put("heapBeforeKb", String.valueOf(before / 1024));
        values.put("heapPeakKb", String.valueOf(peak.get() / 1024));
        values.put("heapAfterKb", String.valueOf(memory.getHeapMemoryUsage().getUsed() / 1024));
        values.put("heapMaxKb", String.valueOf(memory.getHeapMemoryUsage().getMax() / 1024));

        // the credit check's unbilled charges of this month for the same pair (issue 17, point 4), as it projects them
        long reseller = database.count("select min(reseller_id) from subscription where provider_id = ?", provider);
        long projecting = System.nanoTime();
        values.put(
                "unbilled", String.valueOf(monthCharges.projected(provider, reseller, YearMonth.now(ZoneOffset.UTC))));
        values.put("unbilledMillis", String.valueOf((System.nanoTime() - projecting) / 1_000_000));
    }

    /** Removes what earlier benchmark runs wrote for the provider, so each run bills the month from scratch. */
    private static void forget(Database database, long provider) throws java.sql.SQLException {
        database.update(
                "delete from invoice_line where invoice_id in (select id from invoice where provider_id = ?)",
                provider);
        database.update(
                "delete from customer_statement_line where statement_id in"
                        + " (select id from customer_statement where provider_id = ?)",
                provider);
        database.update(
                "delete from payment where invoice_id in (select id from invoice where provider_id = ?)", provider);
        database.update("delete from credit_note where provider_id = ?", provider);
        database.update("delete from invoice where provider_id = ?", provider);
        database.update("delete from customer_statement where provider_id = ?", provider);
        database.update("delete from billing_run where provider_id = ?", provider);
    }
}
