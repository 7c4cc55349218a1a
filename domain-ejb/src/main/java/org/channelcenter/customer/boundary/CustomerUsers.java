package org.channelcenter.customer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.customer.control.CustomerAccess;
import org.channelcenter.customer.control.HeldLicenses;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.customer.entity.CustomerUserRefusedException;
import org.channelcenter.customer.entity.CustomerUserRefusedException.Reason;
import org.channelcenter.directory.boundary.UserDeactivated;
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
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;

/**
 * A customer's users as its partners administer them (SPEC §6, §7): the admins and helpdesk agents of a
 * provider or reseller with an ACTIVE relationship with the customer list, add, edit, deactivate and reactivate
 * them; its sales agents only list them. The relationship and the roles are read from the database at every
 * call, so a partner the customer removed, or a user demoted meanwhile, is refused at the next request. Users
 * a partner adds get no roles (they are license users); the customer's own admins are its own user
 * management, which partners do not change. Deactivating a user frees the licenses they hold.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.SALES_AGENT, Role.Names.HELPDESK_AGENT})
public class CustomerUsers {

    static final String INVITATION_TEMPLATE = "customerUser.invitation";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CustomerAccess access;

    @Inject
    UserInvitations invitations;

    @Inject
    UserAccountRepository repository;

    @Inject
    Event<UserDeactivated> deactivations;

    @Inject
    AuditTrail trail;

    @Inject
    HeldLicenses heldLicenses;

    @EJB
    AuditLog auditLog;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many of the customer's users match the filter (name, sign-in name or email). */
    public long count(long customerId, String filter) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        return PageQueries.bindFilter(
                        request,
                        em.createQuery(
                                "select count(u) from UserAccount u where u.organization.id = :customer"
                                        + PageQueries.filterClause(request, UserAccountRepository.FILTER),
                                Long.class))
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    /**
     * One page of the customer's users, with how many licenses of the caller's organization's subscriptions each
     * holds: two queries per page, whatever its size.
     */
    public List<CustomerUserRow> find(long customerId, @NotNull PageRequest request) {
        Caller caller = currentCaller.requirePartner();
        access.require(caller, customerId);
        String order = PageQueries.orderBy(request, UserAccountRepository.SORTABLE, "u.displayName asc") + ", u.id asc";
        TypedQuery<UserAccount> query = em.createQuery(
                        "select u from UserAccount u where u.organization.id = :customer"
                                + PageQueries.filterClause(request, UserAccountRepository.FILTER) + " order by "
                                + order,
                        UserAccount.class)
                .setParameter("customer", customerId)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        List<UserAccount> users = PageQueries.bindFilter(request, query).getResultList();
        Map<Long, Long> licenses = licensesHeld(caller, users);
        return users.stream()
                .map(user -> CustomerUserRow.of(user, licenses.getOrDefault(user.getId(), 0L)))
                .toList();
    }

    /**
     * Adds a user without roles to the customer's directory and mails them a one-time link to choose a password
     * (the mail names the partner that added them). A taken user name is refused and nothing is written; the mail
     * spends one of the partner's invitation mails of the day.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.HELPDESK_AGENT})
    public CustomerUserRow add(long customerId, @NotNull @Valid NewCustomerUser newUser) {
        Caller caller = currentCaller.require(Permission.ADMINISTER_CUSTOMER_USERS);
        CustomerRelationship relationship = access.require(caller, customerId);
        Organization customer = relationship.getCustomer();
        UserAccount user = invitations.invite(
                caller.organizationId(),
                customer,
                newUser.asNewUser(),
                INVITATION_TEMPLATE,
                Map.of(
                        "organization", customer.getName(),
                        "partner", caller.organizationName(),
                        "inviter", caller.displayName()));
        trail.record(
                AuditAction.CUSTOMER_USER_ADDED, user.getLoginName(), "by " + caller.organizationName(), customerId);
        return CustomerUserRow.of(user, 0);
    }

    /** Changes a user's display name and contact email, on the version the partner saw. */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.HELPDESK_AGENT})
    public CustomerUserRow edit(
            long customerId, long userId, long expectedVersion, @NotNull @Valid CustomerUserChange change) {
        Caller caller = currentCaller.require(Permission.ADMINISTER_CUSTOMER_USERS);
        UserAccount user = manageableUser(caller, customerId, userId, expectedVersion);
        String before = user.getDisplayName() + " <" + user.getEmail() + ">";
        if (user.changeContact(change.displayName(), change.email())) {
            Writes.flush(em, "user " + user.getLoginName());
            trail.record(
                    AuditAction.CUSTOMER_USER_UPDATED,
                    user.getLoginName(),
                    before + " -> " + user.getDisplayName() + " <" + user.getEmail() + ">",
                    customerId);
        }
        return row(caller, user);
    }

    /**
     * Deactivates a user: they can no longer sign in, and every license they hold is unassigned (the seats are
     * free again), each audited.
     */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.HELPDESK_AGENT})
    public CustomerUserRow deactivate(long customerId, long userId, long expectedVersion) {
        Caller caller = currentCaller.require(Permission.ADMINISTER_CUSTOMER_USERS);
        UserAccount user = manageableUser(caller, customerId, userId, expectedVersion);
        if (user.deactivate(repository.countOtherActiveAdmins(customerId, userId))) {
            Writes.flush(em, "user " + user.getLoginName());
            trail.record(AuditAction.CUSTOMER_USER_DEACTIVATED, user.getLoginName(), null, customerId);
            // their licenses are given back by commerce, in this transaction (DeactivatedUsersLicenses)
            deactivations.fire(new UserDeactivated(user.getId(), caller.loginName()));
        }
        return row(caller, user);
    }

    /** Gives a deactivated user access again (their licenses are not given back: assign them anew). */
    @RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.ADMIN_AGENT, Role.Names.HELPDESK_AGENT})
    public CustomerUserRow reactivate(long customerId, long userId, long expectedVersion) {
        Caller caller = currentCaller.require(Permission.ADMINISTER_CUSTOMER_USERS);
        UserAccount user = manageableUser(caller, customerId, userId, expectedVersion);
        if (user.reactivate()) {
            Writes.flush(em, "user " + user.getLoginName());
            trail.record(AuditAction.CUSTOMER_USER_REACTIVATED, user.getLoginName(), null, customerId);
        }
        return row(caller, user);
    }

    /**
     * A user of the customer the partner may change, at the version it saw. Another organization's user (or
     * none) is "not found", audited; the customer's admins are refused, audited too.
     */
    private UserAccount manageableUser(Caller caller, long customerId, long userId, long expectedVersion) {
        access.require(caller, customerId);
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null
                || user.getOrganization().getId() != customerId
                || user.getOrganization().getKind() != OrganizationKind.CUSTOMER) {
            auditLog.recordDenial(AuditAction.ACCESS_DENIED, "user " + userId, "not a user of customer " + customerId);
            throw new CustomerUserRefusedException(Reason.NOT_FOUND);
        }
        if (user.getRoles().stream().anyMatch(Role::isAdmin)) {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED, "user " + userId, "an admin of customer " + customerId, customerId);
            throw new CustomerUserRefusedException(Reason.CUSTOMER_ADMIN);
        }
        ConcurrentChangeException.requireVersion(expectedVersion, user.getVersion(), "user " + user.getLoginName());
        return user;
    }

    private CustomerUserRow row(Caller caller, UserAccount user) {
        return CustomerUserRow.of(user, licensesHeld(caller, List.of(user)).getOrDefault(user.getId(), 0L));
    }

    private Map<Long, Long> licensesHeld(Caller caller, List<UserAccount> users) {
        return heldLicenses.countByUser(
                caller, users.stream().map(UserAccount::getId).toList());
    }
}
