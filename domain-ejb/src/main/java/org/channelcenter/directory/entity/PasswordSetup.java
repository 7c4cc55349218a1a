package org.channelcenter.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.channelcenter.kernel.entity.OneTimeLink;

/**
 * A one-time link that lets a new user choose their password. Only the SHA-256 hash of the token is
 * stored; the link works once ({@link #use}) and only until it expires. {@code @Version} makes two
 * simultaneous uses of one link end with exactly one success.
 */
@Entity
@Table(name = "password_setup")
@NamedQuery(
        name = PasswordSetup.BY_TOKEN_HASH,
        query = "select p from PasswordSetup p join fetch p.user u join fetch u.organization where p.tokenHash = :hash")
public class PasswordSetup extends OneTimeLink {

    public static final String BY_TOKEN_HASH = "PasswordSetup.byTokenHash";

    /** How long an invitation's link works. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PasswordSetup() {
        // for JPA
    }

    public PasswordSetup(UserAccount user, String tokenHash, Instant createdAt) {
        super(tokenHash, createdAt, LIFETIME);
        this.user = Objects.requireNonNull(user, "user");
        this.createdAt = createdAt;
    }

    /** Refuses a used or expired link, or one whose user was deactivated; otherwise nothing happens. */
    public void requireUsableAt(Instant now) {
        switch (stateAt(now)) {
            case USED -> throw new PasswordSetupRefusedException(PasswordSetupRefusedException.Reason.USED);
            case EXPIRED -> throw new PasswordSetupRefusedException(PasswordSetupRefusedException.Reason.EXPIRED);
            case USABLE -> {}
        }
        if (!user.isActive()) {
            throw new PasswordSetupRefusedException(PasswordSetupRefusedException.Reason.UNKNOWN);
        }
    }

    /** Sets the user's password (already hashed) and spends the link, so it never works again. */
    public void use(String passwordHash, Instant now) {
        requireUsableAt(now);
        user.changePasswordHash(passwordHash);
        spend(now);
    }

    public UserAccount getUser() {
        return user;
    }
}
