package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.commerce.boundary.Licenses;
import org.channelcenter.commerce.boundary.Subscriptions;
import org.channelcenter.customer.boundary.CustomerDetails;
import org.channelcenter.customer.boundary.CustomerUsers;
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

    @EJB
    Licenses licenses;

    @EJB
    CustomerUsers users;

    @Inject
    DomainMessages messages;

    @Inject
    ShownRecords shown;

    private final Map<Part, CustomerRecord> loaded = new HashMap<>();

    /**
     * The customer's record with the first page of its subscriptions, or the boundary's refusal (NOT_FOUND once
     * the relationship is gone). A postback finds its command in the record as the view showed it
     * ({@link ShownRecords}), and a refused command (the request failed) renders its refusal in that record too, so
     * its dialog can say why; otherwise the record rendered is read afresh, and the view remembers it.
     */
    public CustomerRecord of(long customerId) {
        return of(new Part(customerId, Content.SUBSCRIPTIONS));
    }

    /**
     * The summary a row of Customers opens to (issue 16): the account, its relationships, and how many
     * subscriptions, licenses in use and users the customer has, each linking to its section of the customer's page.
     * Four counted reads, no rows listed.
     */
    public CustomerRecord summary(long customerId) {
        return of(new Part(customerId, Content.SUMMARY));
    }

    /**
     * The same without its subscriptions (none listed, none counted): one boundary call instead of three, for the
     * customer page's sections that do not show them.
     */
    public CustomerRecord account(long customerId) {
        return of(new Part(customerId, Content.ACCOUNT));
    }

    private CustomerRecord of(Part part) {
        CustomerRecord record = loaded.get(part);
        if (record != null) {
            return record;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean rendering = faces == null || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        CustomerRecord asShown = faces == null || !faces.isPostback() ? null : shown.get(part);
        if (asShown != null && (!rendering || faces.isValidationFailed())) {
            return asShown;
        }
        record = load(part);
        if (asShown != null && !asShown.isRefused() && record.isRefused() && partialUpdate(faces)) {
            // An ajax update re-renders parts of the record the page shows (a dialog's fields, a section). Were the
            // record read afresh refused there (the customer removed the partner meanwhile), those parts would not
            // render, and the next command in them would be dropped with nothing said (issue 16, defect 4): they
            // keep the record as shown, and the boundary refuses the command, which its dialog then tells.
            record = asShown;
        }
        loaded.put(part, record);
        if (rendering && faces != null) {
            shown.put(part, record);
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

    private CustomerRecord load(Part part) {
        try {
            long id = part.customerId();
            CustomerDetails details = customers.customer(id);
            return switch (part.content()) {
                case SUBSCRIPTIONS -> CustomerRecord.of(
                        details,
                        subscriptions.find(id, PageRequest.of(0, SUBSCRIPTIONS_SHOWN)),
                        subscriptions.count(id));
                case SUMMARY -> CustomerRecord.summary(
                        details, subscriptions.count(id), licenses.countAssignments(id, null), users.count(id, null));
                case ACCOUNT -> CustomerRecord.of(details, List.of(), 0);
            };
        } catch (DomainException e) {
            return CustomerRecord.refused(messages.keyFor(e));
        }
    }

    private static boolean partialUpdate(FacesContext faces) {
        return faces != null
                && faces.getPartialViewContext().isAjaxRequest()
                && !faces.getPartialViewContext().isRenderAll();
    }

    /** Which customer's record, and what of it. */
    record Part(long customerId, Content content) implements Serializable {}

    /** What a record holds besides the account: the first page of subscriptions, the counts, or nothing. */
    enum Content {
        SUBSCRIPTIONS,
        SUMMARY,
        ACCOUNT
    }
}
