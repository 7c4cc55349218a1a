package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.enrollment.boundary.EnrollmentReceipt;
import org.channelcenter.enrollment.boundary.EnrollmentRequest;
import org.channelcenter.enrollment.boundary.EnrollmentReviews;
import org.channelcenter.enrollment.boundary.Enrollments;
import org.channelcenter.enrollment.boundary.ProfileChoice;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason;
import org.channelcenter.enrollment.entity.EnrollmentStatus;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.SealedMails;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.InstantConverter;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.OrganizationProfile;
import org.channelcenter.notification.control.MailSeal;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The enrollment boundary against the real database: the profile rules of SPEC §3 refuse with a reason
 * and write nothing; verification links are single-use and expire; staff review refuses anyone else.
 */
@ExtendWith(ArquillianExtension.class)
class EnrollmentsIT {

    private static final String PASSWORD = "Enrollment-Test-77";
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    Enrollments enrollments;

    @EJB
    EnrollmentReviews reviews;

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Inject
    MailSeal seal;

    private record Registry(String userName, long profileId) {}

    private Registry membership(String country, boolean active) throws Exception {
        String userName = "it-mpn-" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
        String networkId = Long.toString(1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 8_999_999_999L));
        OrganizationProfile profile = Transactions.inTransaction(transaction, () -> {
            MembershipAccount account = samples.membershipAccount(userName, PASSWORD);
            return samples.profile(account, networkId, "Legal " + userName, country, active);
        });
        return new Registry(userName, profile.getId());
    }

    private static NewDirectory newDirectory(String country) {
        NewDirectory directory = new NewDirectory();
        directory.setDomainPrefix("it-" + Long.toString(Math.abs(RANDOM.nextLong()), 36));
        directory.setOrganizationName("IT Reseller " + directory.getDomainPrefix());
        directory.setCountryCode(country);
        directory.setAdminFirstName("Ivo");
        directory.setAdminLastName("Tester");
        directory.setAdminEmail("ivo@example.test");
        directory.setAdminPassword(PASSWORD);
        return directory;
    }

    private static BusinessProfile businessProfile(String contactEmail) {
        BusinessProfile profile = new BusinessProfile();
        profile.setLegalName("IT Legal " + contactEmail);
        profile.setAddressLine1("1 Test Street");
        profile.setCity("Springfield");
        profile.setPostalCode("12345");
        profile.setContactFirstName("Paula");
        profile.setContactLastName("Primary");
        profile.setContactEmail(contactEmail);
        profile.setSupportEmail("support@example.test");
        return profile;
    }

    private EnrollmentReceipt enroll(NewDirectory directory, Registry registry, String contactEmail) {
        return enrollments.enroll(
                new EnrollmentRequest(
                        null,
                        null,
                        directory,
                        registry.userName(),
                        PASSWORD,
                        registry.profileId(),
                        businessProfile(contactEmail),
                        Locale.ENGLISH),
                "127.0.0.1");
    }

    private long directories(NewDirectory directory) throws Exception {
        return new Database(dataSource)
                .count(
                        "select count(*) from organization where directory_domain like ?",
                        directory.getDomainPrefix() + ".%");
    }

    /** The link's token as the contact receives it (the relay is down in this test). */
    private String verificationToken(String contactEmail) throws Exception {
        return SealedMails.token(new Database(dataSource), seal, contactEmail, "enrollment.verifyContact");
    }

    private static String contactEmail() {
        return "contact-" + Long.toString(Math.abs(RANDOM.nextLong()), 36) + "@example.test";
    }

    @Test
    void aProfileInAnotherCountryIsRefusedAndNothingIsWritten() throws Exception {
        Registry german = membership("DE", true);
        NewDirectory directory = newDirectory("US");

        List<ProfileChoice> choices = enrollments.membershipProfiles(german.userName(), PASSWORD, "US", "127.0.0.1");
        assertEquals(Reason.PROFILE_OTHER_COUNTRY, choices.get(0).unavailable());
        EnrollmentRefusedException refused =
                assertThrows(EnrollmentRefusedException.class, () -> enroll(directory, german, contactEmail()));

        assertEquals(Reason.PROFILE_OTHER_COUNTRY, refused.reason());
        assertEquals(0, directories(directory), "the new directory was not half-created");
    }

    @Test
    void anInactiveProfileIsRefused() throws Exception {
        Registry inactive = membership("US", false);
        assertEquals(
                Reason.PROFILE_INACTIVE,
                enrollments
                        .membershipProfiles(inactive.userName(), PASSWORD, "US", "127.0.0.1")
                        .get(0)
                        .unavailable());
        NewDirectory directory = newDirectory("US");
        assertEquals(
                Reason.PROFILE_INACTIVE,
                assertThrows(EnrollmentRefusedException.class, () -> enroll(directory, inactive, contactEmail()))
                        .reason());
        assertEquals(0, directories(directory));
    }

    @Test
    void anAlreadyLinkedNetworkIdIsRefused() throws Exception {
        Registry registry = membership("US", true);
        assertNotNull(enroll(newDirectory("US"), registry, contactEmail()));

        NewDirectory second = newDirectory("US");
        assertEquals(
                Reason.PROFILE_ALREADY_LINKED,
                assertThrows(EnrollmentRefusedException.class, () -> enroll(second, registry, contactEmail()))
                        .reason());
        assertEquals(0, directories(second));
    }

    @Test
    void aWrongMembershipPasswordIsRefused() throws Exception {
        Registry registry = membership("US", true);
        assertEquals(
                Reason.MEMBERSHIP_SIGN_IN_FAILED,
                assertThrows(
                                EnrollmentRefusedException.class,
                                () -> enrollments.membershipProfiles(
                                        registry.userName(), PASSWORD + "x", "US", "127.0.0.1"))
                        .reason());
    }

    @Test
    void theVerificationLinkWorksOnceAndNeedsBothConfirmations() throws Exception {
        String contact = contactEmail();
        EnrollmentReceipt receipt = enroll(newDirectory("US"), membership("US", true), contact);
        String token = verificationToken(contact);
        assertEquals(
                EnrollmentStatus.CONTACT_VERIFICATION_PENDING,
                enrollments.verification(token).status());

        assertEquals(
                Reason.CONFIRMATIONS_MISSING,
                assertThrows(EnrollmentRefusedException.class, () -> enrollments.confirmContact(token, true, false))
                        .reason());
        enrollments.confirmContact(token, true, true);

        assertEquals(
                "IN_REVIEW",
                new Database(dataSource)
                        .strings("select status from enrollment_application where id = ?", receipt.applicationId())
                        .get(0));
        assertEquals(
                Reason.LINK_USED,
                assertThrows(EnrollmentRefusedException.class, () -> enrollments.confirmContact(token, true, true))
                        .reason());
        long unknownBefore = new Database(dataSource).count(UNKNOWN_LINKS);
        assertEquals(
                Reason.LINK_INVALID,
                assertThrows(EnrollmentRefusedException.class, () -> enrollments.verification(token + "tampered"))
                        .reason());
        assertEquals(
                List.of("verification link refused: LINK_USED"),
                linkRefusals(receipt.applicationId()),
                "the used link's refusal is audited against its application");
        assertEquals(unknownBefore + 1, new Database(dataSource).count(UNKNOWN_LINKS), "and the unknown one");
    }

    private static final String UNKNOWN_LINKS = "select count(*) from audit_event where action = 'ACCESS_DENIED'"
            + " and target = 'verification link' and details = 'refused: LINK_INVALID'";

    private List<String> linkRefusals(long applicationId) throws Exception {
        return new Database(dataSource)
                .strings(
                        "select details from audit_event where action = 'ACCESS_DENIED' and target = ? order by id",
                        "application " + applicationId);
    }

    @Test
    void anExpiredVerificationLinkIsRefused() throws Exception {
        String contact = contactEmail();
        EnrollmentReceipt receipt = enroll(newDirectory("US"), membership("US", true), contact);
        String token = verificationToken(contact);
        try (var connection = dataSource.getConnection();
                var expire = connection.prepareStatement(
                        "update contact_verification set expires_at = ?" + " where application_id = ?")) {
            expire.setTimestamp(
                    1, InstantConverter.toColumn(java.time.Instant.now().minusSeconds(60)));
            expire.setLong(2, receipt.applicationId());
            assertEquals(1, expire.executeUpdate());
        }

        assertEquals(
                Reason.LINK_EXPIRED,
                assertThrows(EnrollmentRefusedException.class, () -> enrollments.confirmContact(token, true, true))
                        .reason());
        assertEquals(
                "CONTACT_VERIFICATION_PENDING",
                new Database(dataSource)
                        .strings("select status from enrollment_application where id = ?", receipt.applicationId())
                        .get(0));
        assertEquals(List.of("verification link refused: LINK_EXPIRED"), linkRefusals(receipt.applicationId()));
    }

    @Test
    void theReviewQueueRefusesAnyoneButStaff() {
        assertThrows(EJBAccessException.class, () -> reviews.find(EnrollmentStatus.IN_REVIEW, PageRequest.of(0, 10)));
        assertThrows(EJBAccessException.class, () -> reviews.approve(1L, 0L));
    }

    @Test
    void theBoundaryValidatesTheFormsItselfAndWritesNothingForBadInput() throws Exception {
        Registry registry = membership("US", true);
        NewDirectory directory = newDirectory("US");
        directory.setAdminPassword("short");
        BusinessProfile profile = businessProfile("not-an-email");

        Exception refused = assertThrows(
                Exception.class,
                () -> enrollments.enroll(
                        new EnrollmentRequest(
                                null,
                                null,
                                directory,
                                registry.userName(),
                                PASSWORD,
                                registry.profileId(),
                                profile,
                                Locale.ENGLISH),
                        "127.0.0.1"));

        Throwable cause = refused;
        while (cause != null && !(cause instanceof jakarta.validation.ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertNotNull(cause, () -> "expected a constraint violation, got " + refused);
        assertEquals(
                2,
                ((jakarta.validation.ConstraintViolationException) cause)
                        .getConstraintViolations()
                        .size(),
                cause::getMessage);
        assertEquals(0, directories(directory), "nothing was written");
    }
}
