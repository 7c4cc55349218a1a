package org.channelcenter.demo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.commerce.entity.CustomerOrder;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.commerce.entity.Subscription;
import org.channelcenter.customer.entity.CustomerInvitation;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.directory.control.DirectorySuffix;
import org.channelcenter.directory.control.PasswordHashing;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.OrganizationStatus;
import org.channelcenter.directory.entity.PasswordSetup;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.OrganizationProfile;
import org.channelcenter.partnership.entity.Partnership;
import org.channelcenter.partnership.entity.PartnershipInvitation;
import org.channelcenter.partnership.entity.ProviderListing;
import org.channelcenter.partnership.entity.ProviderService;

/**
 * Persists what the builders describe, hashing passwords on the way. Joins the caller's transaction;
 * it has no view in the web tier, only the demo loader and the tests use it.
 */
@Dependent
public class SampleData {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    DirectorySuffix suffix;

    public Organization organization(OrganizationBuilder builder) {
        Organization organization = builder.build(suffix.value(), Instant.now());
        em.persist(organization);
        em.flush(); // identity ids are assigned on insert; callers use the id right away
        return organization;
    }

    public UserAccount user(Organization organization, UserAccountBuilder builder) {
        UserAccount user = builder.build(organization, Instant.now());
        user.changePasswordHash(hashing.hash(builder.password().toCharArray()));
        em.persist(user);
        em.flush();
        return user;
    }

    /** A user who was added but has not chosen a password yet, with a set-password link of that token hash. */
    public UserAccount invitedUser(
            Organization organization, UserAccountBuilder builder, String tokenHash, Instant invitedAt) {
        UserAccount user = builder.build(organization, invitedAt);
        em.persist(user);
        em.persist(new PasswordSetup(user, tokenHash, invitedAt));
        em.flush();
        return user;
    }

    public MembershipAccount membershipAccount(String userName, String password) {
        MembershipAccount account =
                new MembershipAccount(userName, hashing.hash(password.toCharArray()), Instant.now());
        em.persist(account);
        return account;
    }

    public OrganizationProfile profile(
            MembershipAccount account, String networkId, String legalName, String countryCode, boolean active) {
        OrganizationProfile profile = new OrganizationProfile(account, networkId, legalName, countryCode);
        if (!active) {
            profile.deactivate();
        }
        em.persist(profile);
        return profile;
    }

    public Offer offer(String name, String description, BillingCycle cycle, String unitPrice, int min, int max) {
        Offer offer = new Offer(name, description, cycle, new BigDecimal(unitPrice), "USD", min, max);
        em.persist(offer);
        return offer;
    }

    /** A provider directory listing for the provider organization with that id, published or not. */
    public ProviderListing providerListing(
            long providerId,
            String displayName,
            List<String> countryCodes,
            Set<ProviderService> services,
            String website,
            String contactEmail,
            boolean published) {
        return providerListing(
                em.find(Organization.class, providerId),
                displayName,
                countryCodes,
                services,
                website,
                contactEmail,
                published);
    }

    /** For tests: the organization stops working in the portal (its users and listing with it). */
    public void deactivateOrganization(long organizationId) {
        em.createQuery("update Organization o set o.status = :inactive where o.id = :id")
                .setParameter("inactive", OrganizationStatus.INACTIVE)
                .setParameter("id", organizationId)
                .executeUpdate();
    }

    /** A provider directory listing, published or not. */
    public ProviderListing providerListing(
            Organization provider,
            String displayName,
            List<String> countryCodes,
            Set<ProviderService> services,
            String website,
            String contactEmail,
            boolean published) {
        ProviderListing listing = new ProviderListing(
                provider, displayName, countryCodes, services, website, contactEmail, Instant.now());
        if (!published) {
            listing.unpublish(Instant.now());
        }
        em.persist(listing);
        em.flush();
        return listing;
    }

    public boolean offerExists(String name) {
        return !em.createNamedQuery(Offer.BY_NAME, Offer.class)
                .setParameter("name", name)
                .getResultList()
                .isEmpty();
    }

    /** An active partnership between a provider and a reseller, as if an invitation had been accepted. */
    public Partnership partnership(Organization provider, Organization reseller, String startedBy) {
        Partnership partnership = new Partnership(provider, reseller, null, startedBy, Instant.now());
        em.persist(partnership);
        em.flush();
        return partnership;
    }

    /** A pending reseller invitation of that token hash, sent at {@code sentAt} (in the past: already expired). */
    public PartnershipInvitation partnershipInvitation(
            UserAccount inviter, String recipientEmail, String tokenHash, Instant sentAt) {
        PartnershipInvitation invitation = new PartnershipInvitation(
                inviter, new InvitationLetter(recipientEmail, null, Locale.ENGLISH), tokenHash, sentAt);
        em.persist(invitation);
        em.flush();
        return invitation;
    }

