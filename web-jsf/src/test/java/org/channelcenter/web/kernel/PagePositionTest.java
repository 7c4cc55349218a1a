package org.channelcenter.web.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SortKey;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.kernel.control.PageQueries;
import org.junit.jupiter.api.Test;

/**
 * Keyset paging over an in-memory list that answers seeks as the boundaries' queries do: every page a table asks
 * for is the same as with OFFSET, and next, previous, last and nearby pages pass over at most a few pages.
 */
class PagePositionTest {

    private static final int SIZE = 25;

    /** Rows 0..n-1 with keys that repeat (ties broken by id), as names do. */
    private final List<SortKey> rows = IntStream.range(0, 1234)
            .mapToObj(i -> new SortKey("k" + (i * 7 % 100), i))
            .toList();

    private final List<Integer> skips = new ArrayList<>();

    private List<SortKey> sorted(boolean ascending) {
        Comparator<SortKey> order =
                Comparator.comparing((SortKey k) -> (String) k.value()).thenComparingLong(SortKey::id);
        return rows.stream().sorted(ascending ? order : order.reversed()).toList();
    }

    /** What a boundary does with a request: OFFSET, or the seek read in the index's direction. */
    private KeyedPage<SortKey> answer(PageRequest request) {
        List<SortKey> inOrder = sorted(request.ascending());
        PageRequest.Seek seek = request.seek();
        List<SortKey> read;
        if (seek == null) {
            skips.add(request.first());
            read = inOrder.stream().skip(request.first()).limit(request.size()).toList();
        } else {
            skips.add(seek.skip());
            List<SortKey> scan = new ArrayList<>(inOrder);
            if (seek.backwards()) {
                Collections.reverse(scan);
            }
            int at = seek.key() == null ? -1 : scan.indexOf(seek.key());
            int start = seek.from() == PageRequest.From.AT ? at : at + 1;
            read = scan.stream()
                    .skip(start + (long) seek.skip())
                    .limit(request.size())
                    .toList();
        }
        return PageQueries.keyedPage(request, read, row -> row);
    }

    private List<SortKey> load(PagePosition position, int first, boolean ascending) {
        PageRequest request = position.request(first, SIZE, "name", ascending, null);
        KeyedPage<SortKey> page = answer(request);
        position.read(request, page, SIZE);
        return page.rows();
    }

    @Test
    void everyPageIsTheOffsetPageAndNearbyPagesPassOverFewRows() {
        Random random = new Random(14);
        for (boolean ascending : new boolean[] {true, false}) {
            PagePosition position = new PagePosition();
            position.total(null, () -> Total.exactly(rows.size()));
            int pages = (rows.size() + SIZE - 1) / SIZE;
            int page = 0;
            for (int step = 0; step < 300; step++) {
                int next =
                        switch (random.nextInt(5)) {
                            case 0 -> page + random.nextInt(2);
                            case 1 -> page - 1;
                            case 2 -> pages - 1;
                            case 3 -> 0;
                            default -> page + random.nextInt(11) - 5;
                        };
                int previous = page;
                page = Math.max(0, Math.min(pages - 1, next));
                skips.clear();
                List<SortKey> expected = sorted(ascending).stream()
                        .skip((long) page * SIZE)
                        .limit(SIZE)
                        .toList();
                assertEquals(expected, load(position, page * SIZE, ascending), "page " + page);
                assertTrue(
                        skips.get(0) <= 5 * SIZE,
                        "passed over " + skips.get(0) + " rows for page " + page + " after page " + previous);
            }
        }
    }

    @Test
    void theLastPageIsReadBackwardsFromTheEnd() {
        PagePosition position = new PagePosition();
        position.total(null, () -> Total.exactly(rows.size()));
        load(position, 0, true);
        PageRequest last = position.request(1225, SIZE, "name", true, null);
        assertEquals(PageRequest.From.END, last.seek().from());
        assertEquals(0, last.seek().skip());
        assertEquals(9, last.size());
        assertNull(last.seek().key());
    }

    @Test
    void aBoundedTotalIsCountedOncePerFilterAndAlwaysOffersTheNextPage() {
        PagePosition position = new PagePosition();
        int[] counted = {0};
        position.total("a", () -> {
            counted[0]++;
            return Total.moreThan(Total.BOUND);
        });
        assertFalse(position.exact());
        assertEquals(Total.BOUND + 1, position.rowCount());
        for (int page = 0; page < 45; page++) {
            position.total("a", () -> {
                counted[0]++;
                return Total.moreThan(Total.BOUND);
            });
            load(position, page * SIZE, true);
            assertTrue(position.rowCount() > (page + 1) * SIZE, "a next page after page " + page);
        }
        assertEquals(1, counted[0]);
        load(position, 1225, true); // a short page: the end is known now
        assertTrue(position.exact());
        assertEquals(rows.size(), position.rowCount());
        position.total("b", () -> Total.exactly(3));
        assertEquals(3, position.rowCount());
        position.reset();
        position.total("b", () -> Total.exactly(4));
        assertEquals(4, position.rowCount());
    }
}
