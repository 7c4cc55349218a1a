package org.channelcenter.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.channelcenter.operations.control.OutboxBacklog;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The outbox on {@code /metrics}: mail that waits, and how long the oldest has waited. Read from the database at each
 * scrape, so every server over one database reports the same figures. A growing age with a steady backlog means the
 * SMTP relay refuses or nobody delivers.
 */
@ApplicationScoped
public class OutboxGauges {

    @Inject
    OutboxBacklog backlog;

    @Gauge(
            name = "outbox.backlog",
            absolute = true,
            unit = MetricUnits.NONE,
            description = "Mails waiting in the outbox to be sent (PENDING)")
    public long backlog() {
        return backlog.pending();
    }

    @Gauge(
            name = "outbox.oldest.unsent.age",
            absolute = true,
            unit = MetricUnits.SECONDS,
            description = "How long the oldest mail waiting in the outbox has waited since it was queued; 0 when none")
    public long oldestUnsentAge() {
        return backlog.oldestPendingAge(Instant.now()).toSeconds();
    }
}
