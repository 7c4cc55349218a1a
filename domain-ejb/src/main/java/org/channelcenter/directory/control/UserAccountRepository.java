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

    public long countActiveIn(long organizationId) {
        return em.createNamedQuery(UserAccount.COUNT_ACTIVE_IN_ORGANIZATION, Long.class)
                .setParameter("organizationId", organizationId)
                .getSingleResult();
    }
}
