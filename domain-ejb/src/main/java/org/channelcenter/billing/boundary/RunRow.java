package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import org.channelcenter.billing.entity.BillingRun;
import org.channelcenter.billing.entity.RunStatus;

/**
 * A billing run as its provider's billing staff see it; {@code drafts} is how many of its invoices are not issued
 * yet (the screen offers "Issue all" only while there are some).
 */
public record RunRow(
        long id,
        YearMonth month,
        RunStatus status,
        int invoices,
        int statements,
        Instant startedAt,
        String startedBy,
        Instant finishedAt,
        long drafts)
        implements Serializable {

    static RunRow of(BillingRun run, long drafts) {
        return new RunRow(
                run.getId(),
                run.getMonth(),
                run.getStatus(),
                run.getInvoices(),
                run.getStatements(),
                run.getStartedAt(),
                run.getStartedBy(),
                run.getFinishedAt(),
                drafts);
    }
}
