package org.channelcenter.billing.control;

import static org.channelcenter.billing.entity.PriceRefusedException.Reason.DATE_IN_PAST;
import static org.channelcenter.billing.entity.PriceRefusedException.Reason.OFFER_REQUIRED;
import static org.channelcenter.billing.entity.PriceRefusedException.Reason.OFFER_UNKNOWN;
import static org.channelcenter.billing.entity.PriceRefusedException.Reason.PRICE_PRECISION;
import static org.channelcenter.billing.entity.PriceRefusedException.Reason.VALUE_REQUIRED;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.billing.boundary.NewPriceRule;
import org.channelcenter.billing.boundary.PriceRuleRow;
import org.channelcenter.billing.entity.PriceRefusedException;
import org.channelcenter.billing.entity.PriceRule;
import org.channelcenter.billing.entity.PriceRuleKind;
import org.channelcenter.billing.entity.PriceTerm;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.kernel.boundary.Caller;

/**
 * Adding a rule to a book and listing a book's rules, the same for a provider's price books and a reseller's
 * customer prices: the seller is always the caller's organization, the buyer one the boundary has checked.
 */
@Dependent
public class RuleBooks {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    PriceRules rules;

    @Inject
    AuditTrail audit;

    /**
     * Adds the rule to the caller's book for the buyer (null: its default), audited as {@code action}. Refused
     * (nothing written) for a day before today, an unknown offer, a fixed price without an offer or with more
     * decimals than the offer's currency, or a kind without its value.
     */
    public PriceRuleRow add(Caller caller, Long buyerId, NewPriceRule input, AuditAction action, String book) {
        LocalDate today = Prices.today();
        Offer offer = null;
        if (input.getOfferId() != null) {
            offer = em.find(Offer.class, input.getOfferId());
            if (offer == null) {
                throw new PriceRefusedException(OFFER_UNKNOWN);
            }
        }
        PriceRule rule;
        if (input.getKind() == PriceRuleKind.FIXED_PRICE) {
            if (offer == null) {
                throw new PriceRefusedException(OFFER_REQUIRED);
            }
            if (input.getFixedPrice() == null) {
                throw new PriceRefusedException(VALUE_REQUIRED);
            }
            if (!Money.fits(input.getFixedPrice(), offer.getCurrency())) {
                throw new PriceRefusedException(
                        PRICE_PRECISION, offer.getCurrency(), Money.fractionDigits(offer.getCurrency()));
            }
            rule = PriceRule.fixedPrice(
                    caller.organizationId(),
                    buyerId,
                    offer.getId(),
                    input.getFixedPrice(),
                    input.getEffectiveFrom(),
                    caller.loginName(),
                    Instant.now());
        } else {
            if (input.getPercentage() == null) {
                throw new PriceRefusedException(VALUE_REQUIRED);
            }
            rule = PriceRule.percentage(
                    caller.organizationId(),
                    buyerId,
                    offer == null ? null : offer.getId(),
                    input.getPercentage(),
                    input.getEffectiveFrom(),
                    caller.loginName(),
                    Instant.now());
        }
        if (input.getEffectiveFrom().isBefore(today)) {
            throw new PriceRefusedException(DATE_IN_PAST);
        }
        rules.add(rule);
        Long[] concerned = buyerId == null ? new Long[0] : new Long[] {buyerId};
        audit.record(action, book, rule.describe(), concerned);
        return rows(List.of(rule)).get(0);
    }

    /** The rules as rows, their offers read in one query. */
    public List<PriceRuleRow> rows(List<PriceRule> page) {
        LocalDate today = Prices.today();
        List<Long> offerIds = page.stream()
                .map(PriceRule::getOfferId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, Offer> offers = offerIds.isEmpty()
                ? Map.of()
                : em.createQuery("select o from Offer o where o.id in :ids", Offer.class)
                        .setParameter("ids", offerIds)
                        .getResultStream()
                        .collect(Collectors.toMap(Offer::getId, Function.identity()));
        return page.stream()
                .map(rule -> {
                    Offer offer = rule.getOfferId() == null ? null : offers.get(rule.getOfferId());
                    return new PriceRuleRow(
                            rule.getId(),
                            rule.getOfferId(),
                            offer == null ? null : offer.getName(),
                            offer == null ? null : offer.getCurrency(),
                            rule.kind(),
                            rule.getPercentage(),
                            rule.getFixedPrice(),
                            rule.getEffectiveFrom(),
                            rule.getCreatedAt(),
                            rule.getCreatedBy(),
                            rule.getEffectiveFrom().isAfter(today));
                })
                .toList();
    }

    /** The rules of the book (the buyer's, null: the default) in effect today, as rows. */
    public List<PriceRuleRow> inEffect(long sellerId, Long buyerId) {
        LocalDate today = Prices.today();
        List<PriceTerm> terms = new PriceResolution(rules.terms(sellerId, buyerId, today)).inEffect(buyerId, today);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Long> ids = terms.stream().map(PriceTerm::sequence).toList();
        List<PriceRule> inEffect = em.createQuery("select r from PriceRule r where r.id in :ids", PriceRule.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, PriceRule> byId = inEffect.stream().collect(Collectors.toMap(PriceRule::getId, Function.identity()));
        return rows(ids.stream().map(byId::get).toList());
    }
}
