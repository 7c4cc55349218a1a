package org.channelcenter.web.customer;

import static org.channelcenter.web.customer.RecordSections.customerOf;
import static org.channelcenter.web.customer.RecordSections.fieldOf;
import static org.channelcenter.web.customer.RecordSections.orNone;

import jakarta.ejb.EJB;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.commerce.boundary.LicenseAssignmentRow;
import org.channelcenter.commerce.boundary.LicenseCandidate;
import org.channelcenter.commerce.boundary.LicenseUse;
import org.channelcenter.commerce.boundary.Licenses;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.channelcenter.web.kernel.Shell;

/**
 * The Licenses section of a customer's record (in a Customers row expansion or on the customer's own page,
 * {@code WEB-INF/includes/customer-licenses.xhtml}): how the licenses of the subscriptions the caller's
 * organization holds are used, and assigning and unassigning them. Several records may be open at once; each call
 * names its customer (see {@link RecordSections}), and the {@link Licenses} boundary decides everything (who may,
 * which customer, how many licenses). A refusal marks the request failed, so the dialog that asked stays open and
 * shows it.
 */
@Named
@ViewScoped
public class CustomerLicensesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Licenses licenses;

    @Inject
    LicenseUses uses;

    @Inject
    DomainMessages messages;

    @Inject
    Shell shell;

    private final Map<Long, BoundaryLazyDataModel<LicenseAssignmentRow>> assignmentTables = new HashMap<>();

    private LicenseUse selectedSubscription;
    private LicenseCandidate chosenUser;
    private List<LicenseCandidate> suggestions = List.of();
    private LicenseAssignmentRow selectedAssignment;

    /** Admins and helpdesk agents of a partner change customers' licenses; sales agents only look. */
    public boolean isManager() {
        return shell.isCustomerUserAdministrator();
    }

    public BoundaryLazyDataModel<LicenseAssignmentRow> assignments(long customerId) {
        return assignmentTables.computeIfAbsent(
                customerId,
                id -> new BoundaryLazyDataModel<>(
                        filter -> orNone(() -> licenses.countAssignments(id, filter), 0L),
                        page -> orNone(() -> licenses.findAssignments(id, page), List.of()),
                        row -> Long.toString(row.id())));
    }

    public List<LicenseUse> use(long customerId) {
        return uses.of(customerId);
    }

    /** Whether the customer has more open subscriptions than {@link #use} shows. */
    public boolean useTruncated(long customerId) {
        return uses.truncated(customerId);
    }

    /** Opens the assign dialog for a subscription, with no user chosen yet. */
    public void prepareAssign(LicenseUse use) {
        selectedSubscription = use;
        chosenUser = null;
        suggestions = List.of();
    }

    /** The users the chooser offers for what was typed: a few, from the boundary. */
    public List<LicenseCandidate> complete(String text) {
        if (selectedSubscription == null) {
            return List.of();
        }
        try {
            suggestions = licenses.candidates(selectedSubscription.subscriptionId(), text);
        } catch (DomainException e) {
            suggestions = List.of(); // a chooser offers nothing rather than an error; assigning says why
        }
        return suggestions;
    }

    public void assign(ActionEvent event) {
        if (selectedSubscription == null) {
            return;
        }
        long customerId = customerOf(event);
        if (chosenUser == null) {
            messages.errorAt(fieldOf(event, "licenseUser"), "licenses.user.required");
            return;
        }
        messages.attempt(
                () -> {
                    LicenseAssignmentRow assigned =
                            licenses.assign(selectedSubscription.subscriptionId(), chosenUser.userId());
                    uses.forget(customerId);
                    messages.info("licenses.assigned", assigned.offerName(), assigned.userLogin());
                    chosenUser = null;
                },
                fieldOf(event, "licenseUser"));
    }

    /** Asks before {@link #unassign}. */
    public void confirmUnassign(LicenseAssignmentRow row) {
        selectedAssignment = row;
    }

    public void unassign(ActionEvent event) {
        if (selectedAssignment == null) {
            return;
        }
        long customerId = customerOf(event);
        messages.attempt(
                () -> {
                    licenses.unassign(selectedAssignment.id(), selectedAssignment.version());
                    uses.forget(customerId);
                    messages.info(
                            "licenses.unassigned", selectedAssignment.offerName(), selectedAssignment.userLogin());
                },
                null);
    }

    public LicenseUse getSelectedSubscription() {
        return selectedSubscription;
    }

    public LicenseCandidate getChosenUser() {
        return chosenUser;
    }

    public void setChosenUser(LicenseCandidate chosenUser) {
        this.chosenUser = chosenUser;
    }

    public List<LicenseCandidate> getSuggestions() {
        return suggestions;
    }

    public LicenseAssignmentRow getSelectedAssignment() {
        return selectedAssignment;
    }
}
