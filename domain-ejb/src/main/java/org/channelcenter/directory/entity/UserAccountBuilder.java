package org.channelcenter.directory.entity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.channelcenter.kernel.entity.Role;

/**
 * Builds users for demo data and tests. The clear-text password stays in the builder; whoever persists
 * the user hashes it (see {@code SampleData}).
 */
public final class UserAccountBuilder {

    private final String userName;
    private String displayName;
    private String email;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password = "Passw0rd!";

    private UserAccountBuilder(String userName) {
        this.userName = userName;
        this.displayName = Character.toUpperCase(userName.charAt(0)) + userName.substring(1);
    }

    public static UserAccountBuilder user(String userName) {
        return new UserAccountBuilder(userName);
    }

    public UserAccountBuilder displayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public UserAccountBuilder email(String email) {
        this.email = email;
        return this;
    }

    public UserAccountBuilder roles(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
        return this;
    }

    public UserAccountBuilder password(String password) {
        this.password = password;
        return this;
    }

    public String password() {
        return password;
    }

    public UserAccount build(Organization organization, Instant now) {
        String contact = email != null ? email : userName + "@" + organization.getDirectoryDomain();
        return new UserAccount(organization, userName, displayName, contact, roles, now);
    }
}
