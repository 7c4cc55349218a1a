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
        assertEquals(PageRequest.MAX_SIZE, PageRequest.of(0, PageRequest.MAX_SIZE).size());
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
        assertNull(filtered("").filterPattern());
    }

    @Test
    void filterIsTrimmed() {
        assertEquals("acme", filtered("  acme ").filter());
    }

    @Test
    void filterPatternIsLowerCasedAndWrappedInWildcards() {
        assertEquals("%acme corp%", filtered("ACME Corp").filterPattern());
    }

    @Test
    void filterPatternEscapesLikeWildcardsAndBackslash() {
        assertEquals("%100\\%%", filtered("100%").filterPattern());
        assertEquals("%a\\_b%", filtered("a_b").filterPattern());
        assertEquals("%c:\\\\dir%", filtered("C:\\dir").filterPattern());
    }

    @Test
    void filterPatternIgnoresTheServersDefaultLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
        try {
            assertEquals("%ibm%", new PageRequest(0, 10, null, true, "IBM").filterPattern());
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }

    @Test
    void ordersByAnAllowedColumnOnly() {
        java.util.Map<String, String> columns = java.util.Map.of("name", "o.name");
        assertEquals("o.name asc", new PageRequest(0, 10, "name", true, null).orderBy(columns, "o.id desc"));
        assertEquals("o.name desc", new PageRequest(0, 10, "name", false, null).orderBy(columns, "o.id desc"));
        assertEquals("o.id desc", new PageRequest(0, 10, null, true, null).orderBy(columns, "o.id desc"));
        assertEquals("o.id desc", new PageRequest(0, 10, "o.name; drop table x", true, null)
                .orderBy(columns, "o.id desc"));
    }

    @Test
    void aFilterConditionIsAddedOnlyWhenThereIsAFilter() {
        assertEquals("", new PageRequest(0, 10, null, true, "  ").filterClause(" where x like :pattern"));
        assertEquals(" where x like :pattern",
                new PageRequest(0, 10, null, true, "acme").filterClause(" where x like :pattern"));
    }
}
