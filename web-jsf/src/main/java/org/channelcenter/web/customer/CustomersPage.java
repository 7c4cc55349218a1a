package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
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

    static final String INVITE_VIEW = "/customers/invite.xhtml";

    private CustomerTableModel rows;
    private Boolean invitePageDeployed;

    public CustomerTableModel getCustomers() {
        if (rows == null) {
            rows = new CustomerTableModel(filter -> customers.count(filter),
                    (page, filter) -> customers.find(page, filter));
        }
        return rows;
    }

    /**
     * "Request a reseller relationship" leads to the invitation page, which comes with the customer invitation
     * flow: until that page is part of the application the button is left out, because Faces refuses to
     * render a link to a view that does not exist (an error page instead of the list).
     */
    public boolean isInvitePageDeployed() {
        if (invitePageDeployed == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            invitePageDeployed = faces.getApplication().getResourceHandler().createViewResource(faces, INVITE_VIEW) != null;
        }
        return invitePageDeployed;
    }
}
