package org.channelcenter.kernel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
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

    /**
     * A query over rows (key, id) in ascending order that understands readSeek's two conditions: the ties of
     * the seek key after its id, and the keys beyond it.
     */
    @SuppressWarnings("unchecked")
    private static TypedQuery<SortKey> fakeQuery(List<SortKey> rows, String condition, List<String> asked) {
        asked.add(condition);
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        int[] bounds = {0, Integer.MAX_VALUE};
        return (TypedQuery<SortKey>) Proxy.newProxyInstance(
                TypedQuery.class.getClassLoader(), new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setParameter" -> parameters.put((String) args[0], args[1]);
                        case "setFirstResult" -> bounds[0] = (Integer) args[0];
                        case "setMaxResults" -> bounds[1] = (Integer) args[0];
                        case "getResultList" -> {
                            String key = (String) parameters.get("seekKey");
                            return rows.stream()
                                    .filter(row -> condition.isEmpty()
                                            || (condition.contains("= :seekKey")
                                                    ? row.value().equals(key)
                                                            && row.id() > (Long) parameters.get("seekId")
                                                    : ((String) row.value()).compareTo(key) > 0))
                                    .skip(bounds[0])
                                    .limit(bounds[1])
                                    .toList();
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return proxy;
                });
    }

    @Test
    void aSeekReadsTheRestOfItsTiesThenTheKeysBeyondPassingOverSkippedRowsInBoth() {
        List<SortKey> rows = new java.util.ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            rows.add(new SortKey(id <= 20 ? "a" : "b", id)); // twenty ties of "a", then ten of "b"
        }
        List<String> asked = new java.util.ArrayList<>();
        PageRequest after5 = new PageRequest(
                0, 4, "k", true, null, new PageRequest.Seek(PageRequest.From.AFTER, new SortKey("a", 5), 0));
        assertEquals(
                List.of(6L, 7L, 8L, 9L),
                PageQueries.readSeek(after5, "k", "i", c -> fakeQuery(rows, c, asked)).stream()
                        .map(SortKey::id)
                        .toList());
        assertEquals(List.of(" and k = :seekKey and i > :seekId"), asked, "the ties alone fill the page");

        asked.clear();
        PageRequest skipPastTies = new PageRequest(
                0, 4, "k", true, null, new PageRequest.Seek(PageRequest.From.AFTER, new SortKey("a", 15), 7));
        assertEquals(
                List.of(23L, 24L, 25L, 26L),
                PageQueries.readSeek(skipPastTies, "k", "i", c -> fakeQuery(rows, c, asked)).stream()
                        .map(SortKey::id)
                        .toList(),
                "five ties left and seven skipped: two of the next key skipped too");
        assertEquals(2, asked.size());
        assertEquals(" and k > :seekKey", asked.get(1));

        asked.clear();
        PageRequest spanning = new PageRequest(
                0, 4, "k", true, null, new PageRequest.Seek(PageRequest.From.AFTER, new SortKey("a", 18), 0));
        assertEquals(
                List.of(19L, 20L, 21L, 22L),
                PageQueries.readSeek(spanning, "k", "i", c -> fakeQuery(rows, c, asked)).stream()
                        .map(SortKey::id)
                        .toList());
    }
}
