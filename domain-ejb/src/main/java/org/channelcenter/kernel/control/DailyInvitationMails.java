package org.channelcenter.kernel.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.channelcenter.kernel.entity.InvitationMailSent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The invitation mails of an organization within the last day, at most {@code cc.invitations.mails.per.day} (100
 * unless configured: far above what partners send by hand, far below what a spammer would want). Each mail is an
 * inserted row, counted in the caller's transaction; simultaneous sends may let a few past the limit, which it
 * allows for.
 */
@Dependent
public class DailyInvitationMails implements InvitationMailAllowance {

    static final Duration WINDOW = Duration.ofDays(1);

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cc.invitations.mails.per.day", defaultValue = "100")
    int perDay;

    @Override
    public boolean spend(long organizationId, Instant now) {
        long sent = em.createNamedQuery(InvitationMailSent.COUNT_SINCE, Long.class)
                .setParameter("organizationId", organizationId)
                .setParameter("since", now.minus(WINDOW))
                .getSingleResult();
        if (sent >= limit()) {
            return false;
        }
        em.persist(new InvitationMailSent(organizationId, now));
        return true;
    }

    /** Invitation mails per organization per day. */
    public int limit() {
        return Math.max(1, perDay);
    }
}
