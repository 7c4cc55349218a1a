package org.channelcenter.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.control.BillingAccess;
import org.channelcenter.billing.control.CreditPositions;
import org.channelcenter.billing.control.Money;
import org.channelcenter.billing.control.Prices;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.billing.entity.BillingRefusedException.Reason;
import org.channelcenter.billing.entity.CreditAccount;
import org.channelcenter.commerce.boundary.OfferChoice;
import org.channelcenter.commerce.control.OrderCredit;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.Partnership;

/**
 * Credit (issue 17, point 4, Billing › Credit on both sides). A provider gives each of its resellers a credit limit
 * (a currency and an amount in its digits) and payment terms in days, and reads its resellers' credit: limit,
 * terms, balance and hold. A reseller reads its credit with each of its providers, the reason for any hold (the
 * overdue invoices), and what a planned order would do to it. Only billing admins and global admins of the own
 * organization reach it, for partners in an active partnership; any other partner is refused as not found and
 * audited. Changes are audited. The rule itself, which orders obey, is {@link CreditPositions}'.
 */
@Stateless
@RolesAllowed({Role.Names.GLOBAL_ADMIN, Role.Names.BILLING_ADMIN})
public class CreditAccounts {

    private static final String RESELLERS =
            " from Partnership p where p.provider.id = :own and p.activePair is not null";

    private static final String PROVIDERS =
            " from Partnership p where p.reseller.id = :own and p.activePair is not null";

    private static final String RESELLER_FILTER = " and lower(p.reseller.name) like :pattern escape '\\'";

    private static final String PROVIDER_FILTER = " and lower(p.provider.name) like :pattern escape '\\'";

    @Inject
    BillingAccess access;

    @Inject
    CreditPositions positions;

    @Inject
    AuditTrail trail;

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    /** How many resellers the provider is in an active partnership with, filtered by name. */
    public long countResellers(String filter) {
        Caller caller = requireProvider("credit of its resellers");
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        return partners("select count(p)", RESELLERS, RESELLER_FILTER, caller, request, Long.class, "")
                .getSingleResult();
    }

    /** One page of the provider's resellers' credit today, by reseller name (one position per row of the page). */
    public List<CreditPosition> findResellers(@NotNull PageRequest request) {
        Caller caller = requireProvider("credit of its resellers");
        LocalDate today = Prices.today();
        return partners(
                        "select p.reseller.id",
                        RESELLERS,
                        RESELLER_FILTER,
                        caller,
                        request,
                        Long.class,
                        " order by p.reseller.name, p.reseller.id")
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultStream()
                .map(reseller -> positions.position(caller.organizationId(), reseller, today))
                .toList();
    }

    /** One reseller's credit with the caller's provider today. */
    public CreditPosition resellerCredit(long resellerId) {
        Caller caller = requireReseller(resellerId, "read");
        return positions.position(caller.organizationId(), resellerId, Prices.today());
    }

    /**
     * Sets the reseller's credit limit ({@code limit} in the currency's digits, zero or more) and payment terms (0
     * to 365 days); audited. Terms apply to invoices issued from now on.
     */
    public CreditPosition setCredit(
            long resellerId, @NotNull String currency, @NotNull BigDecimal limit, int termsDays) {
        Caller caller = requireReseller(resellerId, "change");
        String code = currency.trim().toUpperCase(java.util.Locale.ROOT);
        if (!knownCurrency(code) || !Money.fits(limit, code)) {
            throw new BillingRefusedException(Reason.CREDIT_TERMS);
        }
        CreditAccount account =
                positions.account(caller.organizationId(), resellerId).orElse(null);
        String before = account == null
                ? "no limit, net " + CreditAccount.DEFAULT_TERMS_DAYS
                : account.getLimit().toPlainString() + " " + account.getCurrency() + ", net " + account.getTermsDays();
        if (account == null) {
            account = new CreditAccount(caller.organizationId(), resellerId);
            account.set(code, Money.round(limit, code), termsDays, caller.loginName(), Instant.now());
            em.persist(account);
        } else {
            account.set(code, Money.round(limit, code), termsDays, caller.loginName(), Instant.now());
        }
        trail.record(
                AuditAction.CREDIT_CHANGED,
                "credit of reseller " + resellerId + " with provider " + caller.organizationId(),
                "limit " + Money.round(limit, code).toPlainString() + " " + code + ", net " + termsDays + " (was "
                        + before + ")",
                caller.organizationId(),
                resellerId);
        em.flush();
        return positions.position(caller.organizationId(), resellerId, Prices.today());
    }

    /** How many providers the reseller is in an active partnership with. */
    public long countProviders(String filter) {
        Caller caller = requireOwnReseller();
        PageRequest request = new PageRequest(0, 1, null, true, filter);
        return partners("select count(p)", PROVIDERS, PROVIDER_FILTER, caller, request, Long.class, "")
                .getSingleResult();
    }

