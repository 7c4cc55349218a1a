package org.channelcenter.customer.boundary;

import java.io.Serializable;
import org.channelcenter.directory.entity.UserAccount;

/**
 * One user of a customer as its partners list it: {@code customerAdmin} marks the customer's own admins (whom
 * partners do not change), {@code licenses} how many licenses of the caller's organization's subscriptions the
 * user holds. {@code version} travels with the row so that a change made from it is refused if the user changed.
 */
public record CustomerUserRow(
        long id,
        String loginName,
        String displayName,
        String email,
        boolean active,
        boolean passwordSet,
        boolean customerAdmin,
        long licenses,
        long version)
        implements Serializable {

    static CustomerUserRow of(UserAccount user, long licenses) {
        return new CustomerUserRow(
                user.getId(),
                user.getLoginName(),
                user.getDisplayName(),
                user.getEmail(),
                user.isActive(),
                user.hasPassword(),
                user.getRoles().stream().anyMatch(role -> role.isAdmin()),
                licenses,
                user.getVersion());
    }

    /** A partner may edit, deactivate and reactivate this user (not the customer's admins). */
    public boolean isManageable() {
        return !customerAdmin;
    }
}
