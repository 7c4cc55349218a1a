package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.channelcenter.commerce.boundary.LicenseAssignmentRow;
import org.channelcenter.commerce.boundary.LicenseCandidate;
import org.channelcenter.commerce.boundary.LicenseUse;
import org.channelcenter.commerce.boundary.Licenses;
import org.channelcenter.customer.boundary.CustomerUserChange;
import org.channelcenter.customer.boundary.CustomerUserRow;
import org.channelcenter.customer.boundary.CustomerUsers;
import org.channelcenter.customer.boundary.NewCustomerUser;
import org.channelcenter.directory.boundary.UserNameTakenException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.channelcenter.web.shell.Shell;

/**
 * The Users and Licenses sections of a customer's record (in a Customers row expansion or on the customer's own
 * page): the customer's users paged in the database, adding, editing, deactivating and reactivating them, and
 * assigning and unassigning licenses of the subscriptions the caller's organization holds. Several records may be
 * open at once; each call names its customer, and the boundaries decide everything (who may, which customer,
 * how many licenses). The dialogs' drafts are shared, as only one dialog is open at a time.
 * <p>
 * Commands carry their customer in an {@code f:attribute customerId}, and a field message goes to the field of the
 * same record: the component with the field's id found from the command, with the client id it has there (in a
 * table row, or on a page whose form does not prepend its id).
 * <p>
 * A refusal marks the request failed: the dialog that asked stays open and shows it.
 */
