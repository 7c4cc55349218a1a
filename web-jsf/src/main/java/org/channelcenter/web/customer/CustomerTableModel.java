package org.channelcenter.web.customer;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.channelcenter.customer.boundary.CustomerFilter;
import org.channelcenter.customer.boundary.CustomerRow;
import org.channelcenter.kernel.boundary.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A Customers table (the Customers page and View customers) over the {@code Customers} boundary: the table's
 * page and sort become a {@link PageRequest}, its column filters (name, domain, country/region) a
 * {@link CustomerFilter}. Only the rows on screen are read, one count and one page query per load.
 */
public class CustomerTableModel extends LazyDataModel<CustomerRow> {

    private static final long serialVersionUID = 1L;

    /** The {@code field} of the filtered columns in the page; the boundary knows the same names for sorting. */
    static final String NAME = "name";

    static final String DOMAIN = "domain";
    static final String COUNTRY = "countryCode";

    /** Counts the customers that match a filter. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count(CustomerFilter filter);
    }

    /** Reads one page of the customers that match a filter. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        List<CustomerRow> find(PageRequest page, CustomerFilter filter);
    }

    private final Counter counter;
    private final Loader loader;

    public CustomerTableModel(Counter counter, Loader loader) {
        this.counter = counter;
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count(filterOf(filterBy)));
    }

    @Override
    public List<CustomerRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                        .findFirst()
                        .orElse(null);
        return loader.find(
                new PageRequest(
                        first,
                        pageSize,
                        sort == null ? null : sort.getField(),
                        sort == null || sort.getOrder() == SortOrder.ASCENDING,
                        null),
                filterOf(filterBy));
    }

    @Override
    public String getRowKey(CustomerRow row) {
        return Long.toString(row.customerId());
    }

    @Override
    public CustomerRow getRowData(String key) {
        return null; // rows are expanded by index, never selected by key
    }

    static CustomerFilter filterOf(Map<String, FilterMeta> filterBy) {
        return new CustomerFilter(value(filterBy, NAME), value(filterBy, DOMAIN), value(filterBy, COUNTRY));
    }

    private static String value(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? null : value.toString();
    }
}
