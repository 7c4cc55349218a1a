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
import java.util.TreeMap;
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
        Pass pass = new Pass(providerId, resellerId, month, false);
        for (Position at = pass.page(Position.START, each); !at.last(); at = pass.page(at, each)) {
            afterPage.run();
        }
    }

    /**
     * Calls {@code each} for the subscriptions of one page after {@code after} (at most {@link #PAGE} read), and
     * answers where the page ended: what a billing run does in each of its transactions.
     */
    public Position page(long providerId, long resellerId, YearMonth month, Position after, Consumer<Charged> each) {
        return new Pass(providerId, resellerId, month, false).page(after, each);
    }

    /**
     * The pair's charges of the month at the reseller's cost, per currency, as the run will charge them if nothing
     * changes before the month ends (the credit check's "this month's unbilled charges"), without reading every
     * subscription's history: those changed in the month are charged from their histories, a page at a time; every
     * other one has had one state all month, so the active monthly ones are summed by offer in the database (licenses
     * × the cost on the month's first day) and the active annual ones are charged on an anniversary in the month. The
     * same figures as {@link #forEach} summed ({@code BillingRunsIT} compares them), in a few queries over V49's index.
     */
    public Map<String, BigDecimal> projected(long providerId, long resellerId, YearMonth month) {
        Map<String, BigDecimal> total = new TreeMap<>();
        Consumer<Charged> add = charged ->
                charged.cost().forEach(line -> total.merge(charged.currency(), line.amount(), BigDecimal::add));
        Pass changed = new Pass(providerId, resellerId, month, true);
        for (Position at = changed.page(Position.START, add); !at.last(); at = changed.page(at, add)) {
            // the next page of those changed in the month
        }
        LocalDate first = month.atDay(1);
        for (Object[] row : unchanged(
                        "s.offer.id, sum(s.quantity)", BillingCycle.MONTHLY, providerId, resellerId, month)
                .append(" group by s.offer.id")
                .query()) {
            long offerId = (Long) row[0];
            Priced offer = changed.offer(offerId);
            total.merge(
                    offer.currency(),
                    changed.costOn(offerId, first).multiply(BigDecimal.valueOf(((Number) row[1]).longValue())),
                    BigDecimal::add);
        }
        for (Object[] row : unchanged(
                        "s.offer.id, s.createdAt, s.quantity", BillingCycle.ANNUAL, providerId, resellerId, month)
                .query()) {
            LocalDate ordered = LocalDate.ofInstant((Instant) row[1], ZoneOffset.UTC);
            long years = month.getYear() - ordered.getYear();
            LocalDate anniversary = ordered.plusYears(years);
            if (years > 0 && YearMonth.from(anniversary).equals(month)) {
                long offerId = (Long) row[0];
                Priced offer = changed.offer(offerId);
                total.merge(
                        offer.currency(),
                        Money.round(
                                changed.costOn(offerId, anniversary).multiply(BigDecimal.valueOf((Integer) row[2])),
                                offer.currency()),
                        BigDecimal::add);
            }
        }
        return total;
    }

    /** A query over the pair's active subscriptions of that cycle not changed since before the month. */
    private UnchangedQuery unchanged(
            String select, BillingCycle cycle, long providerId, long resellerId, YearMonth month) {
        return new UnchangedQuery(
                new StringBuilder("select ")
                        .append(select)
                        .append(" from Subscription s where s.provider.id = :provider and s.reseller.id = :reseller")
                        .append(" and s.changedAt < :start and s.status = :active and s.offer.billingCycle = :cycle"),
                query -> query.setParameter("provider", providerId)
                        .setParameter("reseller", resellerId)
                        .setParameter("start", start(month))
                        .setParameter("active", SubscriptionStatus.ACTIVE)
                        .setParameter("cycle", cycle));
    }

    /** The text of a query over unchanged subscriptions, and its parameters. */
    private final class UnchangedQuery {

        private final StringBuilder jpql;
        private final Consumer<TypedQuery<Object[]>> parameters;

        UnchangedQuery(StringBuilder jpql, Consumer<TypedQuery<Object[]>> parameters) {
            this.jpql = jpql;
            this.parameters = parameters;
        }

        UnchangedQuery append(String more) {
            jpql.append(more);
            return this;
        }

        List<Object[]> query() {
            TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
            parameters.accept(query);
            return query.getResultList();
        }
    }

    /** One pass over a pair's subscriptions: the rules read once, and the costs of each offer and day as met. */
    private final class Pass {

        private final long providerId;
        private final long resellerId;
        private final YearMonth month;
        private final boolean changedOnly;
        private final PriceResolution book;
        private final Map<Optional<Long>, List<PriceTerm>> customerRules;
        private final Map<Long, Priced> offers = new HashMap<>();
        private final Map<Long, Map<LocalDate, BigDecimal>> costs = new HashMap<>();
        private long pricedCustomer = -1;
        private PriceResolution customerBook;

        /** {@code changedOnly}: only the subscriptions changed in the month. */
        Pass(long providerId, long resellerId, YearMonth month, boolean changedOnly) {
            this.providerId = providerId;
            this.resellerId = resellerId;
            this.month = month;
            this.changedOnly = changedOnly;
            LocalDate last = month.atEndOfMonth();
            this.book = new PriceResolution(rules.terms(providerId, resellerId, last));
            this.customerRules = rules.allTerms(resellerId, last);
        }

        Position page(Position after, Consumer<Charged> each) {
            List<Object[]> page = MonthCharges.this.page(
                    providerId, resellerId, month, changedOnly, after.customerId(), after.subscriptionId());
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

        Priced offer(long offerId) {
            return offers.computeIfAbsent(offerId, MonthCharges.this::priced);
        }

        /** The reseller's cost of the offer on the day, from the provider's books. */
        BigDecimal costOn(long offerId, LocalDate day) {
            Priced offer = offer(offerId);
            return costs.computeIfAbsent(offerId, id -> new HashMap<>())
                    .computeIfAbsent(day, on -> book.price(resellerId, offerId, on, offer.listPrice(), offer.currency())
                            .amount());
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
            Priced offer = offer(offerId);
            Function<LocalDate, BigDecimal> costOn = day -> costOn(offerId, day);
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
    private List<Object[]> page(
            long providerId, long resellerId, YearMonth month, boolean changedOnly, long afterCustomer, long afterId) {
        String changed = changedOnly ? " and s.changedAt >= :start" : "";
        List<Object[]> page = new ArrayList<>(subscriptions(
                        "s.customer.id = :customer and s.id > :afterId" + changed, providerId, resellerId, month, PAGE)
                .setParameter("customer", afterCustomer)
                .setParameter("afterId", afterId)
                .getResultList());
        if (page.size() < PAGE) {
            page.addAll(subscriptions(
                            "s.customer.id > :customer" + changed, providerId, resellerId, month, PAGE - page.size())
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
