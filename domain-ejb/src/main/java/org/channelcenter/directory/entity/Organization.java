package org.channelcenter.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * An organization and the directory it owns. The directory domain is unique across the platform and is
 * the part after '@' in every sign-in name of the organization's users.
 */
@Entity
@Table(name = "organization")
@NamedQuery(name = Organization.BY_DOMAIN, query = "select o from Organization o where o.directoryDomain = :domain")
@NamedQuery(
        name = Organization.COUNT_BY_KIND,
        query = "select o.kind, count(o) from Organization o where o.status = :status group by o.kind")
public class Organization {

    public static final String BY_DOMAIN = "Organization.byDomain";
    public static final String COUNT_BY_KIND = "Organization.countByKind";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrganizationKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "directory_domain", nullable = false, updatable = false)
    private String directoryDomain;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organization() {
        // for JPA
    }

    public Organization(
            OrganizationKind kind, String name, String directoryDomain, String countryCode, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = requireText(name, "name");
        this.directoryDomain = requireText(directoryDomain, "directoryDomain").toLowerCase(Locale.ROOT);
        this.countryCode = requireText(countryCode, "countryCode").toUpperCase(Locale.ROOT);
        if (!this.countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be an ISO 3166-1 alpha-2 code");
        }
        this.status = OrganizationStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.trim();
    }

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }

    public boolean isPending() {
        return status == OrganizationStatus.PENDING;
    }

    /** An approved partner (provider or reseller) in good standing. */
    public boolean isApprovedPartner() {
        return kind.isPartner() && isActive();
    }

    /** A directory created during enrollment waits, inactive in the portal, for the review's decision. */
    public void awaitEnrollment() {
        if (id != null) {
            throw new IllegalStateException("only a new directory can await enrollment");
        }
        status = OrganizationStatus.PENDING;
    }

    /** The enrollment was approved: the organization becomes an active member of the portal. */
    public void approveEnrollment() {
        if (status != OrganizationStatus.PENDING) {
            throw new IllegalStateException("only a pending organization can be approved");
        }
        status = OrganizationStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDirectoryDomain() {
        return directoryDomain;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
