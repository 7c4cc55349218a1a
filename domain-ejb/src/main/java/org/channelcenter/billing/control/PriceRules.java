package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.channelcenter.billing.entity.PriceRule;
import org.channelcenter.billing.entity.PriceTerm;
import org.channelcenter.kernel.boundary.PageRequest;

/**
 * Reads and adds price rules (each read uses the index {@code (seller_id, buyer_id, effective_from, id)} of V43).
 * A seller's rules for one buyer are its own book; those with no buyer its default. Derby cannot type a
 * "? is null" parameter, so the default book is asked with {@code is null} written out.
 */
@Dependent
public class PriceRules {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    public void add(PriceRule rule) {
        em.persist(rule);
        em.flush();
    }

    /** The seller's rules for the buyer (null: none) and its default ones, in effect by the day. */
    public List<PriceTerm> terms(long sellerId, Long buyerId, LocalDate upTo) {
        return query(
                        "select r from PriceRule r where r.sellerId = :seller and r.effectiveFrom <= :day and ("
                                + (buyerId == null ? "" : "r.buyerId = :buyer or ")
                                + "r.buyerId is null)",
                        buyerId)
                .setParameter("seller", sellerId)
                .setParameter("day", upTo)
                .getResultStream()
                .map(PriceRule::term)
                .toList();
    }

    /** As {@link #terms(long, Long, LocalDate)} for several sellers at once (a reseller's providers), by seller. */
    public Map<Long, List<PriceTerm>> terms(Collection<Long> sellerIds, long buyerId, LocalDate upTo) {
        if (sellerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select r from PriceRule r where r.sellerId in :sellers and r.effectiveFrom <= :day"
                                + " and (r.buyerId = :buyer or r.buyerId is null)",
                        PriceRule.class)
                .setParameter("sellers", sellerIds)
                .setParameter("day", upTo)
                .setParameter("buyer", buyerId)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        PriceRule::getSellerId, Collectors.mapping(PriceRule::term, Collectors.toList())));
    }

    /** All the seller's rules in effect by the day, for every buyer and its default ones (null), by buyer. */
    public Map<Optional<Long>, List<PriceTerm>> allTerms(long sellerId, LocalDate upTo) {
        return em.createQuery(
                        "select r from PriceRule r where r.sellerId = :seller and r.effectiveFrom <= :day",
                        PriceRule.class)
                .setParameter("seller", sellerId)
                .setParameter("day", upTo)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        rule -> Optional.ofNullable(rule.getBuyerId()),
                        Collectors.mapping(PriceRule::term, Collectors.toList())));
    }

    /** How many rules the book (the buyer's, or with null the default) ever had. */
    public long count(long sellerId, Long buyerId) {
        return query(
                        "select count(r) from PriceRule r where r.sellerId = :seller and " + buyer(buyerId),
                        buyerId,
                        Long.class)
                .setParameter("seller", sellerId)
                .getSingleResult();
    }

    /** One page of the book's rules, the latest effective day first (then the rule added last). */
    public List<PriceRule> history(long sellerId, Long buyerId, PageRequest request) {
        return query(
                        "select r from PriceRule r where r.sellerId = :seller and " + buyer(buyerId)
                                + " order by r.effectiveFrom desc, r.id desc",
                        buyerId)
                .setParameter("seller", sellerId)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    private static String buyer(Long buyerId) {
        return buyerId == null ? "r.buyerId is null" : "r.buyerId = :buyer";
    }

    private TypedQuery<PriceRule> query(String jpql, Long buyerId) {
        return query(jpql, buyerId, PriceRule.class);
    }

    private <T> TypedQuery<T> query(String jpql, Long buyerId, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        return buyerId == null ? query : query.setParameter("buyer", buyerId);
    }
}
