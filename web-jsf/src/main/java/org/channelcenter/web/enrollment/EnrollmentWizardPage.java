package org.channelcenter.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.enrollment.boundary.DirectoryCheck;
import org.channelcenter.enrollment.boundary.EnrollmentReceipt;
import org.channelcenter.enrollment.boundary.EnrollmentRequest;
import org.channelcenter.enrollment.boundary.Enrollments;
import org.channelcenter.enrollment.boundary.ProfileChoice;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.web.i18n.Countries;
import org.channelcenter.web.i18n.LanguageSelection;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * The enrollment wizard, in the order of SPEC §3: Welcome → directory → membership sign-in (user name,
 * Next, password, Sign in) → profile (Continue / Cancel) → business profile → Enroll now. Everything typed
 * stays in this view while the applicant moves back and forth; nothing is written before Enroll now, and
 * the boundary checks every credential again then.
 */
@Named
@ViewScoped
public class EnrollmentWizardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Step {
        WELCOME,
        DIRECTORY,
        MEMBERSHIP,
        PROFILE,
        SUPPORT,
        DONE
    }

    public enum MembershipStep {
        EXPLAIN,
        USER_NAME,
        PASSWORD,
        PROFILES
    }

    @EJB
    Enrollments enrollments;

    @Inject
    DomainMessages refusals;

    @Inject
    LanguageSelection language;

    @Inject
    Countries countries;

    private Step step = Step.WELCOME;
    private MembershipStep membershipStep = MembershipStep.EXPLAIN;

    private String directorySignInName;
    private String directoryPassword;
    private final NewDirectory newDirectory = new NewDirectory();
    private boolean creatingDirectory;
    private DirectoryCheck existingDirectory;
    private String newDirectoryDomain;

    private String membershipUserName;
    private String membershipPassword;
    private List<ProfileChoice> profiles = List.of();
    private Long selectedProfileId;

    private final BusinessProfile profile = new BusinessProfile();
    private EnrollmentReceipt receipt;
    private String directorySuffix;
    private boolean approvedAtOnce;

    public void next() {
        step = Step.DIRECTORY;
    }

    public void back() {
        step = switch (step) {
            case DIRECTORY -> Step.WELCOME;
            case MEMBERSHIP, SUPPORT -> Step.DIRECTORY;
            case PROFILE -> Step.MEMBERSHIP;
            default -> step;
        };
    }

    /** "Sign in to directory" as a global admin of an existing directory. */
    public void signInToDirectory() {
        refusals.attempt(
                () -> {
                    existingDirectory =
                            enrollments.checkDirectory(directorySignInName, directoryPassword, clientAddress());
                    creatingDirectory = false;
                    step = existingDirectory.approvedPartner() ? Step.SUPPORT : Step.MEMBERSHIP;
                },
                "enrollForm:directoryPassword");
    }

    /** "Create new tenant": the directory is created with the application, once the domain is known to be free. */
    public void createNewDirectory() {
        refusals.attempt(
                () -> {
                    newDirectoryDomain = enrollments.checkNewDirectory(newDirectory.getDomainPrefix(), clientAddress());
                    creatingDirectory = true;
                    existingDirectory = null;
                    step = Step.MEMBERSHIP;
                },
                "enrollForm:domainPrefix");
    }

    public void startMembershipSignIn() {
        membershipStep = MembershipStep.USER_NAME;
    }

    public void membershipNext() {
        membershipStep = MembershipStep.PASSWORD;
    }

    public void membershipSignIn() {
        refusals.attempt(
                () -> {
                    profiles = enrollments.membershipProfiles(
                            membershipUserName, membershipPassword, directoryCountry(), clientAddress());
                    selectedProfileId = profiles.stream()
                            .filter(ProfileChoice::selectable)
                            .map(ProfileChoice::id)
                            .findFirst()
                            .orElse(null);
                    membershipStep = MembershipStep.PROFILES;
                },
                "enrollForm:membershipPassword");
    }

    /** "Continue" with the chosen profile; an unavailable one is refused with its reason. */
    public void continueWithProfile() {
        ProfileChoice chosen = profiles.stream()
                .filter(p -> p.id() == (selectedProfileId == null ? -1 : selectedProfileId))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            refusals.show(
                    new EnrollmentRefusedException(EnrollmentRefusedException.Reason.PROFILE_NOT_FOUND),
                    "enrollForm:profileChoice");
            return;
        }
        if (!chosen.selectable()) {
            refusals.show(new EnrollmentRefusedException(chosen.unavailable()), "enrollForm:profileChoice");
            return;
        }
        if (profile.getLegalName() == null || profile.getLegalName().isBlank()) {
            profile.setLegalName(chosen.legalName());
        }
        step = Step.PROFILE;
    }

    /** "Cancel": sign in again with another membership account. */
    public void cancelProfileChoice() {
        membershipPassword = null;
        profiles = List.of();
        selectedProfileId = null;
        membershipStep = MembershipStep.USER_NAME;
    }

    public void enrollNow() {
        refusals.attempt(
                () -> {
                    receipt = enrollments.enroll(
                            new EnrollmentRequest(
                                    creatingDirectory ? null : directorySignInName,
                                    creatingDirectory ? null : directoryPassword,
                                    creatingDirectory ? newDirectory : null,
                                    membershipUserName,
                                    membershipPassword,
                                    selectedProfileId == null ? -1 : selectedProfileId,
                                    profile,
                                    language.getLocale()),
                            clientAddress());
                    forgetPasswords();
                    step = Step.DONE;
                },
                null);
    }

    /** The already-enrolled shortcut: only customer-support details. */
    public void enrollApprovedPartner() {
        refusals.attempt(
                () -> {
                    receipt = enrollments.enrollApprovedPartner(
                            directorySignInName, directoryPassword, profile, language.getLocale(), clientAddress());
                    approvedAtOnce = true;
                    forgetPasswords();
                    step = Step.DONE;
                },
                null);
    }

    private void forgetPasswords() {
        directoryPassword = null;
        membershipPassword = null;
        newDirectory.setAdminPassword(null);
    }

    public String choiceLabel(ProfileChoice choice) {
        String label = choice.networkId() + " · " + choice.legalName() + " · " + countries.name(choice.countryCode());
        return choice.selectable()
                ? label
                : label + " — " + refusals.text(choice.unavailable().messageKey());
    }

    /** The configured suffix every directory ends in, for the domain hint. */
    public String getDirectorySuffix() {
        if (directorySuffix == null) {
            directorySuffix = enrollments.directorySuffix();
        }
        return directorySuffix;
    }

    public String getDirectoryName() {
        return creatingDirectory
                ? newDirectory.getOrganizationName()
                : existingDirectory == null ? null : existingDirectory.organizationName();
    }

    public String getDirectoryDomain() {
        return creatingDirectory ? newDirectoryDomain : existingDirectory == null ? null : existingDirectory.domain();
    }

    public String directoryCountry() {
        return creatingDirectory
                ? newDirectory.getCountryCode()
                : existingDirectory == null ? null : existingDirectory.countryCode();
    }

    public String getDirectoryCountryName() {
        return countries.name(directoryCountry());
    }

    private static String clientAddress() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public int getStepIndex() {
        return switch (step) {
            case WELCOME -> 0;
            case DIRECTORY -> 1;
            case MEMBERSHIP -> 2;
            case PROFILE, SUPPORT -> 3;
            case DONE -> 4;
        };
    }

    public Step getStep() {
        return step;
    }

    public MembershipStep getMembershipStep() {
        return membershipStep;
    }

    public String getDirectorySignInName() {
        return directorySignInName;
    }

    public void setDirectorySignInName(String directorySignInName) {
        this.directorySignInName = directorySignInName;
    }

    public String getDirectoryPassword() {
        return directoryPassword;
    }

    public void setDirectoryPassword(String directoryPassword) {
        this.directoryPassword = directoryPassword;
    }

    public NewDirectory getNewDirectory() {
        return newDirectory;
    }

    public String getMembershipUserName() {
        return membershipUserName;
    }

    public void setMembershipUserName(String membershipUserName) {
        this.membershipUserName = membershipUserName;
    }

    public String getMembershipPassword() {
        return membershipPassword;
    }

    public void setMembershipPassword(String membershipPassword) {
        this.membershipPassword = membershipPassword;
    }

    public List<ProfileChoice> getProfiles() {
        return profiles;
    }

    public Long getSelectedProfileId() {
        return selectedProfileId;
    }

    public void setSelectedProfileId(Long selectedProfileId) {
        this.selectedProfileId = selectedProfileId;
    }

    public BusinessProfile getProfile() {
        return profile;
    }

    public EnrollmentReceipt getReceipt() {
        return receipt;
    }

    public boolean isApprovedAtOnce() {
        return approvedAtOnce;
    }
}
