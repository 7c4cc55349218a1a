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

/** A membership sign-in (user name and password) that owns one or more organization profiles. */
@Entity
@Table(name = "membership_account")
@NamedQuery(name = MembershipAccount.BY_USER_NAME,
        query = "select a from MembershipAccount a where a.userName = :userName")
public class MembershipAccount {

    public static final String BY_USER_NAME = "MembershipAccount.byUserName";

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
        if (userName == null || userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank");
        }
        this.userName = userName.trim().toLowerCase(Locale.ROOT);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
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
}
