package org.channelcenter.web.kernel;

import java.io.Serializable;
import java.util.Objects;
import java.util.function.Supplier;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SortKey;
import org.channelcenter.kernel.boundary.Total;

/**
 * Where a keyset-paged table is: the total for its current filter (counted once per filter, not per page turn)
 * and the sort keys of the page on screen. A page request is turned into the cheapest start: from the start
 * (OFFSET {@code first}), at, just after or just before the page on screen, or from the end of the order (the last page
 * is read backwards) — whichever passes over fewest rows, so the paginator's First, Previous, Next, Last and
 * nearby page links each read about one page from an index, however long the list is.
 *
 * <p>A total that is not exact ("more than 1,000") lets the table go on page after page: the row count shown to
 * the paginator is always at least one page beyond the page on screen, until a short page tells the real end.
 */
public final class PagePosition implements Serializable {

    private static final long serialVersionUID = 1L;

    private Serializable filter;
    private boolean counted;
    private Total total;

    private String sortField;
    private boolean ascending;
    private int first;
    private int size;
    private int read;
    private SortKey firstKey;
    private SortKey lastKey;

    /**
     * The total for this filter: counted when the filter differs from the last one (or after {@link #reset}),
     * otherwise the one already known.
     */
    public Total total(Serializable currentFilter, Supplier<Total> count) {
        if (!counted || !Objects.equals(filter, currentFilter)) {
            filter = currentFilter;
            total = count.get();
            counted = true;
            forgetPage();
        }
        return total;
    }

    /** Forgets the total and the page: the next load counts again (after a change to the list's rows). */
    public void reset() {
        counted = false;
        total = null;
        forgetPage();
    }

    /** True when the total is exact (the paginator may offer the last page). */
    public boolean exact() {
        return total == null || total.exact();
    }

    /** The total shown: the figure below which counting stopped ("more than"), or the exact one. */
    public long shownTotal() {
        return total == null ? 0 : total.value();
    }

    /** The row count the paginator works with: the exact total, or one page beyond what has been seen. */
    public int rowCount() {
        if (total == null) {
            return 0;
        }
        long count = total.exact() ? total.value() : Math.max(total.value() + 1, first + read + (long) size);
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** The request for rows {@code first .. first+size} in this order, starting from the nearest known place. */
    public PageRequest request(int wantedFirst, int wantedSize, String field, boolean asc, String textFilter) {
        if (!Objects.equals(field, sortField) || asc != ascending) {
            forgetPage();
            sortField = field;
            ascending = asc;
        }
        int take = wantedSize;
        PageRequest.Seek best = null;
        long bestSkip = wantedFirst;
        if (lastKey != null && wantedFirst >= first + read && wantedFirst - (first + read) < bestSkip) {
            bestSkip = wantedFirst - (first + read);
            best = new PageRequest.Seek(PageRequest.From.AFTER, lastKey, (int) bestSkip);
        }
        if (firstKey != null && wantedFirst >= first && wantedFirst < first + read && wantedFirst - first < bestSkip) {
            bestSkip = wantedFirst - first;
            best = new PageRequest.Seek(PageRequest.From.AT, firstKey, (int) bestSkip);
        }
        if (firstKey != null && wantedFirst + wantedSize <= first && first - (wantedFirst + wantedSize) < bestSkip) {
            bestSkip = first - (wantedFirst + wantedSize);
            best = new PageRequest.Seek(PageRequest.From.BEFORE, firstKey, (int) bestSkip);
        }
        if (total != null && total.exact() && wantedFirst > 0 && wantedFirst < total.value()) {
            long fromEnd = Math.max(0, total.value() - (wantedFirst + (long) wantedSize));
            if (fromEnd < bestSkip) {
                best = new PageRequest.Seek(PageRequest.From.END, null, (int) fromEnd);
                take = (int) Math.min(wantedSize, total.value() - wantedFirst);
            }
        }
        return new PageRequest(wantedFirst, take, field, asc, textFilter, best);
    }

    /** Keeps the page just read as the place to continue from; a short forward page tells the exact total. */
    public void read(PageRequest request, KeyedPage<?> page, int wantedSize) {
        first = request.first();
        size = wantedSize;
        read = page.rows().size();
        firstKey = page.firstKey();
        lastKey = page.lastKey();
        boolean forward = request.seek() == null || !request.seek().backwards();
        if (forward && read < wantedSize && (read > 0 || first == 0)) {
            total = Total.exactly((long) first + read);
        }
    }

    private void forgetPage() {
        first = 0;
        read = 0;
        firstKey = null;
        lastKey = null;
    }
}
