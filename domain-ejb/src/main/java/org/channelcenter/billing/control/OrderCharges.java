package org.channelcenter.billing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.channelcenter.billing.entity.ChargeLine;
import org.channelcenter.commerce.entity.BillingCycle;

/**
 * What an order line adds to its month's charges (issue 17, point 4), computed the way the billing run will
 * ({@link SubscriptionCharges}): the month's lines of the subscription with the added licenses from the order's day,
 * less its lines without them. A new monthly subscription is charged prorated to the month's end, a new annual one
 * for the year; licenses added to an annual subscription for the rest of its term. A plain calculation.
 */
public final class OrderCharges {

    private OrderCharges() {}

    /**
     * @param history the subscription's changes so far, in order (empty: a new subscription)
     * @param added the licenses the order adds, from {@code day} on
     */
    public static BigDecimal added(
            SubscriptionCharges charges,
            BillingCycle cycle,
            List<SubscriptionCharges.Change> history,
            int added,
            LocalDate day) {
        YearMonth month = YearMonth.from(day);
        SubscriptionCharges.Change last = history.isEmpty() ? null : history.get(history.size() - 1);
        List<SubscriptionCharges.Change> after = new ArrayList<>(history);
        after.add(new SubscriptionCharges.Change(
                day, (last == null ? 0 : last.licenses()) + added, last == null || last.active()));
        return total(charges, cycle, after, month).subtract(total(charges, cycle, history, month));
    }

    private static BigDecimal total(
            SubscriptionCharges charges,
            BillingCycle cycle,
            List<SubscriptionCharges.Change> history,
            YearMonth month) {
        if (history.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<ChargeLine> lines =
                cycle == BillingCycle.ANNUAL ? charges.annual(history, month) : charges.monthly(history, month);
        return lines.stream().map(ChargeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
