package org.channelcenter.web.kernel;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.Total;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a boundary's paged list: the table's page, sort and global filter become a
 * {@link PageRequest}; only the rows on screen are ever read.
 *
 * <p>Two kinds of list. A small list ({@link #BoundaryLazyDataModel(Counter, Loader, RowKey)}) is counted on
 * every load and paged with OFFSET. A large one ({@link #keyset}) is paged by keys ({@link PagePosition}): the
 * boundary returns a {@link KeyedPage}, next/previous/nearby pages continue from the keys of the page on screen,
 * the last page is read backwards; and its {@link Totals} is asked once per filter (not per page turn), for an
 * exact figure where one is kept or a count that stops at {@link Total#BOUND}. When the total is not exact the
 * page shows "more than 1,000" ({@link #getPageReport}) and no Last link ({@link #isExactTotal}). Call {@link
 * #reset} after the page itself changes the list's rows.
 */
public class BoundaryLazyDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;
    private static final String GLOBAL_FILTER = "globalFilter";

    /**
     * The boundary calls behind a table. Serializable, because the table is kept in its page's view state, which a
     * session in the database ({@code cc.sessions=database}) carries to another server: a lambda or method
     * reference given for one of these is serializable (what it captures is the page, or the boundary, which the
     * container serializes as a reference).
     */
    public interface Counter extends ToLongFunction<String>, Serializable {}

    /** Reads one page of rows; see {@link Counter}. */
    public interface Loader<T> extends Function<PageRequest, List<T>>, Serializable {}

    /** A row's key; see {@link Counter}. */
    public interface RowKey<T> extends Function<T, String>, Serializable {}

    /** A keyset list's total for a filter (exact, or bounded); see {@link Counter}. */
    public interface Totals extends Function<String, Total>, Serializable {}

    /** Reads one keyset page (following the request's seek); see {@link Counter}. */
    public interface KeyedLoader<T> extends Function<PageRequest, KeyedPage<T>>, Serializable {}

    private final Counter counter;
    private final Loader<T> loader;
    private final Totals totals;
    private final KeyedLoader<T> keyedLoader;
    private final RowKey<T> rowKey;
    private final PagePosition position;

    public BoundaryLazyDataModel(Counter counter, Loader<T> loader, RowKey<T> rowKey) {
        this(counter, loader, null, null, rowKey);
    }

    private BoundaryLazyDataModel(
            Counter counter, Loader<T> loader, Totals totals, KeyedLoader<T> keyedLoader, RowKey<T> rowKey) {
        this.counter = counter;
        this.loader = loader;
        this.totals = totals;
        this.keyedLoader = keyedLoader;
        this.rowKey = rowKey;
        this.position = totals == null ? null : new PagePosition();
    }

    /** A table over a large list, paged by keys and counted once per filter (see the class comment). */
    public static <T> BoundaryLazyDataModel<T> keyset(Totals totals, KeyedLoader<T> loader, RowKey<T> rowKey) {
        return new BoundaryLazyDataModel<>(null, null, totals, loader, rowKey);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (totals == null) {
            return (int) Math.min(Integer.MAX_VALUE, counter.applyAsLong(globalFilter(filterBy)));
        }
        String filter = globalFilter(filterBy);
        position.total(filter, () -> totals.apply(filter));
        return position.rowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = activeSort(sortBy);
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
        if (keyedLoader == null) {
            return loader.apply(new PageRequest(first, pageSize, field, ascending, globalFilter(filterBy)));
        }
        PageRequest request = position.request(first, pageSize, field, ascending, globalFilter(filterBy));
        KeyedPage<T> page = keyedLoader.apply(request);
        position.read(request, page, pageSize);
        setRowCount(position.rowCount());
        return page.rows();
    }

    /** Forgets the total and the page on screen: the next load counts again. */
    public void reset() {
        if (position != null) {
            position.reset();
        }
    }

    /** False while the total is "more than" a bound: the page hides its Last link then. */
    public boolean isExactTotal() {
        return position == null || position.exact();
    }

    /**
     * The paginator's report: {@code exactTemplate} (PrimeFaces' {startRecord}, {endRecord}, {totalRecords})
     * when the total is exact, else {@code boundedTemplate} with its {bound} replaced by the bound, e.g. "1–25
     * of more than 1,000".
     */
    public String getPageReport(String exactTemplate, String boundedTemplate, Locale locale) {
        return isExactTotal()
                ? exactTemplate
                : boundedTemplate.replace(
                        "{bound}", NumberFormat.getIntegerInstance(locale).format(position.shownTotal()));
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        return null; // rows are not selected by key in these tables
    }

    static SortMeta activeSort(Map<String, SortMeta> sortBy) {
        return sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                        .findFirst()
                        .orElse(null);
    }

    private static String globalFilter(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy == null ? null : filterBy.get(GLOBAL_FILTER);
        Object value = global == null ? null : global.getFilterValue();
        return value == null ? null : value.toString();
    }
}
