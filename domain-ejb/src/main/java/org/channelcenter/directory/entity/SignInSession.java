package org.channelcenter.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One sign-in of one browser (issue 15, point 4). The browser holds a random value; only its SHA-256 is kept here,
 * so the table signs nobody in. The sign-in lasts while its row exists, until it has been idle for longer than the
 * idle limit or reaches its end, whichever comes first. Sign-out deletes the row, which ends this sign-in on every
 * server and leaves the user's other sign-ins alone.
 */
@Entity
@Table(name = "sign_in_session")
@NamedQuery(
        name = SignInSession.FORGET_ENDED,
        query = "delete from SignInSession s where s.lastSeenAt < :idleSince or s.endsAt < :now")
@NamedQuery(
        name = SignInSession.FORGET_ENDED_OF_USER,
        query = "delete from SignInSession s where s.loginName = :loginName"
                + " and (s.lastSeenAt < :idleSince or s.endsAt < :now)")
public class SignInSession {

    public static final String FORGET_ENDED = "SignInSession.forgetEnded";
    public static final String FORGET_ENDED_OF_USER = "SignInSession.forgetEndedOfUser";

    /**
     * How stale the last-seen time may get before a request writes it again: a write per minute, not per request,
     * at the price of an idle limit that may stretch by as much.
     */
    public static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

    @Id
    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @Column(name = "login_name", nullable = false, updatable = false)
    private String loginName;

    @Column(name = "signed_in_at", nullable = false, updatable = false)
    private Instant signedInAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    protected SignInSession() {}

    public SignInSession(String tokenHash, String loginName, Instant signedInAt, Duration lifetime) {
        this.tokenHash = tokenHash;
        this.loginName = loginName;
        this.signedInAt = signedInAt;
        this.lastSeenAt = signedInAt;
        this.endsAt = signedInAt.plus(lifetime);
    }

    /** Whether the sign-in still holds at {@code now}: seen within the idle limit, and before its end. */
    public boolean isLiveAt(Instant now, Duration idleLimit) {
        return now.isBefore(endsAt) && !now.isAfter(lastSeenAt.plus(idleLimit));
    }

    /**
     * Records that the browser was seen at {@code now}; whether that changed the row (only once the last-seen time
     * is older than {@link #SEEN_GRANULARITY}).
     */
    public boolean seenAt(Instant now) {
        if (now.isBefore(lastSeenAt.plus(SEEN_GRANULARITY))) {
            return false;
        }
        lastSeenAt = now;
        return true;
    }

    public String getLoginName() {
        return loginName;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
