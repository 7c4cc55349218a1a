package org.channelcenter.web.customer;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.customer.boundary.CustomerFilter;
import org.channelcenter.customer.boundary.CustomerRow;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.web.kernel.PagePosition;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A Customers table (the Customers page and View customers) over the {@code Customers} boundary: the table's
 * page and sort become a keyset {@link PageRequest} (from the page on screen or the end of the list, see
 * {@link PagePosition}), its column filters (name, domain, country/region) a {@link CustomerFilter}. Only the
 * rows on screen are read; the total is asked once per filter, exact or "more than 1,000".
 */
public class CustomerTableModel extends LazyDataModel<CustomerRow> {

    private static final long serialVersionUID = 1L;

    /** The {@code field} of the filtered columns in the page; the boundary knows the same names for sorting. */
    static final String NAME = "name";

    static final String DOMAIN = "domain";
    static final String COUNTRY = "countryCode";

    /** The total of the customers that match a filter (exact, or bounded). */
    @FunctionalInterface
    public interface Counter extends Serializable {
        Total count(CustomerFilter filter);
    }

    /** Reads one keyset page of the customers that match a filter. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        KeyedPage<CustomerRow> find(PageRequest page, CustomerFilter filter);
    }

    private final Counter counter;
    private final Loader loader;
    private final PagePosition position = new PagePosition();

    public CustomerTableModel(Counter counter, Loader loader) {
        this.counter = counter;
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        CustomerFilter filter = filterOf(filterBy);
        position.total(filter, () -> counter.count(filter));
        return position.rowCount();
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
        PageRequest request = position.request(
                first,
                pageSize,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() == SortOrder.ASCENDING,
                null);
        KeyedPage<CustomerRow> page = loader.find(request, filterOf(filterBy));
        position.read(request, page, pageSize);
        setRowCount(position.rowCount());
        return page.rows();
    }

    /** False while the total is "more than 1,000": the table hides its Last link then. */
    public boolean isExactTotal() {
        return position.exact();
    }

    /** The paginator's report: exact, or "Customers 1–25 of more than 1,000" (see BoundaryLazyDataModel). */
    public String getPageReport(String exactTemplate, String boundedTemplate, Locale locale) {
        return position.exact()
                ? exactTemplate
                : boundedTemplate.replace(
                        "{bound}", NumberFormat.getIntegerInstance(locale).format(position.shownTotal()));
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
