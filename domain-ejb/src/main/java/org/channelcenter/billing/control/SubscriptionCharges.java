package org.channelcenter.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.channelcenter.billing.entity.ChargeLine;

/**
 * The charge lines of one subscription in one billing month, computed from its history (commerce's V42: the
 * licenses and state after each change) and the unit price in effect on a day (issue 17, point 2). A plain
 * calculation: the billing run feeds it, one subscription at a time, and nothing here reads the database.
 *
 * <p>The rules, as a reseller's invoice states them:
 * <ul>
 * <li>A day counts with the licenses and state in force at its end (billing days are UTC days): ordered and
 * cancelled on the same day is not charged; a day of suspension is not charged, the day of reactivation is.</li>
 * <li><b>Monthly</b> offers: each period of the month with the same licenses, active, is one line:
 * {@code licenses × unit price × days / days of the month}. Its unit price is the one in effect on the period's
 * first day in the month, so a price change takes effect for the periods that start on or after its date and never
 * alters an earlier one.</li>
 * <li><b>Annual</b> offers: the year is charged up front: on the order's day ({@code licenses × unit price}), on
 * each anniversary the subscription is active, and for licenses added during a term, for the rest of that term
 * ({@code added × unit price × days left / days of the term}). Suspending or cancelling refunds nothing.</li>
 * <li>Amounts are rounded half-even to the currency's minor unit, at the line; an invoice's total is the sum of its
 * lines.</li>
 * </ul>
 */
public final class SubscriptionCharges {

    /** The subscription after one change: from {@code day} (UTC) on, {@code licenses}, active or not. */
    public record Change(LocalDate day, int licenses, boolean active) {

        public Change {
            Objects.requireNonNull(day, "day");
        }
    }

    private final String currency;
    private final Function<LocalDate, BigDecimal> unitPriceOn;

    /**
     * @param currency the ISO 4217 code of the prices
     * @param unitPriceOn the subscription's unit price (per month or per year) in effect on a day
     */
    public SubscriptionCharges(String currency, Function<LocalDate, BigDecimal> unitPriceOn) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.unitPriceOn = Objects.requireNonNull(unitPriceOn, "unitPriceOn");
    }

    /** A monthly offer's lines in {@code month}; {@code history} in order, the first change being the order. */
    public List<ChargeLine> monthly(List<Change> history, YearMonth month) {
        List<Change> days = endOfDayStates(history);
        List<ChargeLine> lines = new ArrayList<>();
        LocalDate monthStart = month.atDay(1);
        LocalDate monthEnd = month.atEndOfMonth();
        for (int i = 0; i < days.size(); i++) {
            Change state = days.get(i);
            LocalDate from = state.day().isBefore(monthStart) ? monthStart : state.day();
            LocalDate until = i + 1 < days.size() ? days.get(i + 1).day().minusDays(1) : monthEnd;
            if (until.isAfter(monthEnd)) {
                until = monthEnd;
            }
            if (!state.active() || from.isAfter(until)) {
                continue;
            }
            int used = (int) ChronoUnit.DAYS.between(from, until) + 1;
            BigDecimal unitPrice = unitPriceOn.apply(from);
            BigDecimal amount = unitPrice
                    .multiply(BigDecimal.valueOf(state.licenses()))
                    .multiply(BigDecimal.valueOf(used))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), scale(), RoundingMode.HALF_EVEN);
            lines.add(new ChargeLine(from, until, state.licenses(), used, unitPrice, amount));
        }
        return lines;
    }

    /** An annual offer's lines in {@code month}: the year ordered or renewed, and licenses added in a term. */
    public List<ChargeLine> annual(List<Change> history, YearMonth month) {
        List<Change> days = endOfDayStates(history);
        List<ChargeLine> lines = new ArrayList<>();
        if (days.isEmpty()) {
            return lines;
        }
        LocalDate ordered = days.get(0).day();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            Change state = stateOn(days, day);
            if (state == null || !state.active()) {
                continue;
            }
            long years = ChronoUnit.YEARS.between(ordered, day);
            LocalDate termStart = ordered.plusYears(years);
            LocalDate termEnd = ordered.plusYears(years + 1).minusDays(1);
            int termDays = (int) ChronoUnit.DAYS.between(termStart, termEnd) + 1;
            BigDecimal unitPrice = unitPriceOn.apply(day);
            if (day.equals(termStart)) {
                lines.add(new ChargeLine(
                        day,
                        termEnd,
                        state.licenses(),
                        termDays,
                        unitPrice,
                        Money.round(unitPrice.multiply(BigDecimal.valueOf(state.licenses())), currency)));
                continue;
            }
            Change before = stateOn(days, day.minusDays(1));
            int added = state.licenses() - (before == null ? 0 : before.licenses());
            if (added > 0) {
                int left = (int) ChronoUnit.DAYS.between(day, termEnd) + 1;
                BigDecimal amount = unitPrice
                        .multiply(BigDecimal.valueOf(added))
                        .multiply(BigDecimal.valueOf(left))
                        .divide(BigDecimal.valueOf(termDays), scale(), RoundingMode.HALF_EVEN);
                lines.add(new ChargeLine(day, termEnd, added, left, unitPrice, amount));
            }
        }
        return lines;
    }

    /** One change per day, the last of each day: a day counts with the state at its end. */
    private static List<Change> endOfDayStates(List<Change> history) {
        List<Change> days = new ArrayList<>();
        for (Change change : history) {
            if (!days.isEmpty() && days.get(days.size() - 1).day().equals(change.day())) {
                days.set(days.size() - 1, change);
            } else {
                days.add(change);
            }
        }
        return days;
    }

    /** The state at the end of {@code day}, or null before the order. */
    private static Change stateOn(List<Change> days, LocalDate day) {
        Change state = null;
        for (Change change : days) {
            if (change.day().isAfter(day)) {
                break;
            }
            state = change;
        }
        return state;
    }

    private int scale() {
        return Money.fractionDigits(currency);
    }
}
