package org.channelcenter.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.directory.control.UserInvitations;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;

/**
 * User management (SPEC §4): an organization's admins (GLOBAL_ADMIN or ADMIN_AGENT) list, add, re-role and
 * deactivate the users of <em>their own</em> organization. The organization is always the caller's, read from
 * the principal; a user id of any other organization is refused and audited. Roles are checked against the
 * database, not only the roles granted at sign-in, so an admin demoted meanwhile is refused at once. An
 * organization never loses its last active admin (see {@link UserAccount#changeRoles}).
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT})
public class Users {

    static final String INVITATION_TEMPLATE = "user.invitation";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Event<UserDeactivated> deactivations;

    @Inject
    UserAccountRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    UserInvitations invitations;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many users of the caller's organization match the filter. */
    public long count(String filter) {
        Caller caller = requireAdmin();
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        TypedQuery<Long> query = em.createQuery(
                "select count(u) from UserAccount u" + " where u.organization.id = :organizationId"
                        + PageQueries.filterClause(request, UserAccountRepository.FILTER),
                Long.class);
        return bind(query, caller, request).getSingleResult();
    }

    /** One page of the caller's organization's users (one query; the organization is not loaded). */
    public List<UserRow> find(@NotNull PageRequest request) {
        Caller caller = requireAdmin();
        String order = PageQueries.orderBy(request, UserAccountRepository.SORTABLE, "u.displayName asc") + ", u.id asc";
        TypedQuery<UserAccount> query = em.createQuery(
                        "select u from UserAccount u"
                                + " where u.organization.id = :organizationId"
                                + PageQueries.filterClause(request, UserAccountRepository.FILTER)
                                + " order by " + order,
                        UserAccount.class)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        return bind(query, caller, request).getResultStream().map(UserRow::of).toList();
    }

    /** The organization's directory domain: what follows '@' in every new user's sign-in name. */
    public String directoryDomain() {
        Caller caller = requireAdmin();
        return em.find(Organization.class, caller.organizationId()).getDirectoryDomain();
    }

    /**
     * The roles an admin may give in the caller's organization: Global admin only by a global admin, STAFF only
     * in the operator's.
     */
    public Set<Role> assignableRoles() {
        Caller caller = requireAdmin();
        Set<Role> roles = EnumSet.of(Role.ADMIN_AGENT, Role.SALES_AGENT, Role.HELPDESK_AGENT);
        if (caller.organizationKind().isPartner()) {
            roles.add(Role.BILLING_ADMIN);
        }
        if (caller.hasRole(Role.GLOBAL_ADMIN)) {
            roles.add(Role.GLOBAL_ADMIN);
        }
        if (caller.organizationKind() == OrganizationKind.OPERATOR) {
            roles.add(Role.STAFF);
        }
        return roles;
    }

    /**
     * Adds a user without a password to the caller's organization and mails them a one-time link (valid
     * {@code PasswordSetup.LIFETIME}) to choose one. A taken user name is refused and nothing is written; so is a
     * user beyond the organization's invitation mails of the day ({@code cc.invitations.mails.per.day}), audited.
     */
    public UserRow add(@NotNull @Valid NewUser newUser) {
        Caller caller = requireAdmin();
        if (newUser.roles().contains(Role.GLOBAL_ADMIN)) {
            requireGlobalAdmin(caller, "new user " + newUser.userName());
        }
        Organization organization = em.find(Organization.class, caller.organizationId());
        UserAccount user = invitations.invite(
                organization.getId(),
                organization,
                newUser,
                INVITATION_TEMPLATE,
                Map.of(
                        "organization", organization.getName(),
                        "inviter", caller.displayName()));
        audit.record(
                AuditAction.USER_ADDED, user.getLoginName(), "roles " + names(user.getRoles()), organization.getId());
        return UserRow.of(user);
    }

    /**
     * Replaces a user's roles (e.g. the Admin agent check box). Refused for a user of another organization,
     * when the user changed since {@code expectedVersion}, and when it would remove the last active admin.
     */
    public UserRow changeRoles(long userId, long expectedVersion, @NotNull Set<Role> roles) {
        Caller caller = requireAdmin();
        UserAccount user = userOfCallersOrganization(caller, userId);
        Set<Role> before = user.getRoles();
        if (before.contains(Role.GLOBAL_ADMIN) || roles.contains(Role.GLOBAL_ADMIN)) {
            requireGlobalAdmin(caller, "user " + userId);
        }
        requireVersion(user, expectedVersion);
        boolean touchesAdmins =
                before.stream().anyMatch(Role::isAdmin) != roles.stream().anyMatch(Role::isAdmin);
        if (touchesAdmins) {
            guardAdminSet(caller);
        }
        if (user.changeRoles(roles, repository.countOtherActiveAdmins(caller.organizationId(), userId))) {
            flush("user " + user.getLoginName());
            audit.record(
                    AuditAction.USER_ROLES_CHANGED,
                    user.getLoginName(),
                    names(before) + " -> " + names(user.getRoles()),
                    caller.organizationId());
        }
        return UserRow.of(user);
    }

    /**
     * Deactivates a user: they can no longer sign in, and a pending set-password link stops working.
     * Refused as {@link #changeRoles} is, and for the organization's last active admin.
     */
    public UserRow deactivate(long userId, long expectedVersion) {
        Caller caller = requireAdmin();
        UserAccount user = userOfCallersOrganization(caller, userId);
        if (user.getRoles().contains(Role.GLOBAL_ADMIN)) {
            requireGlobalAdmin(caller, "user " + userId);
        }
        requireVersion(user, expectedVersion);
        if (user.isActiveAdmin()) {
            guardAdminSet(caller);
        }
        if (user.deactivate(repository.countOtherActiveAdmins(caller.organizationId(), userId))) {
            flush("user " + user.getLoginName());
            audit.record(AuditAction.USER_DEACTIVATED, user.getLoginName(), null, caller.organizationId());
            // e.g. a customer's admin deactivating a user: whatever holds on to users (licenses) lets go now
            deactivations.fire(new UserDeactivated(user.getId(), caller.loginName()));
        }
        return UserRow.of(user);
    }

    /**
     * The caller, if the database (not only the sign-in) still says they are an admin. The refusal rolls
     * back; the 403 page it leads to records the denied access.
     */
    private Caller requireAdmin() {
        Caller caller = currentCaller.require();
        if (!caller.isAdmin()) {
            throw new EJBAccessException("user management needs an admin role");
        }
        return caller;
    }

    /**
     * Refuses, and audits, a change that touches Global admin unless the database says the caller is a global
     * admin ({@link GlobalAdminOnlyException}).
     */
    private void requireGlobalAdmin(Caller caller, String target) {
        if (!caller.hasRole(Role.GLOBAL_ADMIN)) {
            audit.record(AuditAction.ACCESS_DENIED, target, "global admin only", caller.organizationId());
            throw new GlobalAdminOnlyException(target);
        }
    }

    /** A refusal of what the caller may not do comes first: it does not depend on the version the page showed. */
    private static void requireVersion(UserAccount user, long expectedVersion) {
        ConcurrentChangeException.requireVersion(expectedVersion, user.getVersion(), "user " + user.getLoginName());
    }

    private UserAccount userOfCallersOrganization(Caller caller, long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || !caller.belongsTo(user.getOrganization().getId())) {
            audit.record(
                    AuditAction.ACCESS_DENIED,
                    "user " + userId,
                    "not in the caller's organization",
                    caller.organizationId());
            throw new UserNotInOrganizationException(userId);
        }
        return user;
    }

    /**
     * Two admins demoting each other at the same moment would each see the other still an admin; bumping
     * the organization's version makes the second of two such changes fail instead of leaving no admin.
     */
    private void guardAdminSet(Caller caller) {
        Organization organization = em.find(Organization.class, caller.organizationId());
        em.lock(organization, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Writes now, so that a concurrent change surfaces here as a typed refusal, not at commit. */
    private void flush(String what) {
        Writes.flush(em, what);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Caller caller, PageRequest request) {
        query.setParameter("organizationId", caller.organizationId());
        return PageQueries.bindFilter(request, query);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(",", "[", "]"));
    }
}
