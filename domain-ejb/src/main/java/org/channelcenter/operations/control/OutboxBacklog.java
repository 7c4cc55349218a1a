package org.channelcenter.operations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.channelcenter.notification.entity.MailStatus;

/**
 * Reads how much mail waits in the outbox, for the gauges. Both queries select only PENDING rows, which the index
 * {@code ix_outbox_message_due (status, next_attempt_at)} finds without reading the sent mail, so a scrape costs as
 * much as the backlog, not the outbox's history.
 */
@Dependent
public class OutboxBacklog {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many mails wait to be sent (PENDING: not yet sent, not given up, not held). */
    public long pending() {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :pending", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .getSingleResult();
    }

    /** How long the oldest PENDING mail has waited since it was queued; zero when none waits. */
    public Duration oldestPendingAge(Instant now) {
        // the attribute itself rather than min(): an aggregate would come back unconverted, as the driver's type
        List<Instant> oldest = em.createQuery(
                        "select m.createdAt from OutboxMessage m where m.status = :pending order by m.createdAt",
                        Instant.class)
                .setParameter("pending", MailStatus.PENDING)
                .setMaxResults(1)
                .getResultList();
        if (oldest.isEmpty() || oldest.get(0).isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(oldest.get(0), now);
    }
}
