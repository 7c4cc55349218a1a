package org.channelcenter.web.kernel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.channelcenter.kernel.boundary.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a boundary's paged list: the table's page, sort and global filter become a
 * {@link PageRequest}; only the rows on screen are ever read.
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

    private final Counter counter;
    private final Loader<T> loader;
    private final RowKey<T> rowKey;

    public BoundaryLazyDataModel(Counter counter, Loader<T> loader, RowKey<T> rowKey) {
        this.counter = counter;
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.applyAsLong(globalFilter(filterBy)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                        .findFirst()
                        .orElse(null);
        return loader.apply(new PageRequest(
                first,
                pageSize,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() == SortOrder.ASCENDING,
                globalFilter(filterBy)));
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        return null; // rows are not selected by key in these tables
    }

    private static String globalFilter(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy == null ? null : filterBy.get(GLOBAL_FILTER);
        Object value = global == null ? null : global.getFilterValue();
        return value == null ? null : value.toString();
    }
}
