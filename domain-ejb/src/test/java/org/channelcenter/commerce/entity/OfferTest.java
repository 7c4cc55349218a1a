package org.channelcenter.commerce.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