@Named
@ViewScoped
public class CustomerAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerUsers customerUsers;

    @EJB
    Licenses licenses;

    @Inject
    LicenseUses uses;

    @Inject
    DomainMessages messages;

    @Inject
    LanguageSelection languageSelection;

    @Inject
    Shell shell;

    private final Map<Long, BoundaryLazyDataModel<CustomerUserRow>> userTables = new HashMap<>();
    private final Map<Long, BoundaryLazyDataModel<LicenseAssignmentRow>> assignmentTables = new HashMap<>();

    private String userName;
    private String displayName;
    private String email;
    private CustomerUserRow selectedUser;

    private LicenseUse selectedSubscription;
    private LicenseCandidate chosenUser;
    private List<LicenseCandidate> suggestions = List.of();
    private LicenseAssignmentRow selectedAssignment;

    /** Admins and helpdesk agents of a partner change customers' users and licenses; sales agents only look. */
    public boolean isManager() {
        return shell.isCustomerUserAdministrator();
    }

    public BoundaryLazyDataModel<CustomerUserRow> users(long customerId) {
        return userTables.computeIfAbsent(customerId, id -> new BoundaryLazyDataModel<>(
                filter -> orNone(() -> customerUsers.count(id, filter), 0L),
                page -> orNone(() -> customerUsers.find(id, page), List.of()), row -> Long.toString(row.id())));
    }

    public BoundaryLazyDataModel<LicenseAssignmentRow> assignments(long customerId) {
        return assignmentTables.computeIfAbsent(customerId, id -> new BoundaryLazyDataModel<>(
                filter -> orNone(() -> licenses.countAssignments(id, filter), 0L),
                page -> orNone(() -> licenses.findAssignments(id, page), List.of()), row -> Long.toString(row.id())));
    }

    /**
     * What the boundary gives, or {@code none} when it refuses: e.g. the customer removed the partner while its
     * record was open; the tables are shown again after any command, and the command's dialog says why.
     */
    private static <T> T orNone(Supplier<T> call, T none) {
        try {
            return call.get();
        } catch (DomainException e) {
            return none;
        }
    }

    public List<LicenseUse> use(long customerId) {
        return uses.of(customerId);
    }

    /** Whether the customer has more open subscriptions than {@link #use} shows. */
    public boolean useTruncated(long customerId) {
        return uses.truncated(customerId);
    }

    /** Empties the add-user dialog before it opens. */
    public void prepareAdd() {
        userName = null;
        displayName = null;
        email = null;
    }

    public void add(ActionEvent event) {
        long customerId = customerOf(event);
        try {
            CustomerUserRow added = customerUsers.add(customerId, new NewCustomerUser(userName, displayName, email,
                    languageSelection.getLocale()));
            messages.info("customerUsers.added", added.loginName(), added.email());
            prepareAdd();
        } catch (UserNameTakenException e) {
            messages.show(e, fieldOf(event, "customerUserName"));
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            // the page checks the fields first; the boundary's Bean Validation is the last line (e.g. the email)
            messages.showInvalidOrRethrow(e, fieldOf(event, "customerUserEmail"), "users.email.invalid");
        }
    }

    /** Opens the edit dialog for a row, as it was shown (its version guards the change). */
    public void edit(CustomerUserRow row) {
        selectedUser = row;
        displayName = row.displayName();
        email = row.email();
    }

    public void update(ActionEvent event) {
        if (selectedUser == null) {
            return;
        }
        long customerId = customerOf(event);
        try {
            selectedUser = customerUsers.edit(customerId, selectedUser.id(), selectedUser.version(),
                    new CustomerUserChange(displayName, email));
            messages.info("customerUsers.updated", selectedUser.loginName());
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            // as in add(): the boundary's Bean Validation may refuse an email the page let through
            messages.showConcurrentChangeOrInvalidOrRethrow(e, null, fieldOf(event, "editCustomerUserEmail"),
                    "users.email.invalid");
        }
    }

    /** Asks before {@link #deactivate} or {@link #reactivate}. */
    public void confirm(CustomerUserRow row) {
        selectedUser = row;
    }

    public void deactivate(ActionEvent event) {
        if (selectedUser == null) {
            return;
        }
        long customerId = customerOf(event);
        try {
            selectedUser = customerUsers.deactivate(customerId, selectedUser.id(), selectedUser.version());
            uses.forget(customerId);
            messages.info("customerUsers.deactivated", selectedUser.loginName());
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.showConcurrentChangeOrRethrow(e, null);
        }
    }

    public void reactivate(ActionEvent event) {
        if (selectedUser == null) {
            return;
        }
        long customerId = customerOf(event);
        try {
            selectedUser = customerUsers.reactivate(customerId, selectedUser.id(), selectedUser.version());
            messages.info("customerUsers.reactivated", selectedUser.loginName());
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.showConcurrentChangeOrRethrow(e, null);
        }
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
            suggestions = List.of();
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
        try {
            LicenseAssignmentRow assigned = licenses.assign(selectedSubscription.subscriptionId(), chosenUser.userId());
            uses.forget(customerId);
            messages.info("licenses.assigned", assigned.offerName(), assigned.userLogin());
            chosenUser = null;
        } catch (DomainException e) {
            messages.show(e, fieldOf(event, "licenseUser"));
        }
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
        try {
            licenses.unassign(selectedAssignment.id(), selectedAssignment.version());
            uses.forget(customerId);
            messages.info("licenses.unassigned", selectedAssignment.offerName(), selectedAssignment.userLogin());
        } catch (DomainException e) {
            messages.show(e, null);
        } catch (EJBException e) {
            messages.showConcurrentChangeOrRethrow(e, null);
        }
    }

    private static long customerOf(ActionEvent event) {
        return ((Number) event.getComponent().getAttributes().get("customerId")).longValue();
    }

    /**
     * The client id of the field {@code id} of the command's record, as rendered: found from the command (its
     * naming container: the table row, whose index is current while the command runs, or the form, which may not
     * prepend its id), so the message lands where the field is.
     */
    static String fieldOf(ActionEvent event, String id) {
        UIComponent field = event.getComponent().findComponent(id);
        return field == null ? id : field.getClientId(FacesContext.getCurrentInstance());
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public CustomerUserRow getSelectedUser() {
        return selectedUser;
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
