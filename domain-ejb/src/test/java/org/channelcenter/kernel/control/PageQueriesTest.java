package org.channelcenter.kernel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SortKey;
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

    private static PageRequest seek(boolean ascending, PageRequest.From from) {
        SortKey key = from == PageRequest.From.END ? null : new SortKey("acme", 7);
        return new PageRequest(50, 25, "name", ascending, null, new PageRequest.Seek(from, key, 0));
    }

    @Test
    void aSeekStartsTheIndexRangeAtItsKeyInTheDirectionRead() {
        assertEquals("", PageQueries.seekCondition(new PageRequest(0, 25, "name", true, null), "k", "i"));
        assertEquals(
                " and k >= :seekKey and (k > :seekKey or i > :seekId)",
                PageQueries.seekCondition(seek(true, PageRequest.From.AFTER), "k", "i"));
        assertEquals(
                " and k <= :seekKey and (k < :seekKey or i < :seekId)",
                PageQueries.seekCondition(seek(false, PageRequest.From.AFTER), "k", "i"));
        assertEquals(
                " and k <= :seekKey and (k < :seekKey or i < :seekId)",
                PageQueries.seekCondition(seek(true, PageRequest.From.BEFORE), "k", "i"));
        assertEquals(
                " and k >= :seekKey and (k > :seekKey or i >= :seekId)",
                PageQueries.seekCondition(seek(true, PageRequest.From.AT), "k", "i"));
        assertEquals("", PageQueries.seekCondition(seek(true, PageRequest.From.END), "k", "i"));
        assertEquals("k desc, i desc", PageQueries.seekOrder(seek(true, PageRequest.From.END), "k", "i"));
        assertEquals("k asc, i asc", PageQueries.seekOrder(seek(false, PageRequest.From.BEFORE), "k", "i"));
    }

    @Test
    void rowsReadBackwardsAreTurnedBack() {
        KeyedPage<SortKey> page = PageQueries.keyedPage(
                seek(true, PageRequest.From.BEFORE), List.of(new SortKey("c", 3), new SortKey("b", 2)), row -> row);
        assertEquals(List.of(new SortKey("b", 2), new SortKey("c", 3)), page.rows());
        assertEquals(new SortKey("b", 2), page.firstKey());
        assertEquals(new SortKey("c", 3), page.lastKey());
    }

    @Test
    void aPrefixPatternStartsWithTheEscapedText() {
        assertEquals("a\\_b%", PageQueries.prefixPattern(" A_b "));
        assertNull(PageQueries.prefixPattern(" "));
    }
}
