package org.channelcenter.billing.boundary;

import static org.channelcenter.billing.entity.PriceRefusedException.Reason.OFFER_UNKNOWN;
import static org.channelcenter.billing.entity.PriceRefusedException.Reason.RESELLER_NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.control.BillingAccess;
import org.channelcenter.billing.control.PriceResolution.Price;
import org.channelcenter.billing.control.PriceRules;
import org.channelcenter.billing.control.Prices;
import org.channelcenter.billing.control.RuleBooks;
import org.channelcenter.billing.entity.PriceRefusedException;
import org.channelcenter.commerce.boundary.OfferChoice;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.Partnership;

/**
 * A provider's price books (issue 17, Billing › Price books): its default book, and a book for any reseller in an
 * active partnership with it (a null reseller id is the default book). Each book is dated rules over list price;
 * adding a rule never changes a past day's price, and is audited. Only the provider's billing admins and global
 * admins reach it; a reseller that is not the provider's partner is refused as not found, and audited.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.BILLING_ADMIN})
public class PriceBooks {

    @Inject
    BillingAccess access;

    @Inject
    RuleBooks books;

    @Inject
    PriceRules rules;

    @Inject
    Prices prices;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** The resellers in an active partnership with the caller's provider, by name (at most one page). */
    public List<BuyerChoice> resellers() {
        Caller caller = requireProvider("price books");
        return em.createQuery(
                        "select new org.channelcenter.billing.boundary.BuyerChoice(r.id, r.name) from Partnership p"
                                + " join p.reseller r where p.provider.id = :provider and p.status ="
                                + " org.channelcenter.partnership.entity.PartnershipStatus.ACTIVE"
                                + " order by r.name, r.id",
                        BuyerChoice.class)
                .setParameter("provider", caller.organizationId())
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    /** The active offers of the catalog, by name, for the rule form's choice (at most one page, as for orders). */
    public List<OfferChoice> offers() {
        requireProvider("price books");
        return em.createQuery(
                        "select new org.channelcenter.commerce.boundary.OfferChoice(o.id, o.name, o.billingCycle,"
                                + " o.unitPrice, o.currency, o.minQuantity, o.maxQuantity) from Offer o"
                                + " where " + CustomerPrices.ACTIVE_OFFER + " order by o.name, o.id",
                        OfferChoice.class)
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    /** The book's rules in effect today: the percentage for every offer, and the latest rule of each offer. */
    public List<PriceRuleRow> rulesInEffect(Long resellerId) {
        Caller caller = requireBook(resellerId, "read");
        return books.inEffect(caller.organizationId(), resellerId);
    }

    /** How many rules the book ever had. */
    public long countRules(Long resellerId) {
        Caller caller = requireBook(resellerId, "read");
        return rules.count(caller.organizationId(), resellerId);
    }

    /** One page of the book's history, the latest effective day first. */
    public List<PriceRuleRow> findRules(Long resellerId, @NotNull PageRequest request) {
        Caller caller = requireBook(resellerId, "read");
        return books.rows(rules.history(caller.organizationId(), resellerId, request));
    }

    /** Adds a dated rule to the book (audited); refused as {@code PriceRefusedException}, writing nothing. */
    public PriceRuleRow addRule(Long resellerId, @NotNull @Valid NewPriceRule rule) {
        Caller caller = requireBook(resellerId, "change");
        return books.add(caller, resellerId, rule, AuditAction.PRICE_BOOK_RULE_ADDED, bookName(caller, resellerId));
    }

    /** What the reseller pays the caller's provider for the offer on the day, from its books. */
    public PriceQuote resellerCost(long resellerId, long offerId, @NotNull LocalDate day) {
        Caller caller = requireBook(resellerId, "read");
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null) {
            throw new PriceRefusedException(OFFER_UNKNOWN);
        }
        Price price = prices.resellerCost(caller.organizationId(), resellerId, offer, day);
        return new PriceQuote(offerId, day, offer.getCurrency(), price.amount(), price.source());
    }

    private Caller requireProvider(String what) {
        return access.require(OrganizationKind.PROVIDER, what);
    }

    /** The caller's book for the reseller: its partner's, or (null) the default; any other refused and audited. */
    private Caller requireBook(Long resellerId, String verb) {
        Caller caller = requireProvider(bookName(null, resellerId));
        if (resellerId != null
                && em.createNamedQuery(Partnership.ACTIVE_FOR_PAIR, Partnership.class)
                        .setParameter("pair", Partnership.pairKey(caller.organizationId(), resellerId))
                        .getResultList()
                        .isEmpty()) {
            access.denied(
                    caller,
                    bookName(null, resellerId),
                    "a price book " + verb + " for a reseller not in partnership with the caller's provider",
                    resellerId);
            throw new PriceRefusedException(RESELLER_NOT_FOUND);
        }
        return caller;
    }

    private static String bookName(Caller caller, Long resellerId) {
        String owner = caller == null ? "" : " of provider " + caller.organizationId();
        return (resellerId == null ? "default price book" : "price book for reseller " + resellerId) + owner;
    }
}
