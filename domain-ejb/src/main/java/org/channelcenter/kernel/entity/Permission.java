package org.channelcenter.kernel.entity;

import static org.channelcenter.kernel.entity.OrganizationKind.CUSTOMER;
import static org.channelcenter.kernel.entity.OrganizationKind.PROVIDER;
import static org.channelcenter.kernel.entity.OrganizationKind.RESELLER;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a kind of organization's users may do, by role (SPEC §1), written once: the boundaries enforce it and the
 * menu shows only what it allows. A boundary adds what no role can say, such as whose record it is.
 */
public enum Permission {
    /** A provider's admins and sales agents invite indirect resellers. */
    INVITE_RESELLERS(EnumSet.of(PROVIDER), Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT),
    /** A reseller's admins and sales agents invite customers. */
    INVITE_CUSTOMERS(EnumSet.of(RESELLER), Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT),
    /** A provider's admins and sales agents order on behalf of its customers. */
    PLACE_ORDERS(EnumSet.of(PROVIDER), Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT),
    /** A provider's admins and sales agents suspend, reactivate and cancel the subscriptions it holds. */
    CHANGE_SUBSCRIPTIONS(EnumSet.of(PROVIDER), Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT),
    /** A partner's admins and helpdesk agents administer its customers' users and assign their licenses. */
    ADMINISTER_CUSTOMER_USERS(EnumSet.of(PROVIDER, RESELLER), Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT),
    /** A customer's global admin grants and removes reseller relationships. */
    MANAGE_CUSTOMER_PARTNERS(EnumSet.of(CUSTOMER), Role.GLOBAL_ADMIN),
    /** A provider's or reseller's billing admins and global admins keep its prices (SPEC §13). */
    MANAGE_BILLING(EnumSet.of(PROVIDER, RESELLER), Role.GLOBAL_ADMIN, Role.BILLING_ADMIN),
    /** An admin of a partner or customer organization reads that organization's audit log. */
    READ_ORGANIZATION_AUDIT_LOG(EnumSet.of(PROVIDER, RESELLER, CUSTOMER), Role.GLOBAL_ADMIN, Role.ADMIN_AGENT);

    private final Set<OrganizationKind> kinds;
    private final Set<Role> roles;

    Permission(Set<OrganizationKind> kinds, Role first, Role... more) {
        this.kinds = Set.copyOf(kinds);
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** Whether a user of that kind of organization with these roles has this permission. */
    public boolean grantedTo(OrganizationKind kind, Collection<Role> userRoles) {
        return kinds.contains(kind) && holdsARole(userRoles);
    }

    /** Whether one of these roles carries the permission, whatever the organization. */
    public boolean holdsARole(Collection<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** The roles that carry it. */
    public Set<Role> roles() {
        return roles;
    }
}