    /** One page of the reseller's credit with each provider today, by provider name. */
    public List<CreditPosition> findProviders(@NotNull PageRequest request) {
        Caller caller = requireOwnReseller();
        LocalDate today = Prices.today();
        return partners(
                        "select p.provider.id",
                        PROVIDERS,
                        PROVIDER_FILTER,
                        caller,
                        request,
                        Long.class,
                        " order by p.provider.name, p.provider.id")
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultStream()
                .map(provider -> positions.position(provider, caller.organizationId(), today))
                .toList();
    }

    /** The reseller's credit with one of its providers today: limit, balance and the reason for any hold. */
    public CreditPosition credit(long providerId) {
        Caller caller = requireProvider(providerId, "read");
        return positions.position(providerId, caller.organizationId(), Prices.today());
    }

    /**
     * What ordering {@code quantity} licenses of the offer (a new subscription) today would add to the reseller's
     * balance with the provider, and whether the order would be refused; nothing is written.
     */
    public CreditWhatIf whatIf(long providerId, long offerId, int quantity) {
        Caller caller = requireProvider(providerId, "plan an order against");
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || !offer.isActive() || quantity < 1) {
            throw new BillingRefusedException(Reason.NOT_FOUND);
        }
        LocalDate today = Prices.today();
        CreditPosition position = positions.position(providerId, caller.organizationId(), today);
        Map<String, BigDecimal> charges = positions.orderCharges(
                providerId, caller.organizationId(), List.of(new OrderCredit.Addition(offerId, null, quantity)), today);
        BigDecimal charge = charges.getOrDefault(offer.getCurrency(), BigDecimal.ZERO);
        BigDecimal after = offer.getCurrency().equals(position.currency())
                ? position.balance().add(charge)
                : position.balance();
        BillingRefusedException refusal = positions.refusal(position, charges);
        return new CreditWhatIf(
                offer.getCurrency(), charge, after, position, refusal == null ? null : refusal.reason());
    }

    /** The reseller's providers (active partnerships), by name, for the what-if form (at most one page). */
    public List<BuyerChoice> providerChoices() {
        Caller caller = requireOwnReseller();
        return em.createQuery(
                        "select new org.channelcenter.billing.boundary.BuyerChoice(p.provider.id, p.provider.name)"
                                + PROVIDERS + " order by p.provider.name, p.provider.id",
                        BuyerChoice.class)
                .setParameter("own", caller.organizationId())
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    /** The active offers of the catalog, by name, for the what-if form (at most one page). */
    public List<OfferChoice> offers() {
        requireOwnReseller();
        return em.createQuery(
                        "select new org.channelcenter.commerce.boundary.OfferChoice(o.id, o.name, o.billingCycle,"
                                + " o.unitPrice, o.currency, o.minQuantity, o.maxQuantity) from Offer o"
                                + " where " + CustomerPrices.ACTIVE_OFFER + " order by o.name, o.id",
                        OfferChoice.class)
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList();
    }

    private <T> TypedQuery<T> partners(
            String select,
            String from,
            String filter,
            Caller caller,
            PageRequest request,
            Class<T> type,
            String order) {
        return PageQueries.bindFilter(
                request,
                em.createQuery(select + from + PageQueries.filterClause(request, filter) + order, type)
                        .setParameter("own", caller.organizationId()));
    }

    private static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private Caller requireProvider(String what) {
        return access.require(OrganizationKind.PROVIDER, what);
    }

    private Caller requireOwnReseller() {
        return access.require(OrganizationKind.RESELLER, "credit with its providers");
    }

    /** The provider's own reseller (an active partnership); any other refused as not found, and audited. */
    private Caller requireReseller(long resellerId, String verb) {
        Caller caller = requireProvider("credit of reseller " + resellerId);
        if (!inPartnership(caller.organizationId(), resellerId)) {
            access.denied(
                    caller,
                    "credit of reseller " + resellerId,
                    "credit " + verb + " for a reseller not in partnership with the caller's provider",
                    resellerId);
            throw new BillingRefusedException(Reason.NOT_FOUND);
        }
        return caller;
    }

    /** The reseller's own provider (an active partnership); any other refused as not found, and audited. */
    private Caller requireProvider(long providerId, String verb) {
        Caller caller = requireOwnReseller();
        if (!inPartnership(providerId, caller.organizationId())) {
            access.denied(
                    caller,
                    "credit with provider " + providerId,
                    "credit " + verb + " with a provider not in partnership with the caller's reseller",
                    providerId);
            throw new BillingRefusedException(Reason.NOT_FOUND);
        }
        return caller;
    }

    private boolean inPartnership(long providerId, long resellerId) {
        return !em.createNamedQuery(Partnership.ACTIVE_FOR_PAIR, Partnership.class)
                .setParameter("pair", Partnership.pairKey(providerId, resellerId))
                .getResultList()
                .isEmpty();
    }
}
