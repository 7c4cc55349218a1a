package org.channelcenter.billing.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.channelcenter.billing.control.BillingRunner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The month's close (issue 17, point 3): every hour, each provider that had a subscription last month (UTC) and has
 * no completed run of it gets its run, started by "month close", as if its billing staff had run it. Hourly rather
 * than once on the first, so that a server that was down then closes the month when it is back; on several servers
 * each timer may start the same run, which ends with one set of invoices like any concurrent runs. The test servers
 * turn it off ({@code cc.billing.month.close}), so that no test's month is billed behind its back.
 */
@Stateless
public class MonthClose {

    private static final Logger LOG = Logger.getLogger(MonthClose.class.getName());

    @Inject
    @ConfigProperty(name = "cc.billing.month.close", defaultValue = "true")
    boolean enabled;

    @Inject
    BillingRunner runner;

    @Schedule(minute = "7", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void closeLastMonth() {
        if (enabled) {
            YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
            int runs = runner.closeMonth(month);
            if (runs > 0) {
                LOG.info(() -> "month close: billed " + month + " for " + runs + " providers");
            }
        }
    }
}
