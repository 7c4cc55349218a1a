package org.channelcenter.enrollment.boundary;

import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.ALREADY_ENROLLED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.APPLICATION_EXISTS;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.CONFIRMATIONS_MISSING;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.DIRECTORY_NOT_ELIGIBLE;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.DIRECTORY_SIGN_IN_FAILED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.DOMAIN_CHECKS_THROTTLED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.DOMAIN_TAKEN;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_INVALID;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.LINK_USED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.MEMBERSHIP_SIGN_IN_FAILED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.NOT_AN_APPLICANT;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.NOT_GLOBAL_ADMIN;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.PROFILE_ALREADY_LINKED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.PROFILE_NOT_FOUND;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.SIGN_IN_THROTTLED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.VERIFICATION_MAILS_LIMITED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.WRONG_STATE;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.control.AuditTrail;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.directory.boundary.SignInResult;
import org.channelcenter.directory.boundary.SignIns;
import org.channelcenter.directory.control.Directories;
import org.channelcenter.directory.control.DirectorySuffix;
import org.channelcenter.directory.control.SignInFailures;
import org.channelcenter.directory.control.UserAccountRepository;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.enrollment.control.EnrollmentMail;
import org.channelcenter.enrollment.control.ProfileEligibility;
import org.channelcenter.enrollment.control.VerificationMails;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.enrollment.entity.ContactVerification;
import org.channelcenter.enrollment.entity.EnrollmentApplication;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.control.CurrentCaller;
import org.channelcenter.kernel.control.SecureToken;
import org.channelcenter.kernel.control.Writes;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.membership.boundary.MembershipSignIns;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.OrganizationProfile;

/**
 * The applicant's side of enrollment (SPEC §3): the wizard's checks, <b>Enroll now</b>, the primary
 * contact's verification, and the status page. The wizard is public, so every method that acts checks the
 * credentials it is given again; the status-page methods act only for the signed-in applicant.
 */
@Stateless
@PermitAll
public class Enrollments {

    @PersistenceContext(unitName = "channelcenter")
    EntityManager em;

    @EJB
    SignIns signIns;

    @EJB
    MembershipSignIns membershipSignIns;

    @EJB
    AuditLog auditLog;

    @Inject
    UserAccountRepository users;

    @Inject
    DirectorySuffix suffix;

    @Inject
    Directories directories;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    EnrollmentMail mail;

    @Inject
    VerificationMails verificationMails;

    @Inject
    SignInFailures signInFailures;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    /** Step 2, existing directory: the sign-in of one of its global admins. */
    public DirectoryCheck checkDirectory(String signInName, String password, String clientAddress) {
        UserAccount admin = directoryAdmin(signInName, password, clientAddress);
        Organization organization = admin.getOrganization();
        if (!organization.isApprovedPartner()) {
            checkMayEnroll(organization);
        }
        return new DirectoryCheck(
                organization.getName(),
                organization.getDirectoryDomain(),
                organization.getCountryCode(),
                organization.isApprovedPartner());
    }

    /** The suffix every directory ends in ({@code cc.directory.suffix}). */
    public String directorySuffix() {
        return suffix.value();
    }

    /**
     * Step 2, "Create new tenant": is the domain still free? Anyone may ask, so each client address may ask only so
     * often ({@link SignInFailures#domainCheck}): beyond that it is refused, and audited, without looking.
     */
    public String checkNewDirectory(String domainPrefix, String clientAddress) {
        if (!signInFailures.domainCheck(clientAddress, Instant.now())) {
            auditLog.recordRefusal(
                    AuditAction.DOMAIN_CHECK_THROTTLED, null, "directory name " + domainPrefix, clientAddress);
            throw new EnrollmentRefusedException(DOMAIN_CHECKS_THROTTLED);
        }
        return directories.freeDomain(domainPrefix, () -> new EnrollmentRefusedException(DOMAIN_TAKEN));
    }

    /** Step 3: the membership account's profiles, each choosable or with the reason it is not. */
    public List<ProfileChoice> membershipProfiles(
            String userName, String password, String directoryCountry, String clientAddress) {
        MembershipAccount account = membershipAccount(userName, password, clientAddress);
        return em.createNamedQuery(OrganizationProfile.OF_ACCOUNT, OrganizationProfile.class)
                .setParameter("accountId", account.getId())
                .getResultStream()
                .map(profile -> new ProfileChoice(
                        profile.getId(),
                        profile.getNetworkId(),
                        profile.getLegalName(),
                        profile.getCountryCode(),
                        ProfileEligibility.whyNot(profile, directoryCountry).orElse(null)))
                .toList();
    }

