package org.channelcenter.billing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aPercentageStaysBetweenMinus100And1000() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PriceRule.percentage(1, null, null, new BigDecimal("-100.01"), DAY, "a@b", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> PriceRule.percentage(1, null, null, new BigDecimal("1000.01"), DAY, "a@b", NOW));
        PriceRule free = PriceRule.percentage(1, 2L, null, new BigDecimal("-100"), DAY, "a@b", NOW);
        assertEquals(PriceRuleKind.PERCENTAGE, free.kind());
        assertEquals("-100% for every offer from 2026-12-07", free.describe());
    }

    @Test
    void aFixedPriceIsForOneOfferAndNotNegative() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PriceRule.fixedPrice(1, null, 5, new BigDecimal("-0.01"), DAY, "a@b", NOW));
        PriceRule fixed = PriceRule.fixedPrice(1, null, 5, new BigDecimal("9.90"), DAY, "a@b", NOW);
        assertEquals(PriceRuleKind.FIXED_PRICE, fixed.kind());
        assertEquals("fixed price 9.9 for offer 5 from 2026-12-07", fixed.describe());
        assertThrows(IllegalArgumentException.class, () -> new PriceTerm(null, null, null, BigDecimal.ONE, DAY, 1));
        assertThrows(
                IllegalArgumentException.class, () -> new PriceTerm(null, 5L, BigDecimal.ONE, BigDecimal.ONE, DAY, 1));
    }
}
