package org.channelcenter.directory.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.entity.Role;

/**
 * One user as User management lists it. {@code version} travels with the row so that a change made from
 * it is refused if the user changed in between (optimistic locking).
 */
public record UserRow(
        long id,
        String loginName,
        String displayName,
        String email,
        Set<Role> roles,
        boolean active,
        boolean passwordSet,
        long version)
        implements Serializable {

    public UserRow {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static UserRow of(UserAccount user) {
        return new UserRow(
                user.getId(),
                user.getLoginName(),
                user.getDisplayName(),
                user.getEmail(),
                user.getRoles(),
                user.isActive(),
                user.hasPassword(),
                user.getVersion());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Only a global admin changes or deactivates this user ({@link Users}). */
    public boolean globalAdmin() {
        return roles.contains(Role.GLOBAL_ADMIN);
    }

    /** Roles in their fixed order, for display. */
    public java.util.List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