    /**
     * <b>Enroll now</b>: creates the directory if asked, links the network ID, files the application and
     * mails the primary contact a verification link — all or nothing.
     */
    public EnrollmentReceipt enroll(@NotNull @Valid EnrollmentRequest request, String clientAddress) {
        Instant now = Instant.now();
        // the membership sign-in (throttled, locked per address) first: before it, a new directory's "domain taken"
        // would answer anyone, around the throttle of checkNewDirectory
        MembershipAccount account =
                membershipAccount(request.membershipUserName(), request.membershipPassword(), clientAddress);
        UserAccount applicant = request.newDirectory() != null
                ? createDirectory(request.newDirectory(), request.locale(), now)
                : existingApplicant(request.directorySignIn(), request.directoryPassword(), clientAddress);
        Organization organization = applicant.getOrganization();

        OrganizationProfile networkProfile = em.find(OrganizationProfile.class, request.profileId());
        if (networkProfile == null || !networkProfile.getAccount().getId().equals(account.getId())) {
            // another account's network ID (or none): recorded in its own transaction, the enrollment rolls back
            auditLog.recordRefusal(
                    AuditAction.ACCESS_DENIED,
                    account.getUserName(),
                    "organization profile " + request.profileId(),
                    clientAddress);
            throw new EnrollmentRefusedException(PROFILE_NOT_FOUND);
        }
        ProfileEligibility.whyNot(networkProfile, organization.getCountryCode()).ifPresent(reason -> {
            throw new EnrollmentRefusedException(reason);
        });
        networkProfile.linkTo(organization.getId());

        EnrollmentApplication application = EnrollmentApplication.submit(
                organization, applicant, networkProfile, request.profile(), request.locale(), now);
        em.persist(application);
        flushOrRefuse(PROFILE_ALREADY_LINKED); // a concurrent enrollment linked the same network ID first
        issueVerification(application, now);
        audit.recordAs(
                applicant.getLoginName(),
                organization.getId(),
                AuditAction.ENROLLMENT_SUBMITTED,
                "application " + application.getId(),
                "network ID " + networkProfile.getNetworkId(),
                clientAddress);
        return new EnrollmentReceipt(
                application.getId(),
                applicant.getLoginName(),
                application.getProfile().getContactEmail());
    }

    /**
     * The seeds' "If you are already enrolled": a directory of an approved partner gives only its
     * customer-support details and gets its reseller account at once.
     */
    public EnrollmentReceipt enrollApprovedPartner(
            String signInName,
            String password,
            @NotNull BusinessProfile support,
            @NotNull Locale locale,
            String clientAddress) {
        UserAccount admin = directoryAdmin(signInName, password, clientAddress);
        Organization organization = admin.getOrganization();
        if (!organization.isApprovedPartner()) {
            throw new EnrollmentRefusedException(DIRECTORY_NOT_ELIGIBLE);
        }
        if (latestApplicationOf(organization.getId())
                .filter(a -> a.getStatus() == EnrollmentStatus.APPROVED)
                .isPresent()) {
            throw new EnrollmentRefusedException(ALREADY_ENROLLED);
        }
        BusinessProfile details = support.copy();
        details.setLegalName(organization.getName());
        details.setContactEmail(admin.getEmail());
        details.setContactFirstName(admin.getDisplayName());
        // validated once complete: the legal name and contact come from the directory, not from the form
        Set<ConstraintViolation<BusinessProfile>> violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        EnrollmentApplication application =
                EnrollmentApplication.approvedPartner(organization, admin, details, locale, Instant.now());
        em.persist(application);
        em.flush(); // the receipt carries the new id
        mail.statusChanged(application);
        audit.recordAs(
                admin.getLoginName(),
                organization.getId(),
                AuditAction.RESELLER_ACCOUNT_CREATED,
                "application " + application.getId(),
                "already an approved partner",
                clientAddress);
        return new EnrollmentReceipt(application.getId(), admin.getLoginName(), admin.getEmail());
    }

