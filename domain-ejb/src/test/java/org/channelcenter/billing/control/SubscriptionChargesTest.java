package org.channelcenter.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.channelcenter.billing.control.SubscriptionCharges.Change;
import org.channelcenter.billing.entity.ChargeLine;
import org.junit.jupiter.api.Test;

/** Each rule of {@link SubscriptionCharges}, with the amounts worked out by hand in the comments. */
class SubscriptionChargesTest {

    private static final String USD = "USD";
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static SubscriptionCharges at(String price) {
        return new SubscriptionCharges(USD, day -> new BigDecimal(price));
    }

    private static Change on(String day, int licenses, boolean active) {
        return new Change(LocalDate.parse(day), licenses, active);
    }

    @Test
    void anOrderMidMonthIsChargedForTheDaysFromItsDayToTheMonthsEnd() {
        // 10 licenses × 10.00 × 17 days (15th to 31st) / 31 = 54.8387... → 54.84
        List<ChargeLine> lines = at("10.00").monthly(List.of(on("2026-12-15", 10, true)), DECEMBER);

        assertEquals(1, lines.size());
        ChargeLine line = lines.get(0);
        assertEquals(LocalDate.parse("2026-12-15"), line.from());
        assertEquals(LocalDate.parse("2026-12-31"), line.through());
        assertEquals(17, line.days());
        assertEquals(new BigDecimal("10.00"), line.unitPrice());
        assertEquals(new BigDecimal("54.84"), line.amount());
    }

    @Test
    void aSuspensionAndAReactivationInsideTheMonthAreChargedOnlyForTheActiveDays() {
        // ordered before; suspended on the 10th (not charged), reactivated on the 20th (charged):
        // 1st–9th = 9 days, 20th–31st = 12 days, at 31.00 a month for 1 license = 1.00 a day
        List<ChargeLine> lines = at("31.00")
                .monthly(
                        List.of(on("2026-11-03", 1, true), on("2026-12-10", 1, false), on("2026-12-20", 1, true)),
                        DECEMBER);

        assertEquals(2, lines.size());
        assertEquals(9, lines.get(0).days());
        assertEquals(new BigDecimal("9.00"), lines.get(0).amount());
        assertEquals(LocalDate.parse("2026-12-20"), lines.get(1).from());
        assertEquals(12, lines.get(1).days());
        assertEquals(new BigDecimal("12.00"), lines.get(1).amount());
    }

    @Test
    void aPriceChangeEffectiveNextMonthLeavesThisMonthsChargesAlone() {
        Function<LocalDate, BigDecimal> book =
                day -> day.isBefore(LocalDate.parse("2027-01-01")) ? new BigDecimal("10.00") : new BigDecimal("20.00");
        SubscriptionCharges charges = new SubscriptionCharges(USD, book);
        List<Change> history = List.of(on("2026-11-01", 3, true));

        assertEquals(
                new BigDecimal("30.00"),
                charges.monthly(history, DECEMBER).get(0).amount());
        assertEquals(
                new BigDecimal("60.00"),
                charges.monthly(history, YearMonth.of(2027, 1)).get(0).amount());
    }

    @Test
    void addedLicensesStartANewPeriodAtTheirDay() {
        // 5 licenses on the 1st–15th (15 days), 8 on the 16th–31st (16 days), at 31.00: 75.00 and 128.00
        List<ChargeLine> lines =
                at("31.00").monthly(List.of(on("2026-11-01", 5, true), on("2026-12-16", 8, true)), DECEMBER);

        assertEquals(List.of(5, 8), lines.stream().map(ChargeLine::quantity).toList());
        assertEquals(new BigDecimal("75.00"), lines.get(0).amount());
        assertEquals(new BigDecimal("128.00"), lines.get(1).amount());
    }

    @Test
    void aDayCountsWithTheStateAtItsEnd() {
        // ordered and cancelled on the same day: nothing; a cancellation on the 11th ends the charge on the 10th
        assertEquals(
                List.of(),
                at("10.00").monthly(List.of(on("2026-12-05", 2, true), on("2026-12-05", 2, false)), DECEMBER));
        List<ChargeLine> lines =
                at("31.00").monthly(List.of(on("2026-12-01", 1, true), on("2026-12-11", 1, false)), DECEMBER);
        assertEquals(LocalDate.parse("2026-12-10"), lines.get(0).through());
        assertEquals(new BigDecimal("10.00"), lines.get(0).amount());
    }

    @Test
    void aMonthBeforeTheOrderOrAfterTheCancellationHasNoLine() {
        List<Change> history = List.of(on("2026-12-15", 1, true), on("2027-01-10", 1, false));

        assertEquals(List.of(), at("10.00").monthly(history, YearMonth.of(2026, 11)));
        assertEquals(List.of(), at("10.00").monthly(history, YearMonth.of(2027, 2)));
    }

    @Test
    void amountsAreRoundedHalfEvenToTheCurrencysMinorUnitAtTheLine() {
        YearMonth november = YearMonth.of(2026, 11); // 30 days; ordered on the 16th: 15 days, half the month
        List<Change> history = List.of(on("2026-11-16", 1, true));

        assertEquals(
                new BigDecimal("0.02"),
                at("0.05").monthly(history, november).get(0).amount(),
                "0.025");
        assertEquals(
                new BigDecimal("0.08"),
                at("0.15").monthly(history, november).get(0).amount(),
                "0.075");
        SubscriptionCharges yen = new SubscriptionCharges("JPY", day -> new BigDecimal("5"));
        assertEquals(new BigDecimal("2"), yen.monthly(history, november).get(0).amount(), "2.5 yen, no minor unit");
    }

    @Test
    void anAnnualOfferIsChargedForTheYearOnTheOrdersDayAndOnEachAnniversaryWhileActive() {
        List<Change> history = List.of(on("2026-03-10", 5, true));
        SubscriptionCharges charges = at("120.00");

        List<ChargeLine> ordered = charges.annual(history, YearMonth.of(2026, 3));
        assertEquals(1, ordered.size());
        assertEquals(new BigDecimal("600.00"), ordered.get(0).amount());
        assertEquals(LocalDate.parse("2027-03-09"), ordered.get(0).through());
        assertEquals(365, ordered.get(0).days());
        assertEquals(List.of(), charges.annual(history, YearMonth.of(2026, 4)));
        assertEquals(
                new BigDecimal("600.00"),
                charges.annual(history, YearMonth.of(2027, 3)).get(0).amount());

        List<Change> cancelled = List.of(on("2026-03-10", 5, true), on("2026-11-02", 5, false));
        assertEquals(List.of(), charges.annual(cancelled, YearMonth.of(2027, 3)), "no renewal once cancelled");
    }

    @Test
    void licensesAddedToAnAnnualOfferAreChargedForTheRestOfTheTerm() {
        // term 2026-03-10 to 2027-03-09 (365 days); 2 added on 2026-09-10: 181 days left;
        // 2 × 120.00 × 181 / 365 = 119.0136... → 119.01
        List<Change> history = List.of(on("2026-03-10", 5, true), on("2026-09-10", 7, true));

        List<ChargeLine> lines = at("120.00").annual(history, YearMonth.of(2026, 9));
        assertEquals(1, lines.size());
        assertEquals(2, lines.get(0).quantity());
        assertEquals(181, lines.get(0).days());
        assertEquals(new BigDecimal("119.01"), lines.get(0).amount());
    }
}
