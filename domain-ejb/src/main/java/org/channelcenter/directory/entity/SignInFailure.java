package org.channelcenter.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One refused sign-in attempt of a subject (a sign-in name, or a membership account) from one client address, or
 * one anonymous directory-name check ({@link #DOMAIN_CHECK}) from it. Insert-only, so simultaneous attempts never
 * contend for a row: lock-out and throttling count these rows.
 */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(
        name = SignInFailure.COUNT_FROM_ADDRESS,
        query = "select count(f) from SignInFailure f where f.clientAddress = :address and f.failedAt > :since"
                + " and f.subject <> '" + SignInFailure.DOMAIN_CHECK + "'")
@NamedQuery(
        name = SignInFailure.COUNT_OF_SUBJECT_FROM_ADDRESS,
        query = "select count(f) from SignInFailure f where f.subject = :subject and f.clientAddress = :address"
                + " and f.failedAt > :since")
@NamedQuery(
        name = SignInFailure.FORGET_SUBJECT_FROM_ADDRESS,
        query = "delete from SignInFailure f where f.subject = :subject and f.clientAddress = :address")
@NamedQuery(name = SignInFailure.FORGET_OLDER_THAN, query = "delete from SignInFailure f where f.failedAt < :before")
public class SignInFailure {

    /** The subject of a directory-name check: no sign-in name has this form (it has no '@'). */
    public static final String DOMAIN_CHECK = "#directory-name-check";

    /** Refused sign-ins from an address (directory-name checks have their own limit). */
    public static final String COUNT_FROM_ADDRESS = "SignInFailure.countFromAddress";

    public static final String COUNT_OF_SUBJECT_FROM_ADDRESS = "SignInFailure.countOfSubjectFromAddress";
    public static final String FORGET_SUBJECT_FROM_ADDRESS = "SignInFailure.forgetSubjectFromAddress";
    public static final String FORGET_OLDER_THAN = "SignInFailure.forgetOlderThan";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "client_address", nullable = false, updatable = false)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    protected SignInFailure() {}

    public SignInFailure(String subject, String clientAddress, Instant failedAt) {
        this.subject = subject;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }

    public String getSubject() {
        return subject;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
