package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.channelcenter.billing.boundary.CreditPosition;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.billing.entity.BillingRefusedException.Reason;
import org.channelcenter.billing.entity.CreditAccount;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceStatus;
import org.channelcenter.commerce.control.OrderCredit;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.commerce.entity.SubscriptionStatus;
import org.channelcenter.directory.entity.Organization;

/**
 * A reseller's credit with a provider, and the one rule that refuses an order (issue 17, point 4): refused while an
 * issued invoice of the provider is past its due day (credit hold), or when unpaid issued invoices plus this month's
 * unbilled charges plus the order's charge would exceed the limit. Everything is derived from invoices and
 * subscriptions at every call, so a hold starts on the day after a due day and lifts with the last overdue payment,
 * without anyone marking it. It checks nobody's rights (the boundaries and the order do).
 */
@Dependent
public class CreditPositions {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @Inject
    MonthCharges monthCharges;

    @Inject
    Prices prices;

    /** The provider's credit account for the reseller, if it set one. */
    public Optional<CreditAccount> account(long providerId, long resellerId) {
        return Optional.ofNullable(em.find(CreditAccount.class, new CreditAccount.Key(providerId, resellerId)));
    }

    /** The terms an invoice of the provider to the reseller is issued with: the account's, else net 30. */
    public int termsDays(long providerId, long resellerId) {
        return account(providerId, resellerId)
                .map(CreditAccount::getTermsDays)
                .orElse(CreditAccount.DEFAULT_TERMS_DAYS);
    }

    /** The reseller's credit with the provider on the day (UTC). */
    public CreditPosition position(long providerId, long resellerId, LocalDate today) {
        Optional<CreditAccount> account = account(providerId, resellerId);
        Map<String, BigDecimal> unpaid = new TreeMap<>();
        em.createQuery(
                        "select i.currency, sum(i.total - i.paid) from Invoice i where i.providerId = :provider"
                                + " and i.resellerId = :reseller and i.status = :issued group by i.currency",
                        Object[].class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .setParameter("issued", InvoiceStatus.ISSUED)
                .getResultList()
                .forEach(row -> unpaid.put(((String) row[0]).trim(), (BigDecimal) row[1]));
        Map<String, BigDecimal> unbilled = monthCharges.projected(providerId, resellerId, YearMonth.from(today));
        String currency = account.map(CreditAccount::getCurrency)
                .map(String::trim)
                .orElseGet(() -> firstCurrency(unpaid, unbilled));
        List<CreditPosition.Overdue> overdue = overdue(providerId, resellerId, today).stream()
                .map(invoice -> new CreditPosition.Overdue(
                        invoice.getId(),
                        invoice.getNumber(),
                        invoice.getMonth(),
                        invoice.getDueOn(),
                        invoice.getCurrency().trim(),
                        invoice.outstanding()))
                .toList();
        return new CreditPosition(
                providerId,
                em.find(Organization.class, providerId).getName(),
                resellerId,
                em.find(Organization.class, resellerId).getName(),
                currency,
                account.map(CreditAccount::getLimit).orElse(null),
                account.map(CreditAccount::getTermsDays).orElse(CreditAccount.DEFAULT_TERMS_DAYS),
                currency == null ? BigDecimal.ZERO : unpaid.getOrDefault(currency, BigDecimal.ZERO),
                currency == null ? BigDecimal.ZERO : unbilled.getOrDefault(currency, BigDecimal.ZERO),
                overdue);
    }

    /** The provider's issued invoices to the reseller past their due day, oldest due first. */
    public List<Invoice> overdue(long providerId, long resellerId, LocalDate today) {
        return em.createQuery(
                        "select i from Invoice i where i.providerId = :provider and i.resellerId = :reseller"
                                + " and i.status = :issued and i.dueOn < :today order by i.dueOn, i.id",
                        Invoice.class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .setParameter("issued", InvoiceStatus.ISSUED)
                .setParameter("today", today)
                .getResultList();
    }

    /** What the additions add to this month's charges at the reseller's cost, per currency. */
    public Map<String, BigDecimal> orderCharges(
            long providerId, long resellerId, List<OrderCredit.Addition> additions, LocalDate day) {
        Map<String, BigDecimal> charges = new TreeMap<>();
        for (OrderCredit.Addition addition : additions) {
            Offer offer = em.find(Offer.class, addition.offerId());
            if (offer == null) {
                throw new BillingRefusedException(Reason.NOT_FOUND);
            }
            Map<LocalDate, BigDecimal> costs = new HashMap<>();
            Function<LocalDate, BigDecimal> costOn =
                    on -> costs.computeIfAbsent(on, d -> prices.resellerCost(providerId, resellerId, offer, d)
                            .amount());
            BigDecimal added = OrderCharges.added(
                    new SubscriptionCharges(offer.getCurrency(), costOn),
                    offer.getBillingCycle(),
                    addition.subscriptionId() == null ? List.of() : history(addition.subscriptionId(), day),
                    addition.quantity(),
                    day);
            charges.merge(offer.getCurrency(), added, BigDecimal::add);
        }
        return charges;
    }

    /**
     * Why the additions are refused for this position (null: they are not): the hold first, then the limit, with
     * the limit, the balance and the order's charge in the limit's currency as the message's figures.
     */
    public BillingRefusedException refusal(CreditPosition position, Map<String, BigDecimal> orderCharges) {
        if (position.onHold()) {
            CreditPosition.Overdue first = position.overdue().get(0);
            return new BillingRefusedException(
                    Reason.CREDIT_HOLD,
                    position.overdue().size(),
                    position.overdueAmount(),
                    first.currency(),
                    first.dueOn().toString());
        }
        if (position.limit() == null) {
            return null;
        }
        BigDecimal order = orderCharges.getOrDefault(position.currency(), BigDecimal.ZERO);
        if (order.signum() > 0 && position.balance().add(order).compareTo(position.limit()) > 0) {
            return new BillingRefusedException(
                    Reason.CREDIT_LIMIT_EXCEEDED,
                    Money.round(position.limit(), position.currency()),
                    Money.round(position.balance(), position.currency()),
                    Money.round(order, position.currency()),
                    position.currency());
        }
        return null;
    }

    /** The subscription's changes up to the day, in order, as the charges read them. */
    private List<SubscriptionCharges.Change> history(long subscriptionId, LocalDate day) {
        return em.createQuery(
                        "select c.changedAt, c.quantity, c.status from SubscriptionChange c"
                                + " where c.subscription.id = :subscription and c.changedAt < :end"
                                + " order by c.changedAt, c.id",
                        Object[].class)
                .setParameter("subscription", subscriptionId)
                .setParameter(
                        "end", day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .getResultStream()
                .map(row -> new SubscriptionCharges.Change(
                        LocalDate.ofInstant((Instant) row[0], ZoneOffset.UTC),
                        (Integer) row[1],
                        row[2] == SubscriptionStatus.ACTIVE))
                .toList();
    }

    private static String firstCurrency(Map<String, BigDecimal> unpaid, Map<String, BigDecimal> unbilled) {
        TreeMap<String, BigDecimal> all = new TreeMap<>(unpaid);
        unbilled.forEach((currency, amount) -> all.merge(currency, amount, BigDecimal::add));
        return all.isEmpty() ? null : all.firstKey();
    }
}
