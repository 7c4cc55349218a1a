package org.channelcenter.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.channelcenter.directory.entity.UserAccount;

/** Users by sign-in name, with their organization fetched in the same query. */
@Dependent
public class UserAccountRepository {

    /** A users table's sortable columns (alias {@code u}), by the names tables use. */
    public static final Map<String, String> SORTABLE = Map.of(
            "displayName", "u.displayName",
            "loginName", "u.loginName",
            "email", "u.email");

    /**
     * A users table's free-text filter on name, sign-in name and email (alias {@code u}, parameter
     * {@code :pattern}). Derby cannot type "? is null", so a list adds it only when there is a filter.
     */
    public static final String FILTER = " and (lower(u.displayName) like :pattern escape '\\'"
            + " or lower(u.loginName) like :pattern escape '\\' or lower(u.email) like :pattern escape '\\')";

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

    /**
     * The active admins (GLOBAL_ADMIN or ADMIN_AGENT) of an organization, e.g. to tell it about a change
     * another organization made. Bounded: an organization has a handful of admins, not thousands.
     */
    @SuppressWarnings("unchecked")
    public List<UserAccount> activeAdmins(long organizationId) {
        return em.createNativeQuery(
                        "select * from app_user where organization_id = ? and active = true"
                                + " and (roles like '%GLOBAL_ADMIN%' or roles like '%ADMIN_AGENT%') order by id",
                        UserAccount.class)
                .setParameter(1, organizationId)
                .setMaxResults(50)
                .getResultList();
    }

    public long countActiveIn(long organizationId) {
        return em.createNamedQuery(UserAccount.COUNT_ACTIVE_IN_ORGANIZATION, Long.class)
                .setParameter("organizationId", organizationId)
                .getSingleResult();
    }

    /** Takes the user out of the persistence context: its changes are then written only when asked. */
    public void detach(UserAccount user) {
        em.detach(user);
    }

    /**
     * Writes a sign-in's bookkeeping (failures, lock, last sign-in) of a user detached from the persistence
     * context, without its version: simultaneous sign-ins of one user (tabs, devices) must all succeed, and an
     * admin changing the user's roles at that moment must not be told someone else changed the user.
     */
    public void saveSignInBookkeeping(UserAccount user) {
        em.createQuery("update UserAccount u set u.failedSignIns = :failed, u.lockedUntil = :locked,"
                        + " u.lastSignInAt = :last where u.id = :id")
                .setParameter("failed", user.getFailedSignIns())
                .setParameter("locked", user.getLockedUntil())
                .setParameter("last", user.getLastSignInAt())
                .setParameter("id", user.getId())
                .executeUpdate();
    }

    /**
     * Counts one more consecutive failed sign-in in the row itself, without its version: simultaneous wrong
     * passwords each add one, and none rolls back (with its audit event) on a version conflict.
     */
    public void countFailedSignIn(Long userId) {
        em.createQuery("update UserAccount u set u.failedSignIns = u.failedSignIns + 1 where u.id = :id")
                .setParameter("id", userId)
                .executeUpdate();
    }
}
