package org.channelcenter.commerce.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.commerce.entity.LicenseAssignment;
import org.channelcenter.commerce.entity.Subscription;
import org.channelcenter.directory.boundary.UserDeactivated;
import org.channelcenter.directory.entity.UserAccount;

/**
 * A deactivated user holds no license (SPEC §7): whoever deactivates them — a partner in the customer record or
 * the customer's own admin in User management — their seats are given back in the same transaction, each
 * unassignment audited for the customer and both partners. The directory only announces the deactivation; it
 * knows nothing of licenses.
 */
@Dependent
public class DeactivatedUsersLicenses {

    @Inject
    LicenseSeats seats;

    @Inject
    AuditTrail trail;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    void release(@Observes UserDeactivated deactivated) {
        UserAccount user = em.find(UserAccount.class, deactivated.userId());
        for (LicenseAssignment freed : seats.releaseAll(user, deactivated.byLogin(), Instant.now())) {
            Subscription subscription = freed.getSubscription();
            trail.record(
                    AuditAction.LICENSE_UNASSIGNED,
                    "subscription " + subscription.getId(),
                    "user " + user.getLoginName() + " (deactivated)",
                    subscription.getCustomer().getId(),
                    subscription.getProvider().getId(),
                    subscription.getReseller().getId());
        }
    }
}
