package org.channelcenter.web.commerce;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import org.channelcenter.commerce.boundary.OrderRow;
import org.channelcenter.commerce.boundary.Orders;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;

/**
 * Orders (SPEC §10, providers and resellers): the organization's orders across its customers, newest first,
 * paged in the database; a provider's are the orders it placed, a reseller's those it is reseller of record
 * of (the boundary decides, from the principal). The search box narrows them by customer name.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Orders orders;

    private String customerSearch;
    private BoundaryLazyDataModel<OrderRow> rows;

    /**
     * The search box is the page's own field (id {@code customerSearch}), not the table's global filter, so the
     * table's filter value is ignored and the field's value is used instead. Paged by keys, newest first; the
     * total is counted once per search, up to 1,000.
     */
    public BoundaryLazyDataModel<OrderRow> getOrders() {
        if (rows == null) {
            rows = BoundaryLazyDataModel.keyset(
                    ignored -> orders.organizationOrdersTotal(customerSearch),
                    request -> orders.organizationOrders(request.withFilter(customerSearch)),
                    row -> Long.toString(row.id()));
        }
        return rows;
    }

    public String getCustomerSearch() {
        return customerSearch;
    }

    public void setCustomerSearch(String customerSearch) {
        if (rows != null && !Objects.equals(this.customerSearch, customerSearch)) {
            rows.reset(); // another search: its total is counted again, its pages read from the start
        }
        this.customerSearch = customerSearch;
    }
}
