package org.channelcenter.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.notification.entity.MailStatus;
import org.channelcenter.notification.entity.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One delivery attempt per transaction: a mail that is sent, or whose failure is recorded, is committed on
 * its own, whatever happens to the other mails of the same run. This is an EJB rather than a plain control
 * only because it needs the container's REQUIRES_NEW; it is called by {@code MailDelivery}, not by pages.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDispatch {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    SmtpRelay relay;

    @Inject
    AuditTrail trail;

    /** Opens the full text of a mail with a one-time link, just for the moment it is handed to the relay. */
    @Inject
    MailSeal seal;

    /** The first retry after a failed attempt; each later one waits twice as long (at most an hour). */
    @Inject
    @ConfigProperty(name = "cc.mail.retry.seconds", defaultValue = "30")
    long firstRetrySeconds;

    /** Ids of up to {@code limit} mails due at {@code now}, longest waiting first; read in the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(Instant now, int limit) {
        return em.createNamedQuery(OutboxMessage.DUE, Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** When the earliest pending mail is next due, e.g. the retry of a failed one; empty when none is pending. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> nextDue() {
        return Optional.ofNullable(
                em.createNamedQuery(OutboxMessage.NEXT_DUE, Instant.class).getSingleResult());
    }

    /**
     * Claims a due mail for this server's next attempt, in a transaction of its own that ends at once: servers
     * over one database never wait for each other's SMTP conversations, and a mail another server claimed (or
     * sent) is simply no longer due here.
     *
     * @return the mail's version under this claim, to hand to {@link #attempt}; empty when it was not due
     */
    public OptionalLong claim(long id, Instant now) {
        int claimed = em.createNamedQuery(OutboxMessage.CLAIM)
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("leaseEnd", now.plus(OutboxMessage.CLAIM_LEASE))
                .executeUpdate();
        if (claimed != 1) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(em.find(OutboxMessage.class, id).getVersion());
    }

    /**
     * Tries to send a mail this server {@link #claim claimed}, if the claim still holds, and records the outcome.
     * MAIL_SENT is audited, and MAIL_FAILED when the mail is given up; a failure that will be retried only shows
     * on the Outbox.
     *
     * @return the mail's status afterwards, or empty when the claim no longer held
     */
    public Optional<MailStatus> attempt(long id, long claimedVersion, Instant now) {
        OutboxMessage mail = em.find(OutboxMessage.class, id);
        if (mail == null || !mail.isClaimedAt(claimedVersion)) {
            return Optional.empty();
        }
        try {
            String text = mail.getSealedBody() == null
                    ? mail.getBody()
                    : seal.open(mail.getSealedBody(), mail.getRecipient());
            relay.send(mail.getRecipient(), mail.getSubject(), text);
            mail.markSent(now);
            trail.recordAs(null, null, AuditAction.MAIL_SENT, mail.getRecipient(), describe(mail), null);
        } catch (MessagingException | RuntimeException e) {
            // Whatever stops this one mail is kept on it and retried later with back-off, so a bad address or
            // a relay outage can neither lose the mail nor make the timer retry it in a tight loop.
            mail.recordFailure(errorText(e), now, Duration.ofSeconds(firstRetrySeconds));
            if (mail.getStatus() == MailStatus.FAILED) {
                trail.recordAs(
                        null,
                        null,
                        AuditAction.MAIL_FAILED,
                        mail.getRecipient(),
                        describe(mail) + ": " + mail.getLastError(),
                        null);
            }
        }
        return Optional.of(mail.getStatus());
    }

    private static String describe(OutboxMessage mail) {
        return "mail " + mail.getId() + " (" + mail.getTemplate() + "), attempt " + mail.getAttempts();
    }

    /** The exception and its causes in one line, e.g. "MailConnectException: Couldn't connect ... ← ConnectException: ...". */
    static String errorText(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().replaceAll("\\s+", " ").strip());
            }
        }
        return text.toString();
    }
}
