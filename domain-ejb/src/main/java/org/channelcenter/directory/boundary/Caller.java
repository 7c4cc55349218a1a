package org.channelcenter.directory.boundary;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.channelcenter.directory.entity.OrganizationKind;
import org.channelcenter.directory.entity.Role;
import org.channelcenter.directory.entity.UserAccount;

/**
 * Who calls a boundary: the signed-in user and the organization it belongs to, as read from the database
 * for the principal the container authenticated. Never built from request parameters.
 */
public record Caller(long userId, String loginName, String displayName, long organizationId,
                     String organizationName, OrganizationKind organizationKind, Set<Role> roles, Locale locale)
        implements Serializable {

    public static Caller of(UserAccount user) {
        var organization = user.getOrganization();
        return new Caller(user.getId(), user.getLoginName(), user.getDisplayName(), organization.getId(),
                organization.getName(), organization.getKind(), Set.copyOf(user.getRoles()), user.getLocale());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
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