    /** An active reseller relationship, as if the customer had accepted an invitation. */
    public CustomerRelationship relationship(
            Organization customer, Organization partner, Organization reseller, String startedBy) {
        CustomerRelationship relationship =
                new CustomerRelationship(customer, partner, reseller, null, startedBy, Instant.now());
        em.persist(relationship);
        em.flush();
        return relationship;
    }

    /** A pending customer invitation of that token hash, sent at {@code sentAt} (in the past: already expired). */
    public CustomerInvitation customerInvitation(
            UserAccount inviter, Organization provider, String recipientEmail, String tokenHash, Instant sentAt) {
        CustomerInvitation invitation = new CustomerInvitation(
                inviter, provider, new InvitationLetter(recipientEmail, null, Locale.ENGLISH), tokenHash, sentAt);
        em.persist(invitation);
        em.flush();
        return invitation;
    }

    /**
     * An order as {@code Orders.place} writes it, fulfilled at once (each line opens the customer's subscription
     * of that offer from this provider and reseller, or adds licenses to the open one), but without the caller's
     * checks: the demo loader and tests call it, never a user. Lines keep the map's order.
     */
    public CustomerOrder order(
            Organization customer,
            Organization provider,
            Organization reseller,
            String placedBy,
            Instant placedAt,
            Map<Offer, Integer> lines) {
        CustomerOrder order = new CustomerOrder(customer, provider, reseller, placedBy, placedAt);
        lines.forEach((offer, quantity) -> {
            Subscription open = em.createNamedQuery(Subscription.OPEN_FOR_KEY, Subscription.class)
                    .setParameter(
                            "key",
                            Subscription.openKey(customer.getId(), offer.getId(), provider.getId(), reseller.getId()))
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (open == null) {
                Subscription created =
                        new Subscription(customer, offer, provider, reseller, quantity, placedBy, placedAt);
                em.persist(created);
                em.persist(created.opened());
                order.add(offer, quantity, created, true);
            } else {
                em.persist(open.addLicenses(quantity, placedBy, placedAt));
                order.add(offer, quantity, open, false);
            }
            em.flush(); // the next line's look-up must see this line's subscription
        });
        em.persist(order);
        em.flush();
        return order;
    }

    /** Suspends the subscription, with its change in the history, as the provider's user did at that time. */
    public void suspend(Subscription subscription, String byLogin, Instant at) {
        em.persist(subscription.suspend(byLogin, at));
    }

    /** The active offer of that name, if the catalog still has one (staff may have withdrawn a demo offer). */
    public Optional<Offer> activeOffer(String name) {
        return em.createNamedQuery(Offer.BY_NAME, Offer.class)
                .setParameter("name", name)
                .getResultStream()
                .filter(Offer::isActive)
                .findFirst();
    }

    /** Whether the customer has any order yet. */
    public boolean hasOrders(Organization customer) {
        return em.createQuery("select count(o) from CustomerOrder o where o.customer = :customer", Long.class)
                        .setParameter("customer", customer)
                        .getSingleResult()
                > 0;
    }

    /** Whether the customer still has an active reseller relationship with the partner. */
    public boolean related(Organization customer, Organization partner) {
        return !em.createNamedQuery(CustomerRelationship.ACTIVE_FOR_PAIR, CustomerRelationship.class)
                .setParameter("pair", CustomerRelationship.pairKey(customer.getId(), partner.getId()))
                .getResultList()
                .isEmpty();
    }

    /** For tests: the customer removes the partner, as on its Partners page (the relationship stays as history). */
    public void removeRelationship(Organization customer, Organization partner, String byLogin) {
        em.createNamedQuery(CustomerRelationship.ACTIVE_FOR_PAIR, CustomerRelationship.class)
                .setParameter("pair", CustomerRelationship.pairKey(customer.getId(), partner.getId()))
                .getSingleResult()
                .remove(byLogin, Instant.now());
        em.flush();
    }

    /** Whether the provider and the reseller still have an active partnership. */
    public boolean partnered(Organization provider, Organization reseller) {
        return !em.createNamedQuery(Partnership.ACTIVE_FOR_PAIR, Partnership.class)
                .setParameter("pair", Partnership.pairKey(provider.getId(), reseller.getId()))
                .getResultList()
                .isEmpty();
    }

    /** The organization of the directory {@code <prefix>.<suffix>}, if there is one. */
    public Optional<Organization> directory(String prefix) {
        return em.createNamedQuery(Organization.BY_DOMAIN, Organization.class)
                .setParameter("domain", prefix + "." + suffix.value())
                .getResultStream()
                .findFirst();
    }

    public Organization organization(long id) {
        return em.find(Organization.class, id);
    }

    public String directorySuffix() {
        return suffix.value();
    }

    public boolean directoryExists(String prefix) {
        return directory(prefix).isPresent();
    }
}
