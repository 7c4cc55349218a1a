package org.channelcenter.kernel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A link sent by mail that works once, until it expires (verification, password set-up). Only the hash of
 * its token is stored ({@link org.channelcenter.kernel.control.SecureToken}); {@code @Version} makes two
 * simultaneous uses end with one success. Subclasses say what a used or expired link means to them.
 */
@MappedSuperclass
public abstract class OneTimeLink {

    /** Where a link stands at a moment. */
    public enum State {
        USABLE,
        USED,
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected OneTimeLink() {
        // for JPA
    }

    protected OneTimeLink(String tokenHash, Instant issuedAt, Duration lifetime) {
        if (tokenHash == null || tokenHash.isBlank()) {
            throw new IllegalArgumentException("tokenHash must not be blank");
        }
        this.tokenHash = tokenHash;
        this.expiresAt = Objects.requireNonNull(issuedAt, "issuedAt").plus(lifetime);
    }

    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Spends the link; the subclass checked {@link #stateAt} first and refused in its own terms. */
    protected void spend(Instant now) {
        if (stateAt(now) != State.USABLE) {
            throw new IllegalStateException("link is " + stateAt(now));
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
