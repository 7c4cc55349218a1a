package org.channelcenter.kernel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.channelcenter.kernel.boundary.PageRequest;
import org.junit.jupiter.api.Test;

class PageQueriesTest {

    private static PageRequest filtered(String filter) {
        return new PageRequest(0, 10, null, true, filter);
    }

    @Test
    void noFilterIsNoPattern() {
        assertNull(PageQueries.filterPattern(filtered("")));
        assertNull(PageQueries.likePattern("  "));
    }

    @Test
    void filterPatternIsLowerCasedAndWrappedInWildcards() {
        assertEquals("%acme corp%", PageQueries.filterPattern(filtered("ACME Corp")));
    }

    @Test
    void filterPatternEscapesLikeWildcardsAndBackslash() {
        assertEquals("%100\\%%", PageQueries.filterPattern(filtered("100%")));
        assertEquals("%a\\_b%", PageQueries.filterPattern(filtered("a_b")));
        assertEquals("%c:\\\\dir%", PageQueries.filterPattern(filtered("C:\\dir")));
    }

    @Test
    void filterPatternIgnoresTheServersDefaultLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
        try {
            assertEquals("%ibm%", PageQueries.filterPattern(new PageRequest(0, 10, null, true, "IBM")));
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }

    @Test
    void ordersByAnAllowedColumnOnly() {
        java.util.Map<String, String> columns = java.util.Map.of("name", "o.name");
        assertEquals(
                "o.name asc", PageQueries.orderBy(new PageRequest(0, 10, "name", true, null), columns, "o.id desc"));
        assertEquals(
                "o.name desc", PageQueries.orderBy(new PageRequest(0, 10, "name", false, null), columns, "o.id desc"));
        assertEquals("o.id desc", PageQueries.orderBy(new PageRequest(0, 10, null, true, null), columns, "o.id desc"));
        assertEquals(
                "o.id desc",
                PageQueries.orderBy(new PageRequest(0, 10, "o.name; drop table x", true, null), columns, "o.id desc"));
    }

    @Test
    void aFilterConditionIsAddedOnlyWhenThereIsAFilter() {
        assertEquals("", PageQueries.filterClause(new PageRequest(0, 10, null, true, "  "), " where x like :pattern"));
        assertEquals(
                " where x like :pattern",
                PageQueries.filterClause(new PageRequest(0, 10, null, true, "acme"), " where x like :pattern"));
    }
}
