package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.customer.boundary.Customers;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.partnership.boundary.PartnershipRow;
import org.channelcenter.partnership.boundary.Partnerships;
import org.channelcenter.web.customer.CustomerTableModel;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * View customers (Indirect providers): the customers a reseller and one of its providers share, paged, sorted
 * and filtered in the database like the Customers page. The partnership is read through its boundary first,
 * so another organization's partnership id is refused (and audited) before any customer is asked for.
 */
@Named
@ViewScoped
public class SharedCustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Partnerships partnerships;

    @EJB
    Customers customers;

    @Inject
    DomainMessages messages;

    private long partnershipId;
    private PartnershipRow partnership;
    private String refusal;
    private CustomerTableModel rows;

    public void load() {
        if (partnership != null || refusal != null) {
            return;
        }
        try {
            partnership = partnerships.partnership(partnershipId);
        } catch (DomainException e) {
            refusal = messages.keyFor(e);
        }
    }

    /** The shared customers; only asked for once the partnership was found to be the caller's. */
    public CustomerTableModel getCustomers() {
        if (rows == null) {
            rows = new CustomerTableModel(
                    filter -> customers.totalShared(partnershipId, filter),
                    (page, filter) -> customers.pageShared(partnershipId, page, filter));
        }
        return rows;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(long partnershipId) {
        this.partnershipId = partnershipId;
    }

    public PartnershipRow getPartnership() {
        return partnership;
    }

    public String getRefusal() {
        return refusal;
    }
}
