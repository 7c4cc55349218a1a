package org.channelcenter.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A membership sign-in (user name and password) that owns one or more organization profiles. The user
 * name is unique, kept in lower case, and never changes; the password is stored only as a hash.
 */
@Entity
@Table(name = "membership_account")
@NamedQuery(
        name = MembershipAccount.BY_USER_NAME,
        query = "select a from MembershipAccount a where a.userName = :userName")
public class MembershipAccount {

    public static final String BY_USER_NAME = "MembershipAccount.byUserName";

    /** Column size of {@code user_name}. */
    public static final int USER_NAME_MAX = 100;

    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;

    // Letters, digits and the punctuation sign-in names usually carry; no spaces, nothing to escape in a CSV.
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9._@-]{3," + USER_NAME_MAX + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_name", nullable = false, updatable = false)
    private String userName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MembershipAccount() {
        // for JPA
    }

    public MembershipAccount(String userName, String passwordHash, Instant createdAt) {
        String normalized = normalizeUserName(userName);
        if (!isValidUserName(normalized)) {
            throw new IllegalArgumentException("a user name has 3 to 100 letters, digits or . _ @ -");
        }
        this.userName = normalized;
        this.passwordHash = requireHash(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** User names are compared without regard to case or surrounding blanks. */
    public static String normalizeUserName(String userName) {
        return userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT);
    }

    /** Is this (normalized) user name acceptable for a new account? */
    public static boolean isValidUserName(String normalizedUserName) {
        return normalizedUserName != null
                && USER_NAME.matcher(normalizedUserName).matches();
    }

    /** Is this clear-text password long enough to be hashed for an account? */
    public static boolean isAcceptablePassword(String password) {
        return password != null
                && password.length() >= PASSWORD_MIN
                && password.length() <= PASSWORD_MAX
                && !password.isBlank();
    }

    /** A staff reset: the new hash replaces the old one, the user name stays. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = requireHash(newHash);
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("passwordHash must not be blank");
        }
        return hash;
    }

    public Long getId() {
        return id;
    }

    public String getUserName() {
        return userName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
