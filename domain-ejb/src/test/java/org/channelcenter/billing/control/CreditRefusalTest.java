package org.channelcenter.billing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.channelcenter.billing.boundary.CreditPosition;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.billing.entity.BillingRefusedException.Reason;
import org.junit.jupiter.api.Test;

/** The credit rule: a hold refuses everything; otherwise unpaid + unbilled + the order may reach the limit, not pass it. */
class CreditRefusalTest {

    private final CreditPositions positions = new CreditPositions();

    private static CreditPosition position(String limit, List<CreditPosition.Overdue> overdue) {
        return new CreditPosition(
                1,
                "Provider",
                2,
                "Reseller",
                "USD",
                limit == null ? null : new BigDecimal(limit),
                30,
                new BigDecimal("300.00"),
                new BigDecimal("200.00"),
                overdue);
    }

    @Test
    void anOrderMayReachTheLimitButNotPassIt() {
        CreditPosition position = position("1000.00", List.of());
        assertNull(positions.refusal(position, Map.of("USD", new BigDecimal("500.00"))));
        BillingRefusedException refused = positions.refusal(position, Map.of("USD", new BigDecimal("500.01")));
        assertEquals(Reason.CREDIT_LIMIT_EXCEEDED, refused.reason());
        assertArrayEquals(
                new Object[] {new BigDecimal("1000.00"), new BigDecimal("500.00"), new BigDecimal("500.01"), "USD"},
                refused.messageArguments(),
                "the limit, the balance, the order");
    }

    @Test
    void withoutALimitOrInAnotherCurrencyNothingIsCounted() {
        assertNull(positions.refusal(position(null, List.of()), Map.of("USD", new BigDecimal("1000000"))));
        assertNull(positions.refusal(position("0", List.of()), Map.of("EUR", new BigDecimal("1000000"))));
    }

    @Test
    void aHoldRefusesEvenAnOrderWithinTheLimitAndNamesTheOverdueInvoices() {
        List<CreditPosition.Overdue> overdue = List.of(
                new CreditPosition.Overdue(
                        7, 3, YearMonth.of(2026, 10), LocalDate.of(2026, 11, 30), "USD", new BigDecimal("120.00")),
                new CreditPosition.Overdue(
                        9, 4, YearMonth.of(2026, 11), LocalDate.of(2026, 12, 5), "USD", new BigDecimal("30.00")));
        CreditPosition position = position(null, overdue);
        BillingRefusedException refused = positions.refusal(position, Map.of());
        assertEquals(Reason.CREDIT_HOLD, refused.reason());
        assertArrayEquals(new Object[] {2, new BigDecimal("150.00"), "USD", "2026-11-30"}, refused.messageArguments());
        assertEquals(LocalDate.of(2026, 12, 1), position.holdSince(), "the day after the first due day");
    }
}
