package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.commerce.boundary.OrderRow;
import org.channelcenter.commerce.boundary.Orders;
import org.channelcenter.customer.entity.CustomerRefusedException;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * One customer's record on a page of its own ({@code /customer/customer.xhtml?customer=<id>&section=<section>}),
 * linked from the Customers table and the Orders page, in the sections of {@link Section}: each request reads only
 * what its section shows (the order history does not read the subscriptions, licenses and users). Whatever the
 * boundary refuses (an id that is not the caller's organization's customer, or one that removed the partner)
 * shows as its localized refusal, with nothing of the customer. The record is read afresh at each request
 * ({@link CustomerRecords}), so a subscription just suspended on this page, or a relationship just removed, shows
 * at once.
 */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerRecords records;

    @Inject
    DomainMessages messages;

    @EJB
    Orders orders;

    /** The page's sections, in the order of its tabs; the first is shown when none (or an unknown one) is asked. */
    public enum Section {
        SUBSCRIPTIONS,
        USERS,
        ORDERS,
        ACCOUNT;

        static Section of(String param) {
            for (Section section : values()) {
                if (section.name().equalsIgnoreCase(param == null ? "" : param.strip())) {
                    return section;
                }
            }
            return SUBSCRIPTIONS;
        }
    }

    private String customerId;
    private String section;
    private Long id;
    private CustomerRecord notAnId;
    private BoundaryLazyDataModel<OrderRow> orderHistory;

    public void load() {
        if (id != null || notAnId != null) {
            return;
        }
        try {
            id = Long.parseLong(customerId == null ? "" : customerId.strip());
        } catch (NumberFormatException e) {
            // not an id at all: the same answer as an id that is not ours, without asking the boundary
            notAnId = CustomerRecord.refused(
                    messages.keyFor(new CustomerRefusedException(CustomerRefusedException.Reason.NOT_FOUND)));
        }
    }

    /** The request parameter as given; kept as text so that a mistyped link is answered, not a converter error. */
    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    /** The {@code section} parameter as given (kept as text: a mistyped one shows the first section). */
    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public Section getShownSection() {
        return Section.of(section);
    }

    /** The record as the section shown needs it: only Subscriptions reads the subscriptions. */
    public CustomerRecord getRecord() {
        if (notAnId != null) {
            return notAnId;
        }
        return getShownSection() == Section.SUBSCRIPTIONS ? records.of(id) : records.account(id);
    }

    /**
     * The customer's orders the caller's organization placed or is reseller of record of, newest first, paged
     * in the database (the boundary refuses them like the record when the customer is not the caller's).
     */
    public BoundaryLazyDataModel<OrderRow> getOrderHistory() {
        if (orderHistory == null) {
            long customer = id == null ? -1 : id;
            orderHistory = BoundaryLazyDataModel.keyset(
                    ignored -> orders.historyTotal(customer),
                    page -> orders.history(customer, page),
                    row -> Long.toString(row.id()));
        }
        return orderHistory;
    }
}
