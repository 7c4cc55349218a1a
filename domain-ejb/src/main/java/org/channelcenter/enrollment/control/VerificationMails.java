package org.channelcenter.enrollment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.channelcenter.enrollment.entity.ContactVerification;
import org.channelcenter.enrollment.entity.EnrollmentApplication;
import org.channelcenter.kernel.control.SecureToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The primary contact's verification links of an application (issue 15, abuse limits): a new link replaces every
 * earlier one, so only the latest mail's link works; and an applicant may have at most
 * {@code cc.verification.mails.per.hour} links mailed within an hour, the first one included, so that the status
 * page's "resend" cannot be used to flood a mailbox.
 */
@Dependent
public class VerificationMails {

    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cc.verification.mails.per.hour", defaultValue = "3")
    int perHour;

    /** Whether another link may be mailed for the application at {@code now}. */
    public boolean mayResend(EnrollmentApplication application, Instant now) {
        return em.createNamedQuery(ContactVerification.COUNT_ISSUED_SINCE, Long.class)
                        .setParameter("applicationId", application.getId())
                        .setParameter("since", now.minus(WINDOW))
                        .getSingleResult()
                < limit();
    }

    /** Verification mails per application within an hour. */
    public int limit() {
        return Math.max(1, perHour);
    }

    /** A new link for the application, stored as its hash; every earlier link still live stops working. */
    public SecureToken issue(EnrollmentApplication application, Instant now) {
        em.createNamedQuery(ContactVerification.LIVE_OF_APPLICATION, ContactVerification.class)
                .setParameter("applicationId", application.getId())
                .getResultStream()
                .forEach(earlier -> earlier.replace(now));
        SecureToken token = SecureToken.generate();
        em.persist(new ContactVerification(application, token.hash(), now));
        return token;
    }
}
