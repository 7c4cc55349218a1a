package org.channelcenter.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One mail in the outbox, already rendered in the recipient's language. Its readable text ({@link #getBody()})
 * never holds a one-time link ({@link OneTimeLinks}): a mail that carries one also keeps its full text sealed
 * (encrypted by the sender, {@link #getSealedBody()}) while it can still be delivered, and drops that sealed text
 * as soon as it is SENT or FAILED; a HELD mail never keeps it. Only a PENDING mail is ever
 * delivered: each attempt ends in {@link #markSent} or {@link #recordFailure}, which retries with exponential
 * back-off ({@link #retryDelay}) until {@link #MAX_ATTEMPTS} attempts have failed and the mail is FAILED.
 * A HELD mail (no SMTP host when it was queued) is never sent; SENT and FAILED are final.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
        name = OutboxMessage.DUE,
        query = "select m.id from OutboxMessage m"
                + " where m.status = org.channelcenter.notification.entity.MailStatus.PENDING and m.nextAttemptAt <= :now"
                + " order by m.nextAttemptAt, m.id")
@NamedQuery(
        name = OutboxMessage.NEXT_DUE,
        query = "select min(m.nextAttemptAt) from OutboxMessage m"
                + " where m.status = org.channelcenter.notification.entity.MailStatus.PENDING")
// One statement that both Derby and PostgreSQL run atomically: of two servers that try to claim the same mail,
// the second's update waits only for the first's short claim transaction, then finds the mail no longer due and
// changes nothing. Moving the next attempt past the lease is the claim; the version tells the claimer it still
// holds it when it records the attempt.
@NamedQuery(
        name = OutboxMessage.CLAIM,
        query = "update OutboxMessage m set m.nextAttemptAt = :leaseEnd, m.version = m.version + 1"
                + " where m.id = :id and m.status = org.channelcenter.notification.entity.MailStatus.PENDING"
                + " and m.nextAttemptAt <= :now")
public class OutboxMessage {

    /** Ids of the PENDING mails due at {@code :now}, longest waiting first. */
    public static final String DUE = "OutboxMessage.due";

    /** When the earliest PENDING mail is next due (null when none is pending). */
    public static final String NEXT_DUE = "OutboxMessage.nextDue";

    /** Claims one due mail for a delivery attempt until {@code :leaseEnd}; updates one row or none. */
    public static final String CLAIM = "OutboxMessage.claim";

    /**
     * How long a claimed mail is left to its claimer; longer than any one SMTP attempt (its timeouts add up to
     * under a minute), so that only a server that stopped mid-attempt lets the mail fall due again.
     */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    /** After this many failed attempts a mail is given up (FAILED). */
    public static final int MAX_ATTEMPTS = 8;

    /** The first retry's delay unless the server says otherwise ({@code cc.mail.retry.seconds}). */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** The size of the last_error column. */
    static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String template;

    @Column(nullable = false, updatable = false)
    private String recipient;

    /** The recipient in lower case, for Staff › Outbox's prefix search; the database generates it (V20). */
    @Column(name = "recipient_key", insertable = false, updatable = false)
    private String recipientKey;

    @Column(nullable = false, updatable = false)
    private String locale;

    @Column(nullable = false, updatable = false)
    private String subject;

    /** The text without its one-time links: what staff and any copy of the database read. */
    @Lob
    @Column(nullable = false)
    private String body;

    /** The full text, encrypted, while it can still be delivered; null once it cannot, or with no link (V26). */
    @Lob
    @Column(name = "sealed_body")
    private String sealedBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    /** A new mail without a sealed text: its one-time links, if any, are removed and it can never carry them. */
    public OutboxMessage(
            String template,
            String recipient,
            Locale locale,
            String subject,
            String body,
            boolean deliverable,
            Instant now) {
        this(template, recipient, locale, subject, body, null, deliverable, now);
    }

    /**
     * A new mail: due at once when it can be delivered, otherwise held until staff read it. Its one-time links
     * are removed from the readable text; {@code sealedBody}, the full text as the sender encrypted it, is kept
     * only for a mail that will be delivered.
     */
    public OutboxMessage(
            String template,
            String recipient,
            Locale locale,
            String subject,
            String body,
            String sealedBody,
            boolean deliverable,
            Instant now) {
        this.template = Objects.requireNonNull(template, "template");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.locale = locale.toLanguageTag();
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = OneTimeLinks.redact(Objects.requireNonNull(body, "body"));
        this.sealedBody = deliverable ? sealedBody : null;
        this.status = deliverable ? MailStatus.PENDING : MailStatus.HELD;
        this.nextAttemptAt = deliverable ? now : null;
        this.createdAt = now;
    }

    /** Due for an attempt now: PENDING and its next attempt time has come. */
    public boolean isDue(Instant now) {
        return status == MailStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /**
     * Still held by the claim that left it at {@code claimedVersion}: PENDING and changed by nobody since, so
     * the claimer may attempt it.
     */
    public boolean isClaimedAt(long claimedVersion) {
        return status == MailStatus.PENDING && version == claimedVersion;
    }

    /** The relay accepted the mail: SENT, nothing more to try. */
    public void markSent(Instant now) {
        requirePending();
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        forgetLinks();
    }

    /**
     * An attempt failed: the error is kept (shortened to fit) and the next attempt scheduled after
     * {@link #retryDelay}, or, after {@link #MAX_ATTEMPTS} failures, the mail is given up as FAILED.
     */
    public void recordFailure(String error, Instant now) {
        recordFailure(error, now, FIRST_RETRY);
    }

    /** As {@link #recordFailure(String, Instant)}, with the back-off starting at {@code firstRetry}. */
    public void recordFailure(String error, Instant now, Duration firstRetry) {
        requirePending();
        attempts++;
        lastError = shorten(error == null || error.isBlank() ? "unknown error" : error.strip());
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
            forgetLinks();
        } else {
            nextAttemptAt = now.plus(retryDelay(attempts, firstRetry));
        }
    }

    /** How long to wait after the given number of failed attempts: 30 s, doubling each time, at most 1 h. */
    public static Duration retryDelay(int failedAttempts) {
        return retryDelay(failedAttempts, FIRST_RETRY);
    }

    /** How long to wait after the given number of failed attempts: {@code firstRetry}, doubling, at most 1 h. */
    public static Duration retryDelay(int failedAttempts, Duration firstRetry) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        // 2^7 * 30 s already exceeds the cap, so larger shifts are never needed (and could overflow).
        Duration delay = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 7));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    /**
     * Once a mail will never be delivered again its links are needed nowhere: the sealed text goes, and a mail
     * queued before links were removed when queuing (before V26) loses its readable links now.
     */
    private void forgetLinks() {
        sealedBody = null;
        body = OneTimeLinks.redact(body);
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not PENDING");
        }
    }

    private static String shorten(String text) {
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getTemplate() {
        return template;
    }

    public String getRecipient() {
        return recipient;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    /** The full text, encrypted by the sender, while the mail can be delivered; null when it has no link. */
    public String getSealedBody() {
        return sealedBody;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
