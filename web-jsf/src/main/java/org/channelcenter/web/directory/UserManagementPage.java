package org.channelcenter.web.directory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.directory.boundary.NewUser;
import org.channelcenter.directory.boundary.UserNameTakenException;
import org.channelcenter.directory.boundary.UserRow;
import org.channelcenter.directory.boundary.Users;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Account settings › User management: the caller's organization's users (paged in the database), adding a
 * user (who is mailed a set-password link), changing roles and deactivating. All rules and the
 * organization scope live in the {@link Users} boundary; this bean only shows its answers.
 */
@Named
@ViewScoped
public class UserManagementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Users users;

    @Inject
    DomainMessages messages;

    @Inject
    LanguageSelection languageSelection;

    private BoundaryLazyDataModel<UserRow> rows;
    private String directoryDomain;

    private String userName;
    private String displayName;
    private String email;
    private RoleChoice newRoles = new RoleChoice();

    private UserRow selected;
    private RoleChoice selectedRoles = new RoleChoice();

    public BoundaryLazyDataModel<UserRow> getUsers() {
        if (rows == null) {
            rows = new BoundaryLazyDataModel<>(users::count, users::find, row -> Long.toString(row.id()));
        }
        return rows;
    }

    public String getDirectoryDomain() {
        if (directoryDomain == null) {
            directoryDomain = users.directoryDomain();
        }
        return directoryDomain;
    }

    /** Empties the add-user form before the dialog opens. */
    public void prepareAdd() {
        userName = null;
        displayName = null;
        email = null;
        newRoles = new RoleChoice();
    }

    public void add() {
        messages.attempt(() -> {
                    UserRow added = users.add(
                            new NewUser(userName, displayName, email, newRoles.roles(), languageSelection.getLocale()));
                    messages.info("users.added", added.loginName(), added.email());
                    prepareAdd();
                })
                .refusalAt(UserNameTakenException.class, "addUserForm:userName")
                .showingAt(null);
    }

    /** Opens the roles dialog for a row, as the row was shown (its version guards the change). */
    public void edit(UserRow row) {
        selected = row;
        selectedRoles = RoleChoice.of(row.roles());
    }

    public void update() {
        if (selected == null) {
            return;
        }
        messages.attempt(
                () -> {
                    UserRow changed = users.changeRoles(selected.id(), selected.version(), selectedRoles.roles());
                    selected = changed;
                    messages.info("users.rolesUpdated", changed.loginName());
                },
                null);
    }

    /** Asks for confirmation before {@link #deactivate}. */
    public void confirmDeactivate(UserRow row) {
        selected = row;
    }

    public void deactivate() {
        if (selected == null) {
            return;
        }
        messages.attempt(
                () -> {
                    UserRow changed = users.deactivate(selected.id(), selected.version());
                    selected = changed;
                    messages.info("users.deactivated", changed.loginName());
                },
                null);
    }

    /** The role labels of a row, in the bundle's words, for the table. */
    public String roleLabels(UserRow row) {
        return String.join(
                ", ",
                row.sortedRoles().stream()
                        .map(role -> messages.text("role." + role.name()))
                        .toList());
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

    public RoleChoice getNewRoles() {
        return newRoles;
    }

    public UserRow getSelected() {
        return selected;
    }

    public RoleChoice getSelectedRoles() {
        return selectedRoles;
    }
}
