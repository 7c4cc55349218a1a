package org.channelcenter.web.membership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.channelcenter.membership.boundary.ImportProgress;
import org.channelcenter.membership.boundary.ProfileChange;
import org.channelcenter.membership.boundary.ProfileDraft;
import org.channelcenter.membership.boundary.ProfileRow;
import org.channelcenter.membership.boundary.Registry;
import org.channelcenter.membership.boundary.RegistryException;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.channelcenter.membership.entity.ProfileStatus;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * Staff › Partner-network registry: the paged list of organization profiles, the dialog that creates an
 * account with its first profile, adds a profile or edits one, the password reset, and the CSV import with
 * its progress. Talks only to the {@link Registry} boundary; every refusal it gets back is shown at the
 * field it concerns, each problem in the words its {@link RegistryProblem#messageKey()} names. Countries come from
 * the shared list ({@code #{countries}}).
 */
@Named
@ViewScoped
public class RegistryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the profile dialog is doing. */
    public enum Mode {
        NEW_ACCOUNT,
        ADD_PROFILE,
        EDIT
    }

    @EJB
    Registry registry;

    @Inject
    DomainMessages messages;

    private BoundaryLazyDataModel<ProfileRow> profiles;

    private Mode mode = Mode.NEW_ACCOUNT;
    private Long accountId;
    private String accountUserName;
    private Long profileId;
    private long profileVersion;
    private String userName;
    private String password;
    private String networkId;
    private String legalName;
    private String countryCode;
    private ProfileStatus status = ProfileStatus.ACTIVE;

    private Long resetAccountId;
    private String resetUserName;
    private String newPassword;

    private transient UploadedFile file;
    private String importFileName;
    private ImportProgress importProgress;

    public BoundaryLazyDataModel<ProfileRow> getProfiles() {
        if (profiles == null) {
            profiles = new BoundaryLazyDataModel<>(registry::count, registry::find, row -> Long.toString(row.id()));
        }
        return profiles;
    }

    public void newAccount() {
        clearDialog();
        mode = Mode.NEW_ACCOUNT;
    }

    public void addProfileTo(ProfileRow row) {
        clearDialog();
        mode = Mode.ADD_PROFILE;
        accountId = row.accountId();
        accountUserName = row.userName();
        countryCode = row.countryCode();
    }

    public void edit(ProfileRow row) {
        clearDialog();
        mode = Mode.EDIT;
        accountUserName = row.userName();
        profileId = row.id();
        profileVersion = row.version();
        networkId = row.networkId();
        legalName = row.legalName();
        countryCode = row.countryCode();
        status = row.status();
    }

    /** Saves the profile dialog; the dialog closes only when nothing was refused. */
    public void save() {
        try {
            switch (mode) {
                case NEW_ACCOUNT -> {
                    registry.createAccount(userName, password, draft());
                    messages.info("registry.saved.account", userName, networkId);
                }
                case ADD_PROFILE -> {
                    registry.addProfile(accountId, draft());
                    messages.info("registry.saved.profile", networkId);
                }
                case EDIT -> {
                    registry.updateProfile(
                            new ProfileChange(profileId, profileVersion, legalName, countryCode, status));
                    messages.info("registry.saved.changes", networkId);
                }
            }
            password = null;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RegistryException e) {
            password = null;
            show(e, "profileForm");
        }
    }

    public void deactivate(ProfileRow row) {
        try {
            registry.deactivateProfile(row.id(), row.version());
            messages.info("registry.deactivated", row.networkId());
        } catch (RegistryException e) {
            show(e, "registryForm");
        }
    }

    public void openPasswordReset(ProfileRow row) {
        resetAccountId = row.accountId();
        resetUserName = row.userName();
        newPassword = null;
    }

    public void resetPassword() {
        if (resetAccountId == null) { // posted without a profile chosen (no dialog opened): nothing to reset
            messages.errorAt(null, RegistryProblem.NOT_FOUND.messageKey());
            return;
        }
        try {
            registry.resetPassword(resetAccountId, newPassword);
            messages.info("registry.passwordReset", resetUserName);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RegistryException e) {
            show(e, "passwordForm");
        } finally {
            newPassword = null;
        }
    }

    /** Starts the import of the uploaded CSV; the page then polls {@link #getImportPercent()}. */
    public void upload() {
        if (file == null || file.getSize() == 0 || file.getContent() == null) {
            messages.errorAt("importForm:file", "registry.import.noFile");
            return;
        }
        if (file.getSize() > Registry.MAX_IMPORT_BYTES) {
            messages.errorAt("importForm:file", RegistryProblem.FILE_TOO_LARGE.messageKey());
            return;
        }
        importFileName = file.getFileName();
        importProgress = new ImportProgress();
        registry.startImport(file.getContent(), importFileName, importProgress);
        file = null;
    }

    /** The progress bar reached 100: show the outcome and the rows the import added. */
    public void importCompleted() {
        ImportProgress.Snapshot done = getImportStatus();
        if (done.fileProblem() != null) {
            messages.errorAt(null, done.fileProblem().messageKey());
        } else {
            messages.info("registry.import.done", done.imported(), done.refused());
        }
    }

    public boolean isImportStarted() {
        return importProgress != null;
    }

    public boolean isImportRunning() {
        return importProgress != null && !importProgress.isFinished();
    }

    public ImportProgress.Snapshot getImportStatus() {
        return importProgress == null ? new ImportProgress().snapshot() : importProgress.snapshot();
    }

    public Integer getImportPercent() {
        return getImportStatus().percent();
    }

    public void setImportPercent(Integer ignored) {
        // the progress bar posts its value back; the import alone decides it
    }

    /** The localized reasons a row was refused, in one line. */
    public String reasons(ImportProgress.RowError error) {
        return error.problems().stream()
                .map(problem -> messages.text(problem.messageKey()))
                .collect(Collectors.joining(" "));
    }

    public ProfileStatus[] getStatuses() {
        return ProfileStatus.values();
    }

    private ProfileDraft draft() {
        return new ProfileDraft(networkId, legalName, countryCode, status);
    }

    private void clearDialog() {
        accountId = null;
        accountUserName = null;
        profileId = null;
        profileVersion = 0;
        userName = null;
        password = null;
        networkId = null;
        legalName = null;
        countryCode = null;
        status = ProfileStatus.ACTIVE;
    }

    /** Each problem at its field in that form (or at the top), and the request marked as failed. */
    private void show(RegistryException refusal, String form) {
        for (RegistryProblem problem : refusal.problems()) {
            messages.errorAt(problem.field() == null ? null : form + ":" + problem.field(), problem.messageKey());
        }
    }

    public Mode getMode() {
        return mode;
    }

    public String getAccountUserName() {
        return accountUserName;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNetworkId() {
        return networkId;
    }

    public void setNetworkId(String networkId) {
        this.networkId = networkId;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public ProfileStatus getStatus() {
        return status;
    }

    public void setStatus(ProfileStatus status) {
        this.status = status;
    }

    public String getResetUserName() {
        return resetUserName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getImportFileName() {
        return importFileName;
    }
}
