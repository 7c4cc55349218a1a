package org.channelcenter.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * One customer's record on a page of its own ({@code /customers/customer.xhtml?customer=<id>}), linked from
 * the Customers table. Whatever the boundary refuses (an id that is not the caller's organization's customer,
 * or one that removed the partner) shows as its localized refusal, with nothing of the customer.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerRecords records;

    @Inject
    DomainMessages messages;

    private String customerId;
    private CustomerRecord record;

    public void load() {
        if (record != null) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(customerId == null ? "" : customerId.strip());
        } catch (NumberFormatException e) {
            // not an id at all: the same answer as an id that is not ours, without asking the boundary
            record = CustomerRecord.refused(messages.keyFor(
                    new CustomerRefusedException(CustomerRefusedException.Reason.NOT_FOUND)));
            return;
        }
        record = records.of(id);
    }

    /** The request parameter as given; kept as text so that a mistyped link is answered, not a converter error. */
    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public CustomerRecord getRecord() {
        return record;
    }
}