    /** What the verification page shows for a link, or why the link cannot be used. */
    public ApplicationView verification(String token) {
        ContactVerification verification = verificationFor(token);
        try {
            verification.checkUsableAt(Instant.now());
        } catch (EnrollmentRefusedException refused) {
            throw auditedLinkRefusal(refused, verification.getApplication());
        }
        return ApplicationView.of(verification.getApplication());
    }

    /** The primary contact confirms (1) they signed up and (2) the address is the organization's. */
    public void confirmContact(String token, boolean signedUp, boolean addressBelongsToOrganization) {
        if (!signedUp || !addressBelongsToOrganization) {
            throw new EnrollmentRefusedException(CONFIRMATIONS_MISSING);
        }
        ContactVerification verification = verificationFor(token);
        EnrollmentApplication application = verification.getApplication();
        try {
            verification.use(Instant.now());
            application.contactVerified();
            flushOrRefuse(LINK_USED); // the same link confirmed twice at once: one wins
        } catch (EnrollmentRefusedException refused) {
            throw auditedLinkRefusal(refused, application);
        }
        mail.statusChanged(application);
        audit.recordAs(
                application.getProfile().getContactEmail(),
                application.getOrganization().getId(),
                AuditAction.CONTACT_VERIFIED,
                "application " + application.getId(),
                null,
                null);
    }

    /** The signed-in applicant's latest application, if their organization has one. */
    public Optional<ApplicationView> myApplication() {
        Caller caller =
                currentCaller.findApplicant().orElseThrow(() -> new EnrollmentRefusedException(NOT_AN_APPLICANT));
        return latestApplicationOf(caller.organizationId()).map(ApplicationView::of);
    }

    /** Is the signed-in user someone whose organization still awaits its enrollment decision? */
    public boolean isAwaitingApproval() {
        return currentCaller.find().isEmpty() && currentCaller.findApplicant().isPresent();
    }

    /**
     * Sends the primary contact a new verification link; earlier links stop working. Refused, and audited, beyond
     * {@code cc.verification.mails.per.hour} mails within an hour.
     */
    public void resendVerification() {
        EnrollmentApplication application = myOpenApplication(EnrollmentStatus.CONTACT_VERIFICATION_PENDING);
        Instant now = Instant.now();
        if (!verificationMails.mayResend(application, now)) {
            auditLog.recordDenial(
                    AuditAction.CONTACT_VERIFICATION_LIMIT_REACHED,
                    "application " + application.getId(),
                    verificationMails.limit() + " verification mails within the hour",
                    application.getOrganization().getId());
            throw new EnrollmentRefusedException(VERIFICATION_MAILS_LIMITED);
        }
        issueVerification(application, now);
    }

    /**
     * Answers a request for more information with the edited business profile: back to review, or, when the
     * primary contact's address changed, to that address's verification first (a link is mailed to it).
     */
    public void resubmit(@NotNull @Valid BusinessProfile edited) {
        EnrollmentApplication application = myOpenApplication(EnrollmentStatus.MORE_INFO_REQUESTED);
        Instant now = Instant.now();
        boolean newContact = application.resubmit(edited, now);
        audit.record(
                AuditAction.ENROLLMENT_RESUBMITTED,
                "application " + application.getId(),
                newContact ? "new primary contact address, to be verified" : null,
                application.getOrganization().getId());
        if (newContact) {
            issueVerification(application, now);
        } else {
            mail.statusChanged(application);
        }
    }

    private EnrollmentApplication myOpenApplication(EnrollmentStatus expected) {
        Caller caller =
                currentCaller.findApplicant().orElseThrow(() -> new EnrollmentRefusedException(NOT_AN_APPLICANT));
        EnrollmentApplication application = latestApplicationOf(caller.organizationId())
                .orElseThrow(() -> new EnrollmentRefusedException(NOT_AN_APPLICANT));
        if (application.getStatus() != expected) {
            throw new EnrollmentRefusedException(WRONG_STATE);
        }
        return application;
    }

    private void issueVerification(EnrollmentApplication application, Instant now) {
        SecureToken token = verificationMails.issue(application, now);
        mail.verifyContact(application, token.value());
        audit.recordAs(
                application.getApplicant().getLoginName(),
                application.getOrganization().getId(),
                AuditAction.CONTACT_VERIFICATION_SENT,
                "application " + application.getId(),
                application.getProfile().getContactEmail(),
                null);
    }

