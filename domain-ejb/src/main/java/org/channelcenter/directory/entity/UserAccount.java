package org.channelcenter.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;

/**
 * A user of one directory. Signs in with {@code name@directory-domain}; keeps the count of consecutive
 * failed sign-ins (counted in place by the repository, so simultaneous failures all count). Lock-out is per
 * sign-in name and client address (the directory's {@code SignInFailures}), so that a guesser cannot lock the
 * real user out; {@code lockedUntil} is the account-wide lock of earlier versions, still honoured until it ends.
 * An organization never loses its last active administrator: {@link #changeRoles} and {@link #deactivate}
 * refuse with {@link LastAdminException} when told that no other active admin exists.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
        name = UserAccount.BY_LOGIN_NAME,
        query = "select u from UserAccount u join fetch u.organization where u.loginName = :loginName")
@NamedQuery(
        name = UserAccount.COUNT_ACTIVE_IN_ORGANIZATION,
        query = "select count(u) from UserAccount u where u.organization.id = :organizationId and u.active = true")
public class UserAccount {

    public static final String BY_LOGIN_NAME = "UserAccount.byLoginName";
    public static final String COUNT_ACTIVE_IN_ORGANIZATION = "UserAccount.countActiveInOrganization";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @Column(name = "login_name", nullable = false, updatable = false)
    private String loginName;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String locale;

    /** The zone the user chose for dates and times (an IANA id), or null: the browser's zone. */
    @Column(name = "time_zone")
    private String timeZone;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    /**
     * @param userName the part before '@'; the sign-in name is {@code userName@organization's domain}
     */
    public UserAccount(
            Organization organization,
            String userName,
            String displayName,
            String email,
            Set<Role> roles,
            Instant createdAt) {
        this.organization = Objects.requireNonNull(organization, "organization");
        String name = Organization.requireText(userName, "userName").toLowerCase(Locale.ROOT);
        if (name.contains("@")) {
            throw new IllegalArgumentException("userName must not contain '@'");
        }
        this.loginName = name + "@" + organization.getDirectoryDomain();
        this.displayName = Organization.requireText(displayName, "displayName");
        this.email = Organization.requireText(email, "email");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (this.roles.contains(Role.STAFF) && organization.getKind() != OrganizationKind.OPERATOR) {
            throw new IllegalArgumentException("only operator users can be staff");
        }
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Sign-in names are compared without regard to case. */
    public static String normalizeLoginName(String loginName) {
        return loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * May this account sign in at all right now (before the password is even looked at)? Users of an
     * organization awaiting enrollment approval may: they can only follow their application.
     */
    public boolean canSignInAt(Instant now) {
        return active
                && organization.getStatus() != OrganizationStatus.INACTIVE
                && passwordHash != null
                && !isLockedAt(now);
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Organization.requireText(newHash, "passwordHash");
    }

    public void changeLocale(Locale newLocale) {
        this.locale = newLocale == null ? null : newLocale.toLanguageTag();
    }

    public void changeTimeZone(java.time.ZoneId newZone) {
        this.timeZone = newZone == null ? null : newZone.getId();
    }

    /** The chosen zone; null when none was chosen or the stored id is no longer known to the JDK. */
    public java.time.ZoneId getTimeZone() {
        if (timeZone == null) {
            return null;
        }
        try {
            return java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Holds GLOBAL_ADMIN or ADMIN_AGENT and is active: may manage the organization's users. */
    public boolean isActiveAdmin() {
        return active && roles.stream().anyMatch(Role::isAdmin);
    }

    /**
     * Replaces the user's roles. Refused when it would take admin rights from the organization's last
     * active admin, and STAFF outside the operator.
     *
     * @param otherActiveAdmins how many other active users of the organization hold an admin role
     * @return whether anything changed
     */
    public boolean changeRoles(Set<Role> newRoles, long otherActiveAdmins) {
        Set<Role> next = newRoles == null || newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        if (next.contains(Role.STAFF) && organization.getKind() != OrganizationKind.OPERATOR) {
            throw new IllegalArgumentException("only operator users can be staff");
        }
        if (next.equals(roles)) {
            return false;
        }
        boolean losesAdmin = isActiveAdmin() && next.stream().noneMatch(Role::isAdmin);
        if (losesAdmin && otherActiveAdmins < 1) {
            throw new LastAdminException(loginName);
        }
        roles = next;
        return true;
    }

    /**
     * Ends the user's access: an inactive user cannot sign in and is nobody to the boundaries. Refused for
     * the organization's last active admin.
     *
     * @param otherActiveAdmins how many other active users of the organization hold an admin role
     * @return whether anything changed (false if already inactive)
     */
    public boolean deactivate(long otherActiveAdmins) {
        if (!active) {
            return false;
        }
        if (isActiveAdmin() && otherActiveAdmins < 1) {
            throw new LastAdminException(loginName);
        }
        active = false;
        return true;
    }

    /**
     * Gives an inactive user their access back (they sign in with the password they had, or finish choosing one).
     *
     * @return whether anything changed (false if already active)
     */
    public boolean reactivate() {
        if (active) {
            return false;
        }
        active = true;
        return true;
    }

    /**
     * Changes the name shown for the user and their contact address; the sign-in name stays.
     *
     * @return whether anything changed
     */
    public boolean changeContact(String newDisplayName, String newEmail) {
        String name = Organization.requireText(newDisplayName, "displayName").strip();
        String mail = Organization.requireText(newEmail, "email").strip();
        if (name.equals(displayName) && mail.equals(email)) {
            return false;
        }
        displayName = name;
        email = mail;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Locale getLocale() {
        return locale == null ? null : Locale.forLanguageTag(locale);
    }

    /** The language mails to this user are written in: their chosen one; English until they choose. */
    public Locale mailLocale() {
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale);
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    /** Has chosen a password (false while the invitation's set-password link is pending). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The optimistic-locking version, so a page can tell whether the user changed since it was shown. */
    public long getVersion() {
        return version;
    }
}
