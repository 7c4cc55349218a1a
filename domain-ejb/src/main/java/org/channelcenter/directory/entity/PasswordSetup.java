package org.channelcenter.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link that lets a new user choose their password. Only the SHA-256 hash of the token is
 * stored; the link works once ({@link #use}) and only until it expires. {@code @Version} makes two
 * simultaneous uses of one link end with exactly one success.
 */
@Entity
@Table(name = "password_setup")
@NamedQuery(name = PasswordSetup.BY_TOKEN_HASH,
        query = "select p from PasswordSetup p join fetch p.user u join fetch u.organization where p.tokenHash = :hash")
public class PasswordSetup {

    public static final String BY_TOKEN_HASH = "PasswordSetup.byTokenHash";

    /** How long an invitation's link works. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected PasswordSetup() {
        // for JPA
    }

    public PasswordSetup(UserAccount user, String tokenHash, Instant createdAt) {
        this.user = Objects.requireNonNull(user, "user");
        this.tokenHash = Organization.requireText(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = createdAt.plus(LIFETIME);
    }

    /** Refuses a used or expired link, or one whose user was deactivated; otherwise nothing happens. */
    public void requireUsableAt(Instant now) {
        if (usedAt != null) {
            throw new PasswordSetupRefusedException(PasswordSetupRefusedException.Reason.USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new PasswordSetupRefusedException(PasswordSetupRefusedException.Reason.EXPIRED);
        }
        if (!user.isActive()) {
            throw new PasswordSetupRefusedException(PasswordSetupRefusedException.Reason.UNKNOWN);
        }
    }

    /** Sets the user's password (already hashed) and spends the link, so it never works again. */
    public void use(String passwordHash, Instant now) {
        requireUsableAt(now);
        user.changePasswordHash(passwordHash);
        usedAt = now;
    }

    public UserAccount getUser() {
        return user;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
