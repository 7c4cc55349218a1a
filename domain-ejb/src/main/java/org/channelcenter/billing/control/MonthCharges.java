package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.channelcenter.billing.entity.ChargeLine;
import org.channelcenter.billing.entity.PriceTerm;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.commerce.entity.SubscriptionStatus;

/**
 * The charges of one provider's subscriptions through one reseller in one month (issue 17, point 2): for each
 * subscription, its lines at the reseller's cost (the provider's book) and the same periods at the customer's price
 * (the reseller's prices), from its history ({@link SubscriptionCharges}). A month not over yet is charged as if
 * every subscription stayed as it is to the month's end: the unbilled charges the credit check counts.
 *
 * <p>Subscriptions are read a page at a time in (customer, id) order over V46's index, with their histories in one
 * query per page, so memory holds one page whatever the reseller's size; the rules are read once per call.
 */
@Dependent
public class MonthCharges {

    /** Subscriptions read, and charged, per page. */
    static final int PAGE = 500;

    /** One subscription's charges in the month, the cost and price lines in the same order, period by period. */
    public record Charged(
            long subscriptionId,
            long customerId,
            long offerId,
            String currency,
            List<ChargeLine> cost,
            List<ChargeLine> price) {}

    /** What charging needs of an offer, read once per call. */
    private record Priced(String currency, BillingCycle cycle, BigDecimal listPrice) {}

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    PriceRules rules;

    /**
     * Where a page of charges ended, in (customer, id) order: the last subscription read, and whether there is no
     * more. A billing run keeps it on its row between transactions.
     */
    public record Position(long customerId, long subscriptionId, boolean last) {

        /** Before the pair's first subscription. */
        public static final Position START = new Position(-1, -1, false);
    }

    /**
     * Calls {@code each} for every subscription of the pair with a charge in the month, in (customer, id) order,
     * and {@code afterPage} after each page (where a caller may let go of what it holds).
     */
    public void forEach(long providerId, long resellerId, YearMonth month, Consumer<Charged> each, Runnable afterPage) {
        Pass pass = new Pass(providerId, resellerId, month);
        for (Position at = pass.page(Position.START, each); !at.last(); at = pass.page(at, each)) {
            afterPage.run();
        }
    }

    /**
     * Calls {@code each} for the subscriptions of one page after {@code after} (at most {@link #PAGE} read), and
     * answers where the page ended: what a billing run does in each of its transactions.
     */
    public Position page(long providerId, long resellerId, YearMonth month, Position after, Consumer<Charged> each) {
        return new Pass(providerId, resellerId, month).page(after, each);
    }

    /** One pass over a pair's subscriptions: the rules read once, and the costs of each offer and day as met. */
    private final class Pass {

        private final long providerId;
        private final long resellerId;
        private final YearMonth month;
        private final PriceResolution book;
        private final Map<Optional<Long>, List<PriceTerm>> customerRules;
        private final Map<Long, Priced> offers = new HashMap<>();
        private final Map<Long, Map<LocalDate, BigDecimal>> costs = new HashMap<>();
        private long pricedCustomer = -1;
        private PriceResolution customerBook;

        Pass(long providerId, long resellerId, YearMonth month) {
            this.providerId = providerId;
            this.resellerId = resellerId;
            this.month = month;
            LocalDate last = month.atEndOfMonth();
            this.book = new PriceResolution(rules.terms(providerId, resellerId, last));
            this.customerRules = rules.allTerms(resellerId, last);
        }

        Position page(Position after, Consumer<Charged> each) {
            List<Object[]> page =
                    MonthCharges.this.page(providerId, resellerId, month, after.customerId(), after.subscriptionId());
            if (page.isEmpty()) {
                return new Position(after.customerId(), after.subscriptionId(), true);
            }
            Map<Long, List<SubscriptionCharges.Change>> histories = histories(page, month);
            for (Object[] row : page) {
                charge((Long) row[0], (Long) row[1], (Long) row[2], histories, each);
            }
            Object[] lastRow = page.get(page.size() - 1);
            return new Position((Long) lastRow[1], (Long) lastRow[0], page.size() < PAGE);
        }

