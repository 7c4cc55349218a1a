package org.channelcenter.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelcenter.notification.control.MailDispatch;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox: every {@code cc.mail.delivery.seconds} (default 10) it takes up to {@link #BATCH}
 * due PENDING mails, longest waiting first, and attempts each in its own transaction. HELD mail is never
 * touched; with no SMTP host configured delivery does not run at all. A problem in one run is logged and
 * the next run starts on time: nothing escapes the timer, which would otherwise be cancelled.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// Each attempt commits on its own (MailDispatch); the run itself holds no transaction open.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Runs never overlap (see running), and nothing else calls this bean, so no container lock is needed.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDelivery {

    /** Most mails attempted in one run; the rest wait for the next run. */
    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    MailDispatch dispatch;

    @Inject
    @ConfigProperty(name = "cc.mail.delivery.seconds", defaultValue = "10")
    long periodSeconds;

    // Optional, because MicroProfile Config treats the empty default ("no SMTP host") as a missing value.
    @Inject
    @ConfigProperty(name = "cc.smtp.host")
    Optional<String> smtpHost;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (smtpHost.filter(host -> !host.isBlank()).isEmpty()) {
            LOG.info("No SMTP host configured (cc.smtp.host): mail is kept in the outbox as HELD, not delivered.");
            return;
        }
        long period = Duration.ofSeconds(Math.max(1, periodSeconds)).toMillis();
        // Not persistent: the schedule is rebuilt at every start from the configuration, and the outbox table
        // itself is what survives a restart.
        timerService.createIntervalTimer(period, period, new TimerConfig("outbox delivery", false));
        LOG.info(() -> "Outbox delivery to " + smtpHost.get() + " every " + Math.max(1, periodSeconds) + " s.");
    }

    @Timeout
    void deliverDueMail() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still busy (a slow relay); it will pick these mails up too
        }
        try {
            deliverOneBatch();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox delivery run failed; the next run will try again.", e);
        } finally {
            running.set(false);
        }
    }

    private void deliverOneBatch() {
        List<Long> due = dispatch.due(Instant.now(), BATCH);
        for (Long id : due) {
            try {
                dispatch.attempt(id, Instant.now());
            } catch (RuntimeException e) {
                // The attempt's transaction was rolled back (e.g. the row was locked or changed meanwhile), so the
                // mail stays due as it was; the other mails of the batch still get their turn.
                LOG.log(
                        Level.WARNING,
                        "Could not record a delivery attempt for outbox mail " + id + "; it stays due.",
                        e);
            }
        }
    }
}
