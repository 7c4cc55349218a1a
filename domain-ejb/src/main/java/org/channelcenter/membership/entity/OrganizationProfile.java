package org.channelcenter.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/**
 * An organization profile in the partner-network registry. Its partner network ID (6–10 digits) can be
 * linked to at most one partner organization.
 */
@Entity
@Table(name = "organization_profile")
@NamedQuery(name = OrganizationProfile.OF_ACCOUNT,
        query = "select p from OrganizationProfile p where p.account.id = :accountId order by p.networkId")
@NamedQuery(name = OrganizationProfile.COUNT_BY_STATUS,
        query = "select count(p) from OrganizationProfile p where p.status = :status")
public class OrganizationProfile {

    public static final String COUNT_BY_STATUS = "OrganizationProfile.countByStatus";
    public static final String OF_ACCOUNT = "OrganizationProfile.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_account_id", nullable = false, updatable = false)
    private MembershipAccount account;

    @Column(name = "network_id", nullable = false, updatable = false)
    private String networkId;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "country_code", nullable = false)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProfileStatus status;

    @Column(name = "linked_organization_id")
    private Long linkedOrganizationId;

    @Version
    private long version;

    protected OrganizationProfile() {
        // for JPA
    }

    public OrganizationProfile(MembershipAccount account, String networkId, String legalName, String countryCode) {
        this.account = Objects.requireNonNull(account, "account");
        if (networkId == null || !networkId.matches("\\d{6,10}")) {
            throw new IllegalArgumentException("a partner network ID has 6 to 10 digits");
        }
        this.networkId = networkId;
        this.legalName = Objects.requireNonNull(legalName, "legalName").trim();
        this.countryCode = Objects.requireNonNull(countryCode, "countryCode").trim().toUpperCase(Locale.ROOT);
        this.status = ProfileStatus.ACTIVE;
    }

    public void deactivate() {
        status = ProfileStatus.INACTIVE;
    }

    public Long getId() {
        return id;
    }

    public MembershipAccount getAccount() {
        return account;
    }

    public String getNetworkId() {
        return networkId;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public ProfileStatus getStatus() {
        return status;
    }

    public Long getLinkedOrganizationId() {
        return linkedOrganizationId;
    }

    public boolean isActive() {
        return status == ProfileStatus.ACTIVE;
    }

    public boolean isLinked() {
        return linkedOrganizationId != null;
    }

    /** Links the network ID to a partner organization; a profile links to one organization at most. */
    public void linkTo(long organizationId) {
        if (isLinked()) {
            throw new IllegalStateException("network ID " + networkId + " is already linked");
        }
        linkedOrganizationId = organizationId;
    }

    /** Frees the network ID again, e.g. when the application that linked it was rejected. */
    public void unlink() {
        linkedOrganizationId = null;
    }
}