        private void charge(
                long subscriptionId,
                long customerId,
                long offerId,
                Map<Long, List<SubscriptionCharges.Change>> histories,
                Consumer<Charged> each) {
            if (customerId != pricedCustomer) {
                pricedCustomer = customerId;
                customerBook = customerBook(customerRules, customerId);
            }
            Priced offer = offers.computeIfAbsent(offerId, MonthCharges.this::priced);
            Map<LocalDate, BigDecimal> offerCosts = costs.computeIfAbsent(offerId, id -> new HashMap<>());
            Function<LocalDate, BigDecimal> costOn = day -> offerCosts.computeIfAbsent(
                    day, on -> book.price(resellerId, offerId, on, offer.listPrice(), offer.currency())
                            .amount());
            PriceResolution prices = customerBook;
            Function<LocalDate, BigDecimal> priceOn =
                    day -> prices.price(customerId, offerId, day, costOn.apply(day), offer.currency())
                            .amount();
            List<SubscriptionCharges.Change> history = histories.getOrDefault(subscriptionId, List.of());
            List<ChargeLine> cost = lines(new SubscriptionCharges(offer.currency(), costOn), offer, history, month);
            if (!cost.isEmpty()) {
                List<ChargeLine> price =
                        lines(new SubscriptionCharges(offer.currency(), priceOn), offer, history, month);
                each.accept(new Charged(subscriptionId, customerId, offerId, offer.currency(), cost, price));
            }
        }
    }

    private static List<ChargeLine> lines(
            SubscriptionCharges charges, Priced offer, List<SubscriptionCharges.Change> history, YearMonth month) {
        return offer.cycle() == BillingCycle.ANNUAL ? charges.annual(history, month) : charges.monthly(history, month);
    }

    /** The customer's own rules and the reseller's default ones. */
    private static PriceResolution customerBook(Map<Optional<Long>, List<PriceTerm>> rules, long customerId) {
        List<PriceTerm> terms = new ArrayList<>(rules.getOrDefault(Optional.of(customerId), List.of()));
        terms.addAll(rules.getOrDefault(Optional.empty(), List.of()));
        return new PriceResolution(terms);
    }

    private Priced priced(long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        return new Priced(offer.getCurrency(), offer.getBillingCycle(), offer.getUnitPrice());
    }

    /**
     * The next page of the pair's subscriptions that can have a charge in the month (ordered before it ends, and not
     * cancelled before it starts), after the given one in (customer, id) order: the rest of that customer's, then
     * the next customers'. Two queries rather than one with {@code (customer > c or (customer = c and id > i))},
     * because each is one range of V46's index where the OR made Derby read the pair's whole range for every page.
     */
    private List<Object[]> page(long providerId, long resellerId, YearMonth month, long afterCustomer, long afterId) {
        List<Object[]> page = new ArrayList<>(
                subscriptions("s.customer.id = :customer and s.id > :afterId", providerId, resellerId, month, PAGE)
                        .setParameter("customer", afterCustomer)
                        .setParameter("afterId", afterId)
                        .getResultList());
        if (page.size() < PAGE) {
            page.addAll(subscriptions("s.customer.id > :customer", providerId, resellerId, month, PAGE - page.size())
                    .setParameter("customer", afterCustomer)
                    .getResultList());
        }
        return page;
    }

    private TypedQuery<Object[]> subscriptions(
            String after, long providerId, long resellerId, YearMonth month, int size) {
        return em.createQuery(
                        "select s.id, s.customer.id, s.offer.id from Subscription s"
                                + " where s.provider.id = :provider and s.reseller.id = :reseller and " + after
                                + " and s.createdAt < :end and (s.status <> :cancelled or s.changedAt >= :start)"
                                + " order by s.customer.id, s.id",
                        Object[].class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .setParameter("end", start(month.plusMonths(1)))
                .setParameter("start", start(month))
                .setParameter("cancelled", SubscriptionStatus.CANCELLED)
                .setMaxResults(size);
    }

    /** The page's histories up to the month's end, each in order, in one query. */
    private Map<Long, List<SubscriptionCharges.Change>> histories(List<Object[]> page, YearMonth month) {
        List<Long> ids = page.stream().map(row -> (Long) row[0]).toList();
        Map<Long, List<SubscriptionCharges.Change>> histories = new LinkedHashMap<>();
        em.createQuery(
                        "select c.subscription.id, c.changedAt, c.quantity, c.status from SubscriptionChange c"
                                + " where c.subscription.id in :ids and c.changedAt < :end"
                                + " order by c.subscription.id, c.changedAt, c.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("end", start(month.plusMonths(1)))
                .getResultStream()
                .forEach(row -> histories
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new SubscriptionCharges.Change(
                                LocalDate.ofInstant((Instant) row[1], ZoneOffset.UTC),
                                (Integer) row[2],
                                row[3] == SubscriptionStatus.ACTIVE)));
        return histories;
    }

    /** The first instant of the month (billing days are UTC days). */
    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
