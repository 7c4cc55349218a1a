package org.channelcenter.partnership.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * A provider's invitation to a reseller to authorize it as indirect provider (SPEC §5). Anyone holding the
 * link may open it; only an admin of an approved reseller may accept it, once.
 */
@Entity
@Table(name = "partnership_invitation")
@NamedQuery(
        name = PartnershipInvitation.BY_HASH,
        query = "select i from PartnershipInvitation i"
                + " join fetch i.provider join fetch i.invitedBy where i.tokenHash = :hash")
public class PartnershipInvitation extends Invitation {

    public static final String BY_HASH = "PartnershipInvitation.byHash";

    /** Words its refusals ({@code partnership.refused.*}) and names it in the audit trail. */
    public static final String KIND = "partnership";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Organization provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invited_by_user_id", nullable = false, updatable = false)
    private UserAccount invitedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reseller_id")
    private Organization reseller;

    protected PartnershipInvitation() {
        // for JPA
    }

    public PartnershipInvitation(UserAccount invitedBy, InvitationLetter letter, String tokenHash, Instant now) {
        super(letter, tokenHash, now);
        this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
        this.provider = invitedBy.getOrganization();
        if (provider.getKind() != OrganizationKind.PROVIDER) {
            throw new IllegalArgumentException("only a provider invites resellers");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * The reseller authorizes the provider: the invitation is spent and the partnership begins. The
     * caller checked the reseller's admin and that no active partnership exists for the pair.
     */
    public Partnership accept(Organization acceptingReseller, String byLogin, Instant now) {
        markAccepted(byLogin, now);
        this.reseller = acceptingReseller;
        return new Partnership(provider, acceptingReseller, this, byLogin, now);
    }

    public Organization getProvider() {
        return provider;
    }

    public UserAccount getInvitedBy() {
        return invitedBy;
    }

    /** The reseller that accepted, once accepted. */
    public Organization getReseller() {
        return reseller;
    }
}
