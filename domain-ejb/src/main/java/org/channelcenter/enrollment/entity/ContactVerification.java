package org.channelcenter.enrollment.entity;

import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_EXPIRED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_REPLACED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_USED;

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
 * A primary-contact verification link: stored as a hash, usable once, until it expires or a newer link of its
 * application replaces it (a re-send, or a resubmission with a new address): only the latest mail's link works.
 */
@Entity
@Table(name = "contact_verification")
@NamedQuery(
        name = ContactVerification.BY_HASH,
        query = "select v from ContactVerification v"
                + " join fetch v.application a join fetch a.organization where v.tokenHash = :hash")
@NamedQuery(
        name = ContactVerification.LIVE_OF_APPLICATION,
        query = "select v from ContactVerification v where v.application.id = :applicationId"
                + " and v.usedAt is null and v.replacedAt is null")
@NamedQuery(
        name = ContactVerification.COUNT_ISSUED_SINCE,
        query = "select count(v) from ContactVerification v where v.application.id = :applicationId"
                + " and v.issuedAt > :since")
public class ContactVerification extends OneTimeLink {

    public static final String BY_HASH = "ContactVerification.byHash";
    /** The application's links neither used nor replaced yet. */
    public static final String LIVE_OF_APPLICATION = "ContactVerification.liveOfApplication";
    /** How many links the application was sent since {@code :since}. */
    public static final String COUNT_ISSUED_SINCE = "ContactVerification.countIssuedSince";

    public static final Duration LIFETIME = Duration.ofDays(7);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private EnrollmentApplication application;

    /** Null for links issued before V33 (they count as old). */
    @Column(name = "issued_at", updatable = false)
    private Instant issuedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected ContactVerification() {
        // for JPA
    }

    public ContactVerification(EnrollmentApplication application, String tokenHash, Instant issuedAt) {
        super(tokenHash, issuedAt, LIFETIME);
        this.application = Objects.requireNonNull(application, "application");
        this.issuedAt = issuedAt;
    }

    /** Refuses a replaced, used or expired link; otherwise the link may be shown. */
    public void checkUsableAt(Instant now) {
        if (replacedAt != null) {
            throw new EnrollmentRefusedException(LINK_REPLACED);
        }
        switch (stateAt(now)) {
            case USED -> throw new EnrollmentRefusedException(LINK_USED);
            case EXPIRED -> throw new EnrollmentRefusedException(LINK_EXPIRED);
            case USABLE -> {}
        }
    }

    public void use(Instant now) {
        checkUsableAt(now);
        spend(now);
    }

    /** A newer link was sent: this one stops working (it stays, so re-sends can be counted). */
    public void replace(Instant now) {
        if (replacedAt == null) {
            replacedAt = Objects.requireNonNull(now, "now");
        }
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public EnrollmentApplication getApplication() {
        return application;
    }
}
