package org.channelcenter.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.channelcenter.operations.control.OutboxBacklog;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The outbox on {@code /metrics}: mail that waits ({@code outbox.backlog}), and how long the oldest has waited
 * ({@code outbox.oldest.unsent.age}, seconds). Read from the database at each scrape, so every server over one
 * database reports the same figures. A growing age with a steady backlog means the SMTP relay refuses or nobody
 * delivers.
 *
 * <p>Registered at start-up rather than with {@code @Gauge}: Liberty does not find annotated gauges in an EJB module.
 * The gauges call this bean through its business object, so a scrape, which runs in the metrics endpoint's thread,
 * reads the database in this application's context.
 */
@Singleton
@Startup
@Lock(LockType.READ)
// reads only; a scrape needs no transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxGauges {

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxBacklog backlog;

    @Resource
    SessionContext context;

    @PostConstruct
    void register() {
        OutboxGauges self = context.getBusinessObject(OutboxGauges.class);
        registry.gauge(
                Metadata.builder()
                        .withName("outbox.backlog")
                        .withDescription("Mails waiting in the outbox to be sent (PENDING)")
                        .withUnit(MetricUnits.NONE)
                        .build(),
                self::backlog);
        registry.gauge(
                Metadata.builder()
                        .withName("outbox.oldest.unsent.age")
                        .withDescription(
                                "How long the oldest mail waiting in the outbox has waited since it was queued; 0 when none")
                        .withUnit(MetricUnits.SECONDS)
                        .build(),
                self::oldestUnsentAge);
    }

    /** How many mails wait to be sent. */
    public long backlog() {
        return backlog.pending();
    }

    /** Seconds since the oldest waiting mail was queued; 0 when none waits. */
    public long oldestUnsentAge() {
        return backlog.oldestPendingAge(Instant.now()).toSeconds();
    }
}
