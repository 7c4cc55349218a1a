package org.channelcenter.enrollment.entity;

import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.NOTE_REQUIRED;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.PROFILE_INCOMPLETE;
import static org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason.WRONG_STATE;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.membership.entity.OrganizationProfile;

/**
 * A reseller's enrollment application and its review. The entity alone moves between states; a move from
 * a state that does not allow it is refused with {@code WRONG_STATE}.
 */
@Entity
@Table(name = "enrollment_application")
@NamedQuery(
        name = EnrollmentApplication.OF_ORGANIZATION,
        query = "select a from EnrollmentApplication a"
                + " join fetch a.organization where a.organization.id = :organizationId order by a.id desc")
@NamedQuery(
        name = EnrollmentApplication.COUNT_BY_LEGAL_NAME,
        query = "select count(a) from EnrollmentApplication a"
                + " where lower(a.profile.legalName) = :legalName and a.id <> :id and a.status <> :rejected")
public class EnrollmentApplication {

    public static final String OF_ORGANIZATION = "EnrollmentApplication.ofOrganization";
    public static final String COUNT_BY_LEGAL_NAME = "EnrollmentApplication.countByLegalName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_user_id", nullable = false, updatable = false)
    private UserAccount applicant;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id", updatable = false)
    private OrganizationProfile networkProfile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrollmentStatus status;

    @Embedded
    private BusinessProfile profile;

    @Column(name = "country_code", nullable = false, updatable = false)
    private String countryCode;

    @Column(nullable = false, updatable = false)
    private String locale;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected EnrollmentApplication() {
        // for JPA
    }

    private EnrollmentApplication(
            Organization organization,
            UserAccount applicant,
            OrganizationProfile networkProfile,
            BusinessProfile profile,
            Locale locale,
            EnrollmentStatus status,
            Instant now) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.networkProfile = networkProfile;
        this.profile = profile.copy();
        this.countryCode = organization.getCountryCode();
        this.locale = locale.toLanguageTag();
        this.status = status;
        this.createdAt = now;
        this.submittedAt = now;
    }

    /** A new reseller's application: waits for its primary contact to confirm the address. */
    public static EnrollmentApplication submit(
            Organization organization,
            UserAccount applicant,
            OrganizationProfile networkProfile,
            BusinessProfile profile,
            Locale locale,
            Instant now) {
        if (!profile.isCompleteForReview()) {
            throw new EnrollmentRefusedException(PROFILE_INCOMPLETE);
        }
        return new EnrollmentApplication(
                organization,
                applicant,
                Objects.requireNonNull(networkProfile),
                profile,
                locale,
                EnrollmentStatus.CONTACT_VERIFICATION_PENDING,
                now);
    }

    /** An already approved partner only gives its customer-support details and is a reseller at once. */
    public static EnrollmentApplication approvedPartner(
            Organization organization, UserAccount applicant, BusinessProfile support, Locale locale, Instant now) {
        EnrollmentApplication application = new EnrollmentApplication(
                organization, applicant, null, support, locale, EnrollmentStatus.APPROVED, now);
        application.decidedAt = now;
        return application;
    }

    public void contactVerified() {
        require(EnrollmentStatus.CONTACT_VERIFICATION_PENDING);
        status = EnrollmentStatus.IN_REVIEW;
    }

    public void approve(String staff, Instant now) {
        require(EnrollmentStatus.IN_REVIEW);
        decide(EnrollmentStatus.APPROVED, staff, null, now);
    }

    public void reject(String staff, String reason, Instant now) {
        if (status != EnrollmentStatus.IN_REVIEW && status != EnrollmentStatus.MORE_INFO_REQUESTED) {
            throw new EnrollmentRefusedException(WRONG_STATE);
        }
        decide(EnrollmentStatus.REJECTED, staff, requireNote(reason), now);
    }

    public void requestMoreInformation(String staff, String message, Instant now) {
        require(EnrollmentStatus.IN_REVIEW);
        decide(EnrollmentStatus.MORE_INFO_REQUESTED, staff, requireNote(message), now);
    }

    /**
     * The applicant answers a request for more information with an edited profile. It goes back to review, unless
     * the primary contact's address changed: then that address must be verified first, like a new application's.
     *
     * @return whether the primary contact's address changed (and awaits verification)
     */
    public boolean resubmit(BusinessProfile edited, Instant now) {
        require(EnrollmentStatus.MORE_INFO_REQUESTED);
        if (!edited.isCompleteForReview()) {
            throw new EnrollmentRefusedException(PROFILE_INCOMPLETE);
        }
        boolean newContact = !sameAddress(profile.getContactEmail(), edited.getContactEmail());
        profile = edited.copy();
        status = newContact ? EnrollmentStatus.CONTACT_VERIFICATION_PENDING : EnrollmentStatus.IN_REVIEW;
        submittedAt = now;
        return newContact;
    }

    /** Mail addresses compare without surrounding blanks and case: the same mailbox needs no new verification. */
    private static boolean sameAddress(String before, String after) {
        return before != null && after != null && before.strip().equalsIgnoreCase(after.strip());
    }

    private void decide(EnrollmentStatus next, String staff, String note, Instant now) {
        status = next;
        decidedBy = staff;
        decisionNote = note;
        decidedAt = now;
    }

    private void require(EnrollmentStatus expected) {
        if (status != expected) {
            throw new EnrollmentRefusedException(WRONG_STATE);
        }
    }

    private static String requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new EnrollmentRefusedException(NOTE_REQUIRED);
        }
        String trimmed = note.trim();
        return trimmed.length() > 2000 ? trimmed.substring(0, 2000) : trimmed;
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public UserAccount getApplicant() {
        return applicant;
    }

    public OrganizationProfile getNetworkProfile() {
        return networkProfile;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public BusinessProfile getProfile() {
        return profile.copy();
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
