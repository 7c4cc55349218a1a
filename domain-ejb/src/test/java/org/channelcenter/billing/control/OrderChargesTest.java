package org.channelcenter.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.channelcenter.billing.control.SubscriptionCharges.Change;
import org.channelcenter.commerce.entity.BillingCycle;
import org.junit.jupiter.api.Test;

/** What an order line adds to its month's charges, as the billing run will charge it. */
class OrderChargesTest {

    private static final SubscriptionCharges AT_TEN = new SubscriptionCharges("USD", day -> new BigDecimal("10.00"));

    @Test
    void aNewMonthlySubscriptionIsChargedProratedToTheMonthsEnd() {
        // 10 licenses × 10.00 × 21 days (10th to 30th) / 30 = 70.00
        assertEquals(
                new BigDecimal("70.00"),
                OrderCharges.added(AT_TEN, BillingCycle.MONTHLY, List.of(), 10, LocalDate.of(2026, 11, 10)));
        // the last day of the month is one day: 3 × 10.00 × 1 / 31 = 0.967... -> 0.97
        assertEquals(
                new BigDecimal("0.97"),
                OrderCharges.added(AT_TEN, BillingCycle.MONTHLY, List.of(), 3, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void licensesAddedToAMonthlySubscriptionAddOnlyTheirOwnDays() {
        List<Change> history = List.of(new Change(LocalDate.of(2026, 10, 3), 5, true));
        // before: 5 × 10.00 × 30 / 30 = 50.00; after: 5 × 10 × 14/30 (1st..14th) = 23.33, 8 × 10 × 16/30 = 42.67
        assertEquals(
                new BigDecimal("16.00"),
                OrderCharges.added(AT_TEN, BillingCycle.MONTHLY, history, 3, LocalDate.of(2026, 11, 15)));
    }

    @Test
    void aNewAnnualSubscriptionIsChargedTheYear() {
        assertEquals(
                new BigDecimal("40.00"),
                OrderCharges.added(AT_TEN, BillingCycle.ANNUAL, List.of(), 4, LocalDate.of(2026, 11, 20)));
    }

    @Test
    void licensesAddedToAnAnnualSubscriptionAreChargedForTheRestOfItsTerm() {
        // ordered 2026-01-01, term to 2026-12-31 (365 days); 2 added on 2026-12-02: 30 days left (2nd to 31st)
        List<Change> history = List.of(new Change(LocalDate.of(2026, 1, 1), 5, true));
        // 2 × 10.00 × 30 / 365 = 1.6438... -> 1.64
        assertEquals(
                new BigDecimal("1.64"),
                OrderCharges.added(AT_TEN, BillingCycle.ANNUAL, history, 2, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void licensesAddedToASuspendedSubscriptionAddNothingThisMonth() {
        List<Change> history = List.of(
                new Change(LocalDate.of(2026, 10, 3), 5, true), new Change(LocalDate.of(2026, 11, 1), 5, false));
        assertEquals(
                0,
                OrderCharges.added(AT_TEN, BillingCycle.MONTHLY, history, 3, LocalDate.of(2026, 11, 15))
                        .signum());
    }
}
