package org.channelcenter.kernel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static PageRequest filtered(String filter) {
        return new PageRequest(0, 10, null, true, filter);
    }

    @Test
    void sizeIsClampedToOneAtLeast() {
        assertEquals(1, PageRequest.of(0, 0).size());
        assertEquals(1, PageRequest.of(0, -5).size());
    }

    @Test
    void sizeIsClampedToMaxSize() {
        assertEquals(200, PageRequest.MAX_SIZE);
        assertEquals(PageRequest.MAX_SIZE, PageRequest.of(0, 10_000).size());
        assertEquals(
                PageRequest.MAX_SIZE, PageRequest.of(0, PageRequest.MAX_SIZE).size());
    }

    @Test
    void sizeWithinBoundsIsKept() {
        assertEquals(25, PageRequest.of(50, 25).size());
        assertEquals(50, PageRequest.of(50, 25).first());
    }

    @Test
    void negativeFirstIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(-1, 10));
    }

    @Test
    void blankFilterIsNoFilter() {
        assertNull(filtered("   ").filter());
        assertNull(filtered(null).filter());
    }

    @Test
    void filterIsTrimmed() {
        assertEquals("acme", filtered("  acme ").filter());
    }
}
