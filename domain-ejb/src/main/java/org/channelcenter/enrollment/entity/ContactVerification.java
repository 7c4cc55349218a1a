package org.channelcenter.enrollment.entity;

import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_EXPIRED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_USED;

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

/** A primary-contact verification link: stored as a hash, usable once, until it expires. */
@Entity
@Table(name = "contact_verification")
@NamedQuery(name = ContactVerification.BY_HASH, query = "select v from ContactVerification v"
        + " join fetch v.application a join fetch a.organization where v.tokenHash = :hash")
public class ContactVerification {

    public static final String BY_HASH = "ContactVerification.byHash";
    public static final Duration LIFETIME = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private EnrollmentApplication application;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected ContactVerification() {
        // for JPA
    }

    public ContactVerification(EnrollmentApplication application, String tokenHash, Instant issuedAt) {
        this.application = Objects.requireNonNull(application, "application");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.expiresAt = issuedAt.plus(LIFETIME);
    }

    /** Refuses a used or expired link; otherwise the link may be shown. */
    public void checkUsableAt(Instant now) {
        if (usedAt != null) {
            throw new EnrollmentRefusedException(LINK_USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new EnrollmentRefusedException(LINK_EXPIRED);
        }
    }

    public void use(Instant now) {
        checkUsableAt(now);
        usedAt = now;
    }

    public EnrollmentApplication getApplication() {
        return application;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
