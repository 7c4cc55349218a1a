package org.channelcenter.enrollment.entity;

import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_EXPIRED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_USED;

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

/** A primary-contact verification link: stored as a hash, usable once, until it expires. */
@Entity
@Table(name = "contact_verification")
@NamedQuery(
        name = ContactVerification.BY_HASH,
        query = "select v from ContactVerification v"
                + " join fetch v.application a join fetch a.organization where v.tokenHash = :hash")
public class ContactVerification extends OneTimeLink {

    public static final String BY_HASH = "ContactVerification.byHash";
    public static final Duration LIFETIME = Duration.ofDays(7);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private EnrollmentApplication application;

    protected ContactVerification() {
        // for JPA
    }

    public ContactVerification(EnrollmentApplication application, String tokenHash, Instant issuedAt) {
        super(tokenHash, issuedAt, LIFETIME);
        this.application = Objects.requireNonNull(application, "application");
    }

    /** Refuses a used or expired link; otherwise the link may be shown. */
    public void checkUsableAt(Instant now) {
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

    public EnrollmentApplication getApplication() {
        return application;
    }
}
