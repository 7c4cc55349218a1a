package org.channelcenter.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.enrollment.boundary.EnrollmentRequest;
import org.channelcenter.enrollment.boundary.Enrollments;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.membership.entity.MembershipAccount;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one id the matrix ({@link BoundaryMatrixIT}) leaves out, because its caller is anonymous: the enrollment
 * wizard's network profile. An applicant signed in with its own membership account who names another account's
 * profile is refused as if there were none, nothing is linked, and the refusal is audited with the applicant's
 * address (it was not: the refusal rolled back with the enrollment and left no trace).
 */
@ExtendWith(ArquillianExtension.class)
class ForeignProfileEnrollmentIT {

    private static final String PASSWORD = "Correct-Horse-7";
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    Enrollments enrollments;

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void anotherAccountsProfileIsRefusedNotLinkedAndAudited() throws Exception {
        String applicant = membershipAccount();
        long foreignProfile = profileOf(membershipAccount());
        String from = "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));

        EnrollmentRefusedException refused = assertThrows(
                EnrollmentRefusedException.class,
                () -> enrollments.enroll(
                        new EnrollmentRequest(
                                null,
                                null,
                                newDirectory(),
                                applicant,
                                PASSWORD,
                                foreignProfile,
                                businessProfile(),
                                Locale.ENGLISH),
                        from));

        assertEquals(Reason.PROFILE_NOT_FOUND, refused.reason());
        Database database = new Database(dataSource);
        assertEquals(
                0,
                database.count(
                        "select count(*) from organization_profile where id = ? and linked_organization_id is not null",
                        foreignProfile));
        assertEquals(
                List.of("ACCESS_DENIED " + from),
                database.strings(
                        "select action || ' ' || client_address from audit_event where actor_login = ? and target = ?",
                        applicant,
                        "organization profile " + foreignProfile));
    }

    private String membershipAccount() throws Exception {
        String userName = "it-foreign-" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
        String networkId = Long.toString(1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 8_999_999_999L));
        Transactions.inTransaction(transaction, () -> {
            MembershipAccount account = samples.membershipAccount(userName, PASSWORD);
            return samples.profile(account, networkId, "Legal " + userName, "US", true);
        });
        return userName;
    }

    private long profileOf(String userName) throws Exception {
        return new Database(dataSource)
                .count(
                        "select p.id from organization_profile p join membership_account a"
                                + " on a.id = p.membership_account_id where a.user_name = ?",
                        userName);
    }

    private static NewDirectory newDirectory() {
        NewDirectory directory = new NewDirectory();
        directory.setDomainPrefix("it-" + Long.toString(Math.abs(RANDOM.nextLong()), 36));
        directory.setOrganizationName("IT Foreign Profile " + directory.getDomainPrefix());
        directory.setCountryCode("US");
        directory.setAdminFirstName("Ivo");
        directory.setAdminLastName("Tester");
        directory.setAdminEmail("ivo@example.test");
        directory.setAdminPassword(PASSWORD);
        return directory;
    }

    private static BusinessProfile businessProfile() {
        BusinessProfile profile = new BusinessProfile();
        profile.setLegalName("IT Legal Foreign");
        profile.setAddressLine1("1 Test Street");
        profile.setCity("Springfield");
        profile.setPostalCode("12345");
        profile.setContactFirstName("Paula");
        profile.setContactLastName("Primary");
        profile.setContactEmail("contact-foreign@example.test");
        profile.setSupportEmail("support@example.test");
        return profile;
    }
}
