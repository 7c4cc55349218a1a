package org.channelcenter.enrollment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.OrganizationProfile;
import org.junit.jupiter.api.Test;

class ContactVerificationTest {

    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");

    private static ContactVerification link() {
        Organization organization = new Organization(OrganizationKind.RESELLER, "C", "c.channel.test", "US", ISSUED);
        UserAccount admin =
                new UserAccount(organization, "admin", "Ada", "a@c.example", EnumSet.of(Role.GLOBAL_ADMIN), ISSUED);
        EnrollmentApplication application = EnrollmentApplication.submit(
                organization,
                admin,
                new OrganizationProfile(new MembershipAccount("mpn-test", "hash", ISSUED), "1234567", "C", "US"),
                EnrollmentApplicationTest.completeProfile(),
                Locale.ENGLISH,
                ISSUED);
        return new ContactVerification(application, "hash", ISSUED);
    }

    @Test
    void worksOnceWithinItsLifetime() {
        ContactVerification link = link();
        link.use(ISSUED.plus(ContactVerification.LIFETIME).minusSeconds(1));
        assertEquals(
                Reason.LINK_USED,
                assertThrows(EnrollmentRefusedException.class, () -> link.use(ISSUED.plusSeconds(10)))
                        .reason());
    }

    @Test
    void expiresAfterItsLifetime() {
        ContactVerification link = link();
        assertEquals(
                Reason.LINK_EXPIRED,
                assertThrows(
                                EnrollmentRefusedException.class,
                                () -> link.use(ISSUED.plus(ContactVerification.LIFETIME)))
                        .reason());
    }

    @Test
    void aReplacedLinkIsRefusedEvenBeforeItExpires() {
        ContactVerification link = link();
        link.replace(ISSUED.plusSeconds(60));
        assertEquals(
                Reason.LINK_REPLACED,
                assertThrows(EnrollmentRefusedException.class, () -> link.use(ISSUED.plusSeconds(61)))
                        .reason());
        assertEquals(ISSUED, link.getIssuedAt());
    }
}
