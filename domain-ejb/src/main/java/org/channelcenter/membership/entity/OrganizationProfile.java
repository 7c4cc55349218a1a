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
import org.channelcenter.kernel.entity.CountryCodes;

/**
 * An organization profile in the partner-network registry. Its partner network ID (6–10 digits) is unique
 * and never changes, and can be linked to at most one partner organization (enrollment does that, not the
 * registry screens). Legal name, country/region (an ISO 3166-1 alpha-2 code) and status may change.
 */
@Entity
@Table(name = "organization_profile")
@NamedQuery(
        name = OrganizationProfile.OF_ACCOUNT,
        query = "select p from OrganizationProfile p where p.account.id = :accountId order by p.networkId")
@NamedQuery(
        name = OrganizationProfile.COUNT_BY_STATUS,
        query = "select count(p) from OrganizationProfile p where p.status = :status")
@NamedQuery(
        name = OrganizationProfile.COUNT_BY_NETWORK_ID,
        query = "select count(p) from OrganizationProfile p where p.networkId = :networkId")
public class OrganizationProfile {

    public static final String COUNT_BY_STATUS = "OrganizationProfile.countByStatus";
    public static final String OF_ACCOUNT = "OrganizationProfile.ofAccount";
    public static final String COUNT_BY_NETWORK_ID = "OrganizationProfile.countByNetworkId";

    /** Column size of {@code legal_name}. */
    public static final int LEGAL_NAME_MAX = 200;

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
        if (!isValidNetworkId(networkId)) {
            throw new IllegalArgumentException("a partner network ID has 6 to 10 digits");
        }
        this.networkId = networkId;
        rename(legalName);
        moveTo(countryCode);
        this.status = ProfileStatus.ACTIVE;
    }

    /** Exactly 6 to 10 ASCII digits, nothing around them. */
    public static boolean isValidNetworkId(String networkId) {
        return networkId != null && networkId.matches("[0-9]{6,10}");
    }

    /** Some text, at most {@link #LEGAL_NAME_MAX} characters once trimmed. */
    public static boolean isValidLegalName(String legalName) {
        return legalName != null && !legalName.isBlank() && legalName.trim().length() <= LEGAL_NAME_MAX;
    }

    /** One of the ISO 3166-1 alpha-2 codes the platform knows, in any case. */
    public static boolean isValidCountryCode(String countryCode) {
        return CountryCodes.isKnown(countryCode);
    }

    public void rename(String newLegalName) {
        if (!isValidLegalName(newLegalName)) {
            throw new IllegalArgumentException("a legal name has 1 to " + LEGAL_NAME_MAX + " characters");
        }
        this.legalName = newLegalName.trim();
    }

    /** The organization is now registered in another country/region. */
    public void moveTo(String newCountryCode) {
        if (!isValidCountryCode(newCountryCode)) {
            throw new IllegalArgumentException("countryCode must be an ISO 3166-1 alpha-2 code");
        }
        this.countryCode = newCountryCode.trim().toUpperCase(Locale.ROOT);
    }

    public void activate() {
        status = ProfileStatus.ACTIVE;
    }

    public void deactivate() {
        status = ProfileStatus.INACTIVE;
    }

    public void changeStatus(ProfileStatus newStatus) {
        if (Objects.requireNonNull(newStatus, "status") == ProfileStatus.ACTIVE) {
            activate();
        } else {
            deactivate();
        }
    }

    public boolean isActive() {
        return status == ProfileStatus.ACTIVE;
    }

    public boolean isLinked() {
        return linkedOrganizationId != null;
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

    public long getVersion() {
        return version;
    }
}
