package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.customer.boundary.Customers;

/**
 * Customers (providers and resellers, SPEC §6): the caller's organization's customers, paged, sorted and
 * filtered in the database; a row opens to the customer's record ({@link CustomerRecords}).
 */
@Named
@ViewScoped
public class CustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Customers customers;

    private CustomerTableModel rows;

    public CustomerTableModel getCustomers() {
        if (rows == null) {
            rows = new CustomerTableModel(
                    filter -> customers.total(filter), (page, filter) -> customers.page(page, filter));
        }
        return rows;
    }
}
