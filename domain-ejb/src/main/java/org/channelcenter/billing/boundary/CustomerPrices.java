package org.channelcenter.billing.boundary;

import static org.channelcenter.billing.entity.PriceRefusedException.Reason.CUSTOMER_NOT_FOUND;
import static org.channelcenter.billing.entity.PriceRefusedException.Reason.OFFER_UNKNOWN;
import static org.channelcenter.billing.entity.PriceRefusedException.Reason.PROVIDER_NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.control.BillingAccess;
import org.channelcenter.billing.control.PriceResolution;
import org.channelcenter.billing.control.PriceResolution.Price;
import org.channelcenter.billing.control.PriceRules;
import org.channelcenter.billing.control.Prices;
import org.channelcenter.billing.control.RuleBooks;
import org.channelcenter.billing.entity.PriceRefusedException;
import org.channelcenter.billing.entity.PriceTerm;
import org.channelcenter.commerce.boundary.OfferChoice;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.Partnership;

/**
 * A reseller's prices (issue 17, Billing › Prices): its cost of each offer from each of its providers (their price
 * books), its default customer prices (a dated markup over cost, or rules per offer) and the margin, side by side;
 * and its prices for one customer (dated rules per customer and offer, over the default). A null customer id is
 * the default. Adding a rule never changes a past day's price, and is audited. Only the reseller's billing admins
 * and global admins reach it; a provider or a customer that is not the reseller's is refused as not found, and
 * audited.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.BILLING_ADMIN})
public class CustomerPrices {

    /**
     * offer.active is a Derby BOOLEAN, which EclipseLink compares with a bound integer once the query has other
     * parameters ("o.active = true" fails on Derby): read as 0/1 in SQL, as the offer catalog does.
     */
    static final String ACTIVE_OFFER = "sql('CASE WHEN ? THEN 1 ELSE 0 END', o.active) = 1";

    private static final String ACTIVE_PARTNERSHIP = "p.reseller.id = :reseller and p.status ="
            + " org.channelcenter.partnership.entity.PartnershipStatus.ACTIVE and " + ACTIVE_OFFER;

    private static final String OFFER_FILTER = " and lower(o.name) like :pattern escape '\\'";

    private static final String CUSTOMER_FILTER = " and lower(r.customerName) like :pattern escape '\\'";

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

    /** How many (provider, active offer) pairs the reseller buys from, filtered by offer name. */
    public long countOffers(String filter) {
        Caller caller = requireReseller();
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        return PageQueries.bindFilter(
                        request,
                        em.createQuery(
                                        "select count(o) from Partnership p, Offer o where " + ACTIVE_PARTNERSHIP
                                                + PageQueries.filterClause(request, OFFER_FILTER),
                                        Long.class)
                                .setParameter("reseller", caller.organizationId()))
                .getSingleResult();
    }

    /**
     * One page of the offers from each provider today: list price, the reseller's cost, the customer's price (null
     * customer: the default customer price) and the margin. Three queries per page, whatever its size: the page, its
     * providers' rules, the reseller's rules for the customer and its default ones.
     */
    public List<OfferPriceRow> findOffers(@NotNull PageRequest request, Long customerId) {
        Caller caller = requireReseller();
        requireOwnCustomer(caller, customerId, "read");
        LocalDate day = Prices.today();
        List<Object[]> page = PageQueries.bindFilter(
                        request,
                        em.createQuery(
                                        "select p.provider, o from Partnership p, Offer o where " + ACTIVE_PARTNERSHIP
                                                + PageQueries.filterClause(request, OFFER_FILTER)
                                                + " order by o.name, o.id, p.provider.name, p.provider.id",
                                        Object[].class)
                                .setParameter("reseller", caller.organizationId()))
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        List<Long> providerIds = page.stream()
                .map(row -> ((Organization) row[0]).getId())
                .distinct()
                .toList();
        Map<Long, List<PriceTerm>> books = rules.terms(providerIds, caller.organizationId(), day);
        PriceResolution markup = new PriceResolution(rules.terms(caller.organizationId(), customerId, day));
        return page.stream()
                .map(row -> {
                    Organization provider = (Organization) row[0];
                    Offer offer = (Offer) row[1];
                    Price cost = new PriceResolution(books.getOrDefault(provider.getId(), List.of()))
                            .price(
                                    caller.organizationId(),
                                    offer.getId(),
                                    day,
                                    offer.getUnitPrice(),
                                    offer.getCurrency());
                    BigDecimal price = markup.price(customerId, offer.getId(), day, cost.amount(), offer.getCurrency())
                            .amount();
                    return new OfferPriceRow(
                            provider.getId(),
                            provider.getName(),
                            offer.getId(),
                            offer.getName(),
                            offer.getCurrency(),
                            offer.getUnitPrice(),
                            cost.amount(),
                            cost.source(),
                            price,
                            price.subtract(cost.amount()));
                })
                .toList();
    }

    /** The active offers of the catalog, by name, for the rule form's choice (at most one page). */
    public List<OfferChoice> offers() {
        requireReseller();
        return em.createQuery(
                        "select new org.channelcenter.commerce.boundary.OfferChoice(o.id, o.name, o.billingCycle,"
                                + " o.unitPrice, o.currency, o.minQuantity, o.maxQuantity) from Offer o"
                                + " where " + ACTIVE_OFFER + " order by o.name, o.id",
                        OfferChoice.class)
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    /** How many customers the reseller has an active relationship with, filtered by name. */
    public long countCustomers(String filter) {
        Caller caller = requireReseller();
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        return customers("select count(r)", caller, request, Long.class).getSingleResult();
    }

    /** One page of the reseller's customers, by name (read from the partner index of customer_relationship). */
    public List<BuyerChoice> findCustomers(@NotNull PageRequest request) {
        Caller caller = requireReseller();
        return customers(
                        "select new org.channelcenter.billing.boundary.BuyerChoice(r.customerId, r.customerName)",
                        caller,
                        request,
                        BuyerChoice.class,
                        " order by r.customerName, r.id")
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    /** The rules in effect today of the customer's prices (null: the default prices). */
    public List<PriceRuleRow> rulesInEffect(Long customerId) {
        Caller caller = requireCustomer(customerId, "read");
        return books.inEffect(caller.organizationId(), customerId);
    }

    public long countRules(Long customerId) {
        Caller caller = requireCustomer(customerId, "read");
        return rules.count(caller.organizationId(), customerId);
    }

    /** One page of the history of the customer's prices (null: the default), the latest effective day first. */
    public List<PriceRuleRow> findRules(Long customerId, @NotNull PageRequest request) {
        Caller caller = requireCustomer(customerId, "read");
        return books.rows(rules.history(caller.organizationId(), customerId, request));
    }

    /** Adds a dated rule to the customer's prices (null: the default; audited); refused writing nothing. */
    public PriceRuleRow addRule(Long customerId, @NotNull @Valid NewPriceRule rule) {
        Caller caller = requireCustomer(customerId, "change");
        return books.add(
                caller, customerId, rule, AuditAction.CUSTOMER_PRICE_RULE_ADDED, pricesName(caller, customerId));
    }

    /** The reseller's cost of the offer from that provider on the day. */
    public PriceQuote cost(long providerId, long offerId, @NotNull LocalDate day) {
        Caller caller = requireProvider(providerId);
        Offer offer = offer(offerId);
        Price cost = prices.resellerCost(providerId, caller.organizationId(), offer, day);
        return new PriceQuote(offerId, day, offer.getCurrency(), cost.amount(), cost.source());
    }

    /** The customer's price (null: the default price) of the offer bought through that provider on the day. */
    public PriceQuote customerPrice(long providerId, Long customerId, long offerId, @NotNull LocalDate day) {
        Caller caller = requireProvider(providerId);
        requireOwnCustomer(caller, customerId, "read");
        Offer offer = offer(offerId);
        Price price = prices.customerPrice(providerId, caller.organizationId(), customerId, offer, day);
        return new PriceQuote(offerId, day, offer.getCurrency(), price.amount(), price.source());
    }

    private Offer offer(long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null) {
            throw new PriceRefusedException(OFFER_UNKNOWN);
        }
        return offer;
    }

    private <T> TypedQuery<T> customers(String select, Caller caller, PageRequest request, Class<T> type) {
        return customers(select, caller, request, type, "");
    }

    private <T> TypedQuery<T> customers(
            String select, Caller caller, PageRequest request, Class<T> type, String order) {
        return PageQueries.bindFilter(
                request,
                em.createQuery(
                                select + " from CustomerRelationship r where r.partner.id = :reseller and r.status ="
                                        + " org.channelcenter.customer.entity.RelationshipStatus.ACTIVE"
                                        + PageQueries.filterClause(request, CUSTOMER_FILTER) + order,
                                type)
                        .setParameter("reseller", caller.organizationId()));
    }

    private Caller requireReseller() {
        return access.require(OrganizationKind.RESELLER, "customer prices");
    }

    /** The reseller's own provider (an active partnership); any other refused as not found, and audited. */
    private Caller requireProvider(long providerId) {
        Caller caller = requireReseller();
        if (em.createNamedQuery(Partnership.ACTIVE_FOR_PAIR, Partnership.class)
                .setParameter("pair", Partnership.pairKey(providerId, caller.organizationId()))
                .getResultList()
                .isEmpty()) {
            access.denied(
                    caller,
                    "price book of provider " + providerId,
                    "a reseller's cost from a provider not in partnership with it",
                    providerId);
            throw new PriceRefusedException(PROVIDER_NOT_FOUND);
        }
        return caller;
    }

    private Caller requireCustomer(Long customerId, String verb) {
        Caller caller = requireReseller();
        requireOwnCustomer(caller, customerId, verb);
        return caller;
    }

    private void requireOwnCustomer(Caller caller, Long customerId, String verb) {
        if (customerId != null
                && em.createNamedQuery(CustomerRelationship.ACTIVE_FOR_PAIR, CustomerRelationship.class)
                        .setParameter("pair", CustomerRelationship.pairKey(customerId, caller.organizationId()))
                        .getResultList()
                        .isEmpty()) {
            access.denied(
                    caller,
                    pricesName(null, customerId),
                    "customer prices " + verb + " for a customer without a relationship with the caller's reseller",
                    customerId);
            throw new PriceRefusedException(CUSTOMER_NOT_FOUND);
        }
    }

    private static String pricesName(Caller caller, Long customerId) {
        String owner = caller == null ? "" : " of reseller " + caller.organizationId();
        return (customerId == null ? "default customer prices" : "prices for customer " + customerId) + owner;
    }
}
