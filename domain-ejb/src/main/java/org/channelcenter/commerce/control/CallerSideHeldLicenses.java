package org.channelcenter.commerce.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.channelcenter.customer.control.HeldLicenses;
import org.channelcenter.kernel.boundary.Caller;

/** Licenses held per user, counted over the subscriptions of the caller's side (see {@link HoldingSide}). */
@Dependent
public class CallerSideHeldLicenses implements HeldLicenses {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Override
    public Map<Long, Long> countByUser(Caller caller, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select a.user.id, count(a) from LicenseAssignment a join a.subscription s"
                                + " where a.user.id in :users and a.activeKey is not null and "
                                + HoldingSide.of(caller, "s")
                                + ".id = :org group by a.user.id",
                        Object[].class)
                .setParameter("users", userIds)
                .setParameter("org", caller.organizationId())
                .getResultStream()
                .collect(Collectors.toMap(
                        pair -> ((Number) pair[0]).longValue(), pair -> ((Number) pair[1]).longValue()));
    }
}
