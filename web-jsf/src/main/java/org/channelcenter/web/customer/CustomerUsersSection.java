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
import org.channelcenter.customer.boundary.CustomerUserChange;
import org.channelcenter.customer.boundary.CustomerUserRow;
import org.channelcenter.customer.boundary.CustomerUsers;
import org.channelcenter.customer.boundary.NewCustomerUser;
import org.channelcenter.directory.boundary.UserNameTakenException;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.channelcenter.web.kernel.Shell;

/**
 * The Users section of a customer's record (in a Customers row expansion or on the customer's own page,
 * {@code WEB-INF/includes/customer-users.xhtml}): the customer's users paged in the database, adding, editing,
 * deactivating and reactivating them. Several records may be open at once; each call names its customer (see
 * {@link RecordSections}), and the {@link CustomerUsers} boundary decides everything. The dialogs' drafts are
 * shared, as only one dialog is open at a time; a refusal marks the request failed, so the dialog that asked
 * stays open and shows it.
 */
@Named
@ViewScoped
public class CustomerUsersSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerUsers customerUsers;

    @Inject
    LicenseUses uses;

    @Inject
    DomainMessages messages;

    @Inject
    LanguageSelection languageSelection;

    @Inject
    Shell shell;

    private final Map<Long, BoundaryLazyDataModel<CustomerUserRow>> userTables = new HashMap<>();

    private String userName;
    private String displayName;
    private String email;
    private CustomerUserRow selectedUser;

    /** Admins and helpdesk agents of a partner change customers' users; sales agents only look. */
    public boolean isManager() {
        return shell.isCustomerUserAdministrator();
    }

    public BoundaryLazyDataModel<CustomerUserRow> users(long customerId) {
        return userTables.computeIfAbsent(
                customerId,
                id -> new BoundaryLazyDataModel<>(
                        filter -> orNone(() -> customerUsers.count(id, filter), 0L),
                        page -> orNone(() -> customerUsers.find(id, page), List.of()),
                        row -> Long.toString(row.id())));
    }

    /** Empties the add-user dialog before it opens. */
    public void prepareAdd() {
        userName = null;
        displayName = null;
        email = null;
    }

    public void add(ActionEvent event) {
        long customerId = customerOf(event);
        messages.attempt(() -> {
                    CustomerUserRow added = customerUsers.add(
                            customerId,
                            new NewCustomerUser(userName, displayName, email, languageSelection.getLocale()));
                    messages.info("customerUsers.added", added.loginName(), added.email());
                    prepareAdd();
                })
                .refusalAt(UserNameTakenException.class, fieldOf(event, "customerUserName"))
                // the page checks the fields first; the boundary's Bean Validation is the last line (e.g. the email)
                .invalidAt(fieldOf(event, "customerUserEmail"), "users.email.invalid")
                .showingAt(null);
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
        messages.attempt(() -> {
                    selectedUser = customerUsers.edit(
                            customerId,
                            selectedUser.id(),
                            selectedUser.version(),
                            new CustomerUserChange(displayName, email));
                    messages.info("customerUsers.updated", selectedUser.loginName());
                })
                .invalidAt(fieldOf(event, "editCustomerUserEmail"), "users.email.invalid") // as in add()
                .showingAt(null);
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
        messages.attempt(
                () -> {
                    selectedUser = customerUsers.deactivate(customerId, selectedUser.id(), selectedUser.version());
                    uses.forget(customerId); // a deactivated user's licenses were freed
                    messages.info("customerUsers.deactivated", selectedUser.loginName());
                },
                null);
    }

    public void reactivate(ActionEvent event) {
        if (selectedUser == null) {
            return;
        }
        long customerId = customerOf(event);
        messages.attempt(
                () -> {
                    selectedUser = customerUsers.reactivate(customerId, selectedUser.id(), selectedUser.version());
                    messages.info("customerUsers.reactivated", selectedUser.loginName());
                },
                null);
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
}
