package org.channelcenter.kernel.boundary;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;

/**
 * Who calls a boundary: the signed-in user and the organization it belongs to, as read from the database
 * for the principal the container authenticated. Never built from request parameters. {@code locale} and
 * {@code timeZone} are the user's own choices, null when none was made.
 */
public record Caller(
        long userId,
        String loginName,
        String displayName,
        long organizationId,
        String organizationName,
        OrganizationKind organizationKind,
        Set<Role> roles,
        Locale locale,
        ZoneId timeZone)
        implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller's roles and organization kind carry the permission. */
    public boolean may(Permission permission) {
        return permission.grantedTo(organizationKind, roles);
    }

    public boolean isAdmin() {
        return roles.stream().anyMatch(Role::isAdmin);
    }

    public boolean isStaff() {
        return organizationKind == OrganizationKind.OPERATOR && hasRole(Role.STAFF);
    }

    public boolean belongsTo(long otherOrganizationId) {
        return organizationId == otherOrganizationId;
    }
}
