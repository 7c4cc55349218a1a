package org.channelcenter.customer.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.OrganizationKind;

/**
 * A reseller's invitation to a customer (SPEC §6): a relationship with the reseller alone ("Request a reseller
 * relationship"), or with the reseller and one of its providers ("Invite new customers"). Anyone holding the
 * link may open it; only a global admin of a customer directory may accept it, once.
 */
@Entity
@Table(name = "customer_invitation")
@NamedQuery(
        name = CustomerInvitation.BY_HASH,
        query = "select i from CustomerInvitation i"
                + " join fetch i.reseller left join fetch i.provider join fetch i.invitedBy where i.tokenHash = :hash")
public class CustomerInvitation extends Invitation {

    public static final String BY_HASH = "CustomerInvitation.byHash";

    /** Words its refusals ({@code customer.refused.*}) and names it in the audit trail. */
    public static final String KIND = "customer";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reseller_id", nullable = false, updatable = false)
    private Organization reseller;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id", updatable = false)
    private Organization provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invited_by_user_id", nullable = false, updatable = false)
    private UserAccount invitedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Organization customer;

    protected CustomerInvitation() {
        // for JPA
    }

    /**
     * An invitation from {@code invitedBy}'s reseller; {@code provider} is null for a relationship with the
     * reseller only. The caller checked that the reseller and the provider are partners.
     */
    public CustomerInvitation(
            UserAccount invitedBy, Organization provider, InvitationLetter letter, String tokenHash, Instant now) {
        super(letter, tokenHash, now);
        this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy");
        this.reseller = invitedBy.getOrganization();
        if (reseller.getKind() != OrganizationKind.RESELLER) {
            throw new IllegalArgumentException("only a reseller invites customers");
        }
        if (provider != null && provider.getKind() != OrganizationKind.PROVIDER) {
            throw new IllegalArgumentException(
                    "a customer is invited together with a provider, not " + provider.getKind());
        }
        this.provider = provider;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The partners the customer grants a relationship to: the reseller, then the provider if any. */
    public List<Organization> partners() {
        List<Organization> partners = new ArrayList<>(2);
        partners.add(reseller);
        if (provider != null) {
            partners.add(provider);
        }
        return partners;
    }

    /**
     * The customer's global admin accepts: the invitation is spent and a relationship begins with every
     * partner the customer is not yet related to ({@code alreadyRelated} says which). Refused when there is
     * none left to create.
     */
    public List<CustomerRelationship> accept(
            Organization acceptingCustomer, Predicate<Organization> alreadyRelated, String byLogin, Instant now) {
        checkUsableAt(now);
        List<CustomerRelationship> relationships = partners().stream()
                .filter(partner -> !alreadyRelated.test(partner))
                .map(partner -> new CustomerRelationship(acceptingCustomer, partner, reseller, this, byLogin, now))
                .toList();
        if (relationships.isEmpty()) {
            throw new CustomerRefusedException(CustomerRefusedException.Reason.ALREADY_RELATED);
        }
        markAccepted(byLogin, now);
        this.customer = acceptingCustomer;
        return relationships;
    }

    public Organization getReseller() {
        return reseller;
    }

    /** The provider invited together with the reseller, or null. */
    public Organization getProvider() {
        return provider;
    }

    public UserAccount getInvitedBy() {
        return invitedBy;
    }

    /** The customer that accepted, once accepted. */
    public Organization getCustomer() {
        return customer;
    }
}
