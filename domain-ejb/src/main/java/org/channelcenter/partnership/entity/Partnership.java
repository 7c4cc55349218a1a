package org.channelcenter.partnership.entity;

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
import java.time.Instant;
import java.util.Objects;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * A provider and a reseller working together (SPEC §5). At most one ACTIVE partnership per pair: the
 * column {@code active_pair} holds "provider:reseller" while active and nothing once ended, and carries a
 * unique constraint (databases treat NULLs as distinct), so even two simultaneous acceptances cannot
 * create a second one. Ending keeps the row, with who ended it, when and why.
 */
@Entity
@Table(name = "partnership")
@NamedQuery(name = Partnership.ACTIVE_FOR_PAIR, query = "select p from Partnership p" + " where p.activePair = :pair")
public class Partnership {

    public static final String ACTIVE_FOR_PAIR = "Partnership.activeForPair";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Organization provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reseller_id", nullable = false, updatable = false)
    private Organization reseller;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id", updatable = false)
    private PartnershipInvitation invitation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnershipStatus status;

    @Column(name = "active_pair")
    private String activePair;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ended_by_organization_id")
    private Organization endedByOrganization;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    private long version;

    protected Partnership() {
        // for JPA
    }

    /** A partnership that starts now; {@code invitation} is the accepted one, or null (demo data). */
    public Partnership(
            Organization provider,
            Organization reseller,
            PartnershipInvitation invitation,
            String startedBy,
            Instant now) {
        if (provider.getKind() != OrganizationKind.PROVIDER || reseller.getKind() != OrganizationKind.RESELLER) {
            throw new IllegalArgumentException("a partnership joins a provider and a reseller");
        }
        this.provider = provider;
        this.reseller = reseller;
        this.invitation = invitation;
        this.status = PartnershipStatus.ACTIVE;
        this.activePair = pairKey(provider.getId(), reseller.getId());
        this.startedAt = Objects.requireNonNull(now, "now");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    }

    /** The value of {@code active_pair} for a provider and a reseller, for the "at most one active" rule. */
    public static String pairKey(long providerId, long resellerId) {
        return providerId + ":" + resellerId;
    }

    public boolean isActive() {
        return status == PartnershipStatus.ACTIVE;
    }

    /** True when the organization is one of the two sides. */
    public boolean involves(long organizationId) {
        return provider.getId() == organizationId || reseller.getId() == organizationId;
    }

    /** The side that is not {@code organizationId}. */
    public Organization otherSideOf(long organizationId) {
        return provider.getId() == organizationId ? reseller : provider;
    }

    /** Either side ends the partnership, with a reason the other side is told; the row stays as history. */
    public void end(Organization by, String byLogin, String reason, Instant now) {
        if (!involves(by.getId())) {
            throw new IllegalArgumentException("only one of the two sides can end a partnership");
        }
        if (!isActive()) {
            throw new PartnershipRefusedException(PartnershipRefusedException.Reason.ALREADY_ENDED);
        }
        if (reason == null || reason.isBlank()) {
            throw new PartnershipRefusedException(PartnershipRefusedException.Reason.REASON_REQUIRED);
        }
        status = PartnershipStatus.TERMINATED;
        activePair = null;
        endedAt = now;
        endedBy = byLogin;
        endedByOrganization = by;
        endReason = reason.strip();
    }

    public Long getId() {
        return id;
    }

    public Organization getProvider() {
        return provider;
    }

    public Organization getReseller() {
        return reseller;
    }

    public PartnershipStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Organization getEndedByOrganization() {
        return endedByOrganization;
    }

    public String getEndReason() {
        return endReason;
    }

    public long getVersion() {
        return version;
    }
}
