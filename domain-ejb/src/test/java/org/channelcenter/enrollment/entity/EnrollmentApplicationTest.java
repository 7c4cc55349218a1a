package org.channelcenter.enrollment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class EnrollmentApplicationTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static BusinessProfile completeProfile() {
        BusinessProfile profile = new BusinessProfile();
        profile.setLegalName("Contoso Ltd.");
        profile.setAddressLine1("1 Main St");
        profile.setCity("Redmond");
        profile.setPostalCode("98052");
        profile.setContactFirstName("Paula");
        profile.setContactLastName("Primary");
        profile.setContactEmail("paula@contoso.example");
        profile.setSupportEmail("support@contoso.example");
        return profile;
    }

    private static EnrollmentApplication submitted() {
        Organization organization =
                new Organization(OrganizationKind.RESELLER, "Contoso", "contoso.channel.test", "US", NOW);
        organization.awaitEnrollment();
        UserAccount admin = new UserAccount(
                organization, "admin", "Ada", "ada@contoso.example", EnumSet.of(Role.GLOBAL_ADMIN), NOW);
        OrganizationProfile network =
                new OrganizationProfile(new MembershipAccount("mpn", "hash", NOW), "1234567", "Contoso Ltd.", "US");
        return EnrollmentApplication.submit(organization, admin, network, completeProfile(), Locale.ENGLISH, NOW);
    }

    private static Reason refusal(Runnable step) {
        return assertThrows(EnrollmentRefusedException.class, step::run).reason();
    }

    @Test
    void aNewApplicationWaitsForItsPrimaryContact() {
        EnrollmentApplication application = submitted();
        assertEquals(EnrollmentStatus.CONTACT_VERIFICATION_PENDING, application.getStatus());
        assertEquals("US", application.getCountryCode());
    }

    @Test
    void anIncompleteProfileIsRefused() {
        BusinessProfile incomplete = completeProfile();
        incomplete.setCity(" ");
        Organization organization = new Organization(OrganizationKind.RESELLER, "C", "c.channel.test", "US", NOW);
        UserAccount admin =
                new UserAccount(organization, "admin", "Ada", "a@c.example", EnumSet.of(Role.GLOBAL_ADMIN), NOW);
        assertEquals(
                Reason.PROFILE_INCOMPLETE,
                refusal(() -> EnrollmentApplication.submit(
                        organization,
                        admin,
                        new OrganizationProfile(new MembershipAccount("mpn-test", "hash", NOW), "1234567", "C", "US"),
                        incomplete,
                        Locale.ENGLISH,
                        NOW)));
    }

    @Test
    void reviewIsOnlyPossibleAfterVerification() {
        EnrollmentApplication application = submitted();
        assertEquals(Reason.WRONG_STATE, refusal(() -> application.approve("staff", NOW)));
        application.contactVerified();
        assertEquals(EnrollmentStatus.IN_REVIEW, application.getStatus());
        assertEquals(Reason.WRONG_STATE, refusal(application::contactVerified));
    }

    @Test
    void approvalRecordsWhoAndWhen() {
        EnrollmentApplication application = submitted();
        application.contactVerified();
        application.approve("staff@operator", NOW.plusSeconds(60));
        assertEquals(EnrollmentStatus.APPROVED, application.getStatus());
        assertEquals("staff@operator", application.getDecidedBy());
        assertEquals(NOW.plusSeconds(60), application.getDecidedAt());
        assertEquals(Reason.WRONG_STATE, refusal(() -> application.reject("staff", "too late", NOW)));
    }

    @Test
    void rejectionAndRequestsForInformationNeedAText() {
        EnrollmentApplication application = submitted();
        application.contactVerified();
        assertEquals(Reason.NOTE_REQUIRED, refusal(() -> application.reject("staff", "  ", NOW)));
        assertEquals(Reason.NOTE_REQUIRED, refusal(() -> application.requestMoreInformation("staff", null, NOW)));
        assertEquals(EnrollmentStatus.IN_REVIEW, application.getStatus());
    }

    @Test
    void moreInformationThenResubmissionGoesBackToReview() {
        EnrollmentApplication application = submitted();
        application.contactVerified();
        application.requestMoreInformation("staff", "Send your VAT number", NOW);
        assertEquals(EnrollmentStatus.MORE_INFO_REQUESTED, application.getStatus());
        assertEquals("Send your VAT number", application.getDecisionNote());

        BusinessProfile edited = completeProfile();
        edited.setAddressLine2("VAT 12345");
        application.resubmit(edited, NOW.plusSeconds(5));

        assertEquals(EnrollmentStatus.IN_REVIEW, application.getStatus());
        assertEquals("VAT 12345", application.getProfile().getAddressLine2());
        assertEquals(NOW.plusSeconds(5), application.getSubmittedAt());
    }

    @Test
    void aResubmissionWithANewPrimaryContactAddressWaitsForItsVerification() {
        EnrollmentApplication application = submitted();
        application.contactVerified();
        application.requestMoreInformation("staff", "Who is your contact?", NOW);

        BusinessProfile sameMailbox = completeProfile();
        sameMailbox.setContactEmail("  Paula@Contoso.example ");
        assertFalse(application.resubmit(sameMailbox, NOW.plusSeconds(5)), "the same mailbox, written otherwise");
        assertEquals(EnrollmentStatus.IN_REVIEW, application.getStatus());

        application.requestMoreInformation("staff", "Who else?", NOW.plusSeconds(6));
        BusinessProfile newContact = completeProfile();
        newContact.setContactEmail("mallory@elsewhere.example");
        assertTrue(application.resubmit(newContact, NOW.plusSeconds(10)));
        assertEquals(EnrollmentStatus.CONTACT_VERIFICATION_PENDING, application.getStatus());
        assertEquals("mallory@elsewhere.example", application.getProfile().getContactEmail());

        application.contactVerified();
        assertEquals(EnrollmentStatus.IN_REVIEW, application.getStatus(), "back to review once verified");
    }

    @Test
    void aRequestForInformationCanStillBeRejected() {
        EnrollmentApplication application = submitted();
        application.contactVerified();
        application.requestMoreInformation("staff", "More please", NOW);
        application.reject("staff", "No answer", NOW);
        assertEquals(EnrollmentStatus.REJECTED, application.getStatus());
    }

    @Test
    void theProfileIsNeverSharedWithTheCaller() {
        BusinessProfile given = completeProfile();
        EnrollmentApplication application = submitted();
        application.getProfile().setLegalName("changed outside");
        given.setLegalName("changed too");
        assertEquals("Contoso Ltd.", application.getProfile().getLegalName());
    }

    @Test
    void anApprovedPartnerIsApprovedAtOnce() {
        Organization provider = new Organization(OrganizationKind.PROVIDER, "Northwind", "nw.channel.test", "US", NOW);
        UserAccount admin =
                new UserAccount(provider, "admin", "Nadia", "n@nw.example", EnumSet.of(Role.GLOBAL_ADMIN), NOW);
        EnrollmentApplication application =
                EnrollmentApplication.approvedPartner(provider, admin, completeProfile(), Locale.ENGLISH, NOW);
        assertEquals(EnrollmentStatus.APPROVED, application.getStatus());
        assertNull(application.getNetworkProfile());
    }
}
