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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelcenter.notification.control.MailDispatch;
import org.channelcenter.notification.control.MailQueued;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox: as soon as a transaction that queued mail commits, when a failed mail's retry falls due,
 * and every {@code cc.mail.delivery.seconds} (default 10) for whatever another server queued, it takes up to
 * {@link #BATCH} due PENDING mails, longest waiting first, and attempts each in its own transaction. HELD mail is
 * never touched; with no SMTP host configured delivery does not run at all. Every server over the database
 * runs this delivery: each mail is claimed by one of them ({@link MailDispatch#claim}) before it is sent, so it
 * goes out once whichever servers deliver. A problem in one run is logged and
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

    /** Most mails attempted in one run; a full batch is followed by another run at once. */
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

    /** Set when mail is queued or a timer fires during a run, so that the run starts another when it ends. */
    private final AtomicBoolean runAgain = new AtomicBoolean();

    private boolean delivering;

    /** The period's length, in ms. */
    private long period;

    /** When the earliest retry already has its own timer; only runs touch it, and they never overlap. */
    private Instant wakeUpAt = Instant.EPOCH;

    @PostConstruct
    void schedule() {
        if (smtpHost.filter(host -> !host.isBlank()).isEmpty()) {
            LOG.info("No SMTP host configured (cc.smtp.host): mail is kept in the outbox as HELD, not delivered.");
            return;
        }
        delivering = true;
        period = Duration.ofSeconds(Math.max(1, periodSeconds)).toMillis();
        // Not persistent: the schedule is rebuilt at every start from the configuration, and the outbox table
        // itself is what survives a restart.
        timerService.createIntervalTimer(period, period, new TimerConfig("outbox delivery", false));
        LOG.info(() -> "Outbox delivery to " + smtpHost.get() + " every " + Math.max(1, periodSeconds) + " s.");
    }

    /**
     * A person who invites someone expects the mail within seconds, not at the next period: once the queuing
     * transaction has committed, a run starts at once, on a timer thread (the request that queued it never waits
     * for the relay).
     */
    public void mailQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (delivering) {
            deliverNow();
        }
    }

    @Timeout
    void deliverDueMail() {
        if (!running.compareAndSet(false, true)) {
            runAgain.set(true); // the run under way may have read the due mails before this one was
            return;
        }
        runAgain.set(false);
        try {
            if (deliverOneBatch()) {
                runAgain.set(true); // a full batch: more may be due, and they should not wait for the period
            }
            wakeUpForTheNextRetry();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox delivery run failed; the next run will try again.", e);
        } finally {
            running.set(false);
        }
        if (runAgain.get()) {
            deliverNow();
        }
    }

    /**
     * A failed mail is retried when its back-off ends, not at the next period after it: a retry due before the
     * next period gets a timer of its own (one at a time, the earliest).
     */
    private void wakeUpForTheNextRetry() {
        Instant now = Instant.now();
        dispatch.nextDue()
                .filter(due -> due.isAfter(now) && due.isBefore(now.plusMillis(period)))
                .filter(due -> !wakeUpAt.isAfter(now) || due.isBefore(wakeUpAt))
                .ifPresent(due -> {
                    wakeUpAt = due;
                    timerService.createSingleActionTimer(Date.from(due), new TimerConfig("outbox retry", false));
                });
    }

    private void deliverNow() {
        timerService.createSingleActionTimer(0, new TimerConfig("outbox delivery now", false));
    }

    /** @return whether the batch was full */
    private boolean deliverOneBatch() {
        List<Long> due = dispatch.due(Instant.now(), BATCH);
        for (Long id : due) {
            try {
                // Another server running the same batch claims each mail at most once with this one: the loser
                // of a claim moves on to the next mail instead of waiting for the winner's SMTP conversation.
                OptionalLong claim = dispatch.claim(id, Instant.now());
                if (claim.isPresent()) {
                    dispatch.attempt(id, claim.getAsLong(), Instant.now());
                }
            } catch (RuntimeException e) {
                // The claim or the attempt was rolled back (e.g. the row changed meanwhile); a claimed mail falls
                // due again when its lease ends. The other mails of the batch still get their turn.
                LOG.log(
                        Level.WARNING,
                        "Could not record a delivery attempt for outbox mail " + id + "; it stays due.",
                        e);
            }
        }
        return due.size() == BATCH;
    }
}
