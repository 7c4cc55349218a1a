package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.channelcenter.commerce.boundary.Subscriptions;
import org.channelcenter.customer.boundary.Customers;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Loads an expanded customer's record through the boundary when its row is opened. Request-scoped: the
 * record is read afresh at each expansion (a customer may have removed the partner since the list was shown)
 * and once per request however often the page refers to it.
 */
@Named
@RequestScoped
public class CustomerRecords {

    /** The record lists this many subscriptions, newest first. */
    static final int SUBSCRIPTIONS_SHOWN = 25;

    @EJB
    Customers customers;

    @EJB
    Subscriptions subscriptions;

    @Inject
    DomainMessages messages;

    @Inject
    ShownRecords shown;

    private final Map<Long, CustomerRecord> loaded = new HashMap<>();

    /**
     * The customer's record, or the boundary's refusal (NOT_FOUND once the relationship is gone). A postback
     * finds its command in the record as the view showed it ({@link ShownRecords}), and a refused command (the
     * request failed) renders its refusal in that record too, so its dialog can say why; otherwise the record
     * rendered is read afresh, and the view remembers it.
     */
    public CustomerRecord of(long customerId) {
        CustomerRecord record = loaded.get(customerId);
        if (record != null) {
            return record;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean rendering = faces == null || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        CustomerRecord asShown = faces == null || !faces.isPostback() ? null : shown.get(customerId);
        if (asShown != null && (!rendering || faces.isValidationFailed())) {
            return asShown;
        }
        record = load(customerId);
        loaded.put(customerId, record);
        if (rendering && faces != null) {
            shown.put(customerId, record);
        }
        return record;
    }

    /**
     * Forgets the records read so far in this request: a change made in it (a subscription suspended, say)
     * must show in what is rendered after it, and the page may have read a record before the change (JSF
     * evaluates {@code rendered} conditions while it finds the button that was pressed).
     */
    public void changed() {
        loaded.clear();
        shown.clear();
    }

    private CustomerRecord load(long customerId) {
        try {
            return CustomerRecord.of(
                    customers.customer(customerId),
                    subscriptions.find(customerId, PageRequest.of(0, SUBSCRIPTIONS_SHOWN)),
                    subscriptions.count(customerId));
        } catch (DomainException e) {
            return CustomerRecord.refused(messages.keyFor(e));
        }
    }
}
