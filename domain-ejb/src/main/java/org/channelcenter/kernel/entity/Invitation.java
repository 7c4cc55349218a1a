package org.channelcenter.kernel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelcenter.kernel.control.SecureToken;

/**
 * An invitation mailed to someone outside the sender's organization (a reseller to partner with, a customer to
 * relate to): a link whose token is stored only as a hash, valid {@link #LIFETIME} unless re-sent (which
 * issues a new token and kills the old link), revoked by its sender, or accepted once. {@code @Version}
 * makes two simultaneous acceptances end with one. EXPIRED is not stored: it is what PENDING becomes when
 * its time has passed. Refusals are {@link InvitationRefusedException}s in the kind's words ({@link #kind}); a
 * subclass adds who sent it and what accepting creates.
 */
@MappedSuperclass
public abstract class Invitation {

    public static final Duration LIFETIME = Duration.ofDays(30);

    /** SPEC: {@code PENDING → ACCEPTED | EXPIRED | REVOKED}. */
    public enum State {
        PENDING,
        ACCEPTED,
        EXPIRED,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_email", nullable = false, updatable = false)
    private String recipientEmail;

    @Column(name = "personal_message", updatable = false)
    private String personalMessage;

    @Column(nullable = false)
    private String locale;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    private long version;

    protected Invitation() {
        // for JPA
    }

    protected Invitation(InvitationLetter letter, String tokenHash, Instant now) {
        this.recipientEmail = requireText(letter.recipientEmail(), "recipientEmail");
        this.personalMessage = letter.message() == null || letter.message().isBlank()
                ? null
                : letter.message().strip();
        this.locale = Objects.requireNonNull(letter.language(), "locale").toLanguageTag();
        this.tokenHash = requireText(tokenHash, "tokenHash");
        this.status = State.PENDING;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.sentAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    /** The state as the recipient would find it now. */
    public State stateAt(Instant now) {
        if (status == State.PENDING && !now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        return status;
    }

    public boolean isPendingAt(Instant now) {
        return stateAt(now) == State.PENDING;
    }

    /**
     * Which kind of invitation this is, e.g. {@code customer}: its refusals are worded under
     * {@code <kind>.refused.*} and its audit records name it {@code <kind> invitation <id>}.
     */
    public abstract String kind();

    /** Refuses a link that can no longer be used, saying why; a pending one may be shown and accepted. */
    public void checkUsableAt(Instant now) {
        switch (stateAt(now)) {
            case ACCEPTED -> throw refused(InvitationRefusal.LINK_USED);
            case EXPIRED -> throw refused(InvitationRefusal.LINK_EXPIRED);
            case REVOKED -> throw refused(InvitationRefusal.LINK_REVOKED);
            case PENDING -> {}
        }
    }

    /** The refusal {@code reason} in this kind's words. */
    public InvitationRefusedException refused(InvitationRefusal reason) {
        return new InvitationRefusedException(reason, kind());
    }

    /** Accepts a usable invitation; the subclass creates what accepting means. */
    protected void markAccepted(String by, Instant now) {
        checkUsableAt(now);
        status = State.ACCEPTED;
        closedAt = now;
        closedBy = by;
    }

    /** The sender withdraws a pending invitation: its link stops working at once. */
    public void revoke(String by, Instant now) {
        if (!isPendingAt(now)) {
            throw refused(InvitationRefusal.INVITATION_NOT_PENDING);
        }
        status = State.REVOKED;
        closedAt = now;
        closedBy = by;
    }

    /**
     * Sends a pending or expired invitation again with a new token: the old link stops working and the new one
     * has a full lifetime. Only the hash of the new token is kept, as for the first.
     */
    public void renew(String newTokenHash, Instant now) {
        State state = stateAt(now);
        if (state != State.PENDING && state != State.EXPIRED) {
            throw refused(InvitationRefusal.INVITATION_NOT_PENDING);
        }
        tokenHash = requireText(newTokenHash, "newTokenHash");
        sentAt = now;
        expiresAt = now.plus(LIFETIME);
    }

    /**
     * Whether {@code text} (a draft its sender edited) still holds a link to {@code path} whose token is this
     * invitation's current one, compared by hash: the recipient could accept from it.
     */
    public boolean isLinkedFrom(String text, String path) {
        Matcher matcher =
                Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{20,})").matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (SecureToken.hashOf(matcher.group(1)).equals(tokenHash)) {
                return true;
            }
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getPersonalMessage() {
        return personalMessage;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public long getVersion() {
        return version;
    }
}
