package org.channelcenter.commerce.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OfferTest {

    private static Offer offer(BigDecimal price, int min, int max) {
        return new Offer("Mail", null, BillingCycle.MONTHLY, price, "USD", min, max);
    }

    @Test
    void validOfferIsActive() {
        Offer offer = offer(new BigDecimal("4.50"), 1, 300);

        assertTrue(offer.isActive());
        assertEquals(new BigDecimal("4.50"), offer.getUnitPrice());
        assertEquals(1, offer.getMinQuantity());
        assertEquals(300, offer.getMaxQuantity());
    }

    @Test
    void freeOfferWithSingleQuantityIsAccepted() {
        Offer offer = offer(BigDecimal.ZERO, 1, 1);

        assertEquals(0, offer.getUnitPrice().signum());
    }

    @Test
    void negativePriceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> offer(new BigDecimal("-0.01"), 1, 10));
        assertThrows(IllegalArgumentException.class, () -> offer(null, 1, 10));
    }

    @Test
    void minimumBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> offer(BigDecimal.ONE, 0, 10));
    }

    @Test
    void maximumBelowMinimumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> offer(BigDecimal.ONE, 5, 4));
    }

    @Test
    void revisingToTheSameTermsChangesNothing() {
        Offer offer = offer(new BigDecimal("4.50"), 1, 300);

        assertFalse(offer.revise("Mail", null, BillingCycle.MONTHLY, new BigDecimal("4.50"), "USD", 1, 300));
        assertTrue(offer.revise(
                "Mail", "Now with a description", BillingCycle.MONTHLY, new BigDecimal("4.50"), "USD", 1, 300));
        assertTrue(offer.revise(
                "Mail", "Now with a description", BillingCycle.ANNUAL, new BigDecimal("45.00"), "EUR", 5, 50));
        assertEquals("Mail | ANNUAL | 45.00 EUR | 5..50", offer.describe());
    }

    @Test
    void revisingKeepsTheRules() {
        Offer offer = offer(BigDecimal.ONE, 1, 10);

        assertThrows(
                IllegalArgumentException.class,
                () -> offer.revise("Mail", null, BillingCycle.MONTHLY, new BigDecimal("-1"), "USD", 1, 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> offer.revise("Mail", null, BillingCycle.MONTHLY, BigDecimal.ONE, "USD", 7, 6));
        assertEquals(BigDecimal.ONE, offer.getUnitPrice(), "a refused revision leaves the offer as it was");
    }

    @Test
    void deactivatingAndActivatingSayWhetherAnythingChanged() {
        Offer offer = offer(BigDecimal.ONE, 1, 10);

        assertFalse(offer.activate());
        assertTrue(offer.deactivate());
        assertFalse(offer.isActive());
        assertFalse(offer.deactivate());
        assertTrue(offer.activate());
        assertTrue(offer.isActive());
    }
}