    /**
     * A refused verification link is audited like any other refusal, in its own transaction (the refusal rolls
     * this one back): against its application when the link is known, concerning the applicant organization.
     * The link itself is never written: it is the credential.
     */
    private EnrollmentRefusedException auditedLinkRefusal(
            EnrollmentRefusedException refused, EnrollmentApplication application) {
        if (application == null) {
            auditLog.recordDenial(AuditAction.ACCESS_DENIED, "verification link", "refused: " + refused.reason());
        } else {
            auditLog.recordDenial(
                    AuditAction.ACCESS_DENIED,
                    "application " + application.getId(),
                    "verification link refused: " + refused.reason(),
                    application.getOrganization().getId());
        }
        return refused;
    }

    private ContactVerification verificationFor(String token) {
        return em.createNamedQuery(ContactVerification.BY_HASH, ContactVerification.class)
                .setParameter("hash", SecureToken.hashOf(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> auditedLinkRefusal(new EnrollmentRefusedException(LINK_INVALID), null));
    }

    private Optional<EnrollmentApplication> latestApplicationOf(long organizationId) {
        return em.createNamedQuery(EnrollmentApplication.OF_ORGANIZATION, EnrollmentApplication.class)
                .setParameter("organizationId", organizationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private UserAccount createDirectory(NewDirectory directory, Locale locale, Instant now) {
        return directories.create(
                directory,
                OrganizationKind.RESELLER,
                Organization::awaitEnrollment,
                locale,
                now,
                () -> new EnrollmentRefusedException(DOMAIN_TAKEN));
    }

    /** An existing directory may enroll when it is a reseller directory without an open application. */
    private UserAccount existingApplicant(String signInName, String password, String clientAddress) {
        UserAccount admin = directoryAdmin(signInName, password, clientAddress);
        checkMayEnroll(admin.getOrganization());
        return admin;
    }

    private void checkMayEnroll(Organization organization) {
        if (organization.isApprovedPartner()) {
            throw new EnrollmentRefusedException(ALREADY_ENROLLED);
        }
        if (organization.getKind() != OrganizationKind.RESELLER || !organization.isPending()) {
            throw new EnrollmentRefusedException(DIRECTORY_NOT_ELIGIBLE);
        }
        if (latestApplicationOf(organization.getId())
                .filter(a -> a.getStatus() != EnrollmentStatus.REJECTED)
                .isPresent()) {
            throw new EnrollmentRefusedException(APPLICATION_EXISTS);
        }
    }

    /** A global admin of the directory, checked like any sign-in (audited, counted towards lock-out). */
    private UserAccount directoryAdmin(String signInName, String password, String clientAddress) {
        SignInResult signIn = signInName == null || password == null
                ? SignInResult.refused(SignInResult.Outcome.INVALID_CREDENTIALS)
                : signIns.verify(signInName, password.toCharArray(), clientAddress);
        if (signIn.outcome() == SignInResult.Outcome.THROTTLED) {
            throw new EnrollmentRefusedException(SIGN_IN_THROTTLED);
        }
        if (!signIn.succeeded()) {
            throw new EnrollmentRefusedException(DIRECTORY_SIGN_IN_FAILED);
        }
        UserAccount admin = users.byLoginName(signInName)
                .orElseThrow(() -> new EnrollmentRefusedException(DIRECTORY_SIGN_IN_FAILED));
        if (!admin.hasRole(Role.GLOBAL_ADMIN)) {
            throw new EnrollmentRefusedException(NOT_GLOBAL_ADMIN);
        }
        return admin;
    }

    /** The membership account, signed in to like the portal (throttled, locked per address, audited). */
    private MembershipAccount membershipAccount(String userName, String password, String clientAddress) {
        MembershipSignIns.Result signIn = membershipSignIns.verify(userName, password, clientAddress);
        if (signIn.outcome() == SignInResult.Outcome.THROTTLED) {
            throw new EnrollmentRefusedException(SIGN_IN_THROTTLED);
        }
        if (!signIn.succeeded()) {
            throw new EnrollmentRefusedException(MEMBERSHIP_SIGN_IN_FAILED);
        }
        return em.find(MembershipAccount.class, signIn.accountId());
    }

    /** A lost race, on a version or on a unique constraint (the directory domain), is the same refusal. */
    private void flushOrRefuse(EnrollmentRefusedException.Reason reason) {
        Writes.flushOr(em, e -> new EnrollmentRefusedException(reason), e -> new EnrollmentRefusedException(reason));
    }
}
