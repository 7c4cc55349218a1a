package org.channelcenter.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.channelcenter.directory.entity.UserAccount;

/** Users by sign-in name, with their organization fetched in the same query. */
@Dependent
public class UserAccountRepository {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    public Optional<UserAccount> byLoginName(String loginName) {
        return em.createNamedQuery(UserAccount.BY_LOGIN_NAME, UserAccount.class)
                .setParameter("loginName", UserAccount.normalizeLoginName(loginName))
                .getResultStream()
                .findFirst();
    }

    /**
     * How many active users of the organization, other than {@code exceptUserId}, hold an admin role. Roles
     * are one comma-separated column (see RoleSetConverter), hence the native LIKE.
     */
    public long countOtherActiveAdmins(long organizationId, long exceptUserId) {
        Number count = (Number) em.createNativeQuery("select count(*) from app_user where organization_id = ?"
                        + " and active = true and id <> ?"
                        + " and (roles like '%GLOBAL_ADMIN%' or roles like '%ADMIN_AGENT%')")
                .setParameter(1, organizationId)
                .setParameter(2, exceptUserId)
                .getSingleResult();
        return count.longValue();
    }

    public long countActiveIn(long organizationId) {
        return em.createNamedQuery(UserAccount.COUNT_ACTIVE_IN_ORGANIZATION, Long.class)
                .setParameter("organizationId", organizationId)
                .getSingleResult();
    }
}
