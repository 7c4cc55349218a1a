package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.channelcenter.it.pages.DashboardPage;
import org.channelcenter.it.pages.EnrollPage;
import org.channelcenter.it.pages.EnrollmentReviewPage;
import org.channelcenter.it.pages.EnrollmentStatusPage;
import org.channelcenter.it.pages.EnrollmentsPage;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.pages.LoginPage;
import org.channelcenter.it.pages.UsersPage;
import org.channelcenter.it.pages.VerifyContactPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The whole enrollment of a new indirect reseller in Chromium: create a new tenant, sign in to the
 * membership account, pick the profile, fill the business profile, enroll; the primary contact verifies;
 * staff approve; the new reseller reaches its dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrollmentBrowserIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A real SMTP server (GreenMail) that the test server delivers the outbox's mail to. */
    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver applicant;
    private WebDriver staff;

    /** Walks the wizard with a new tenant and has the primary contact verify; returns the applicant's sign-in. */
    private String enrollAndVerify(String prefix, String contact) {
        Fixtures.Membership membership = Fixtures.membership("US", true);
        PortalPage portal = new PortalPage(applicant);
        EnrollPage wizard = LoginPage.open(portal).enroll();
        try {
            wizard.toNewDirectory()
                    .newTenant(
                            prefix,
                            "Browser Reseller " + prefix,
                            "US",
                            "Ada",
                            "Applicant",
                            "ada@" + prefix + ".example.test",
                            Fixtures.PASSWORD)
                    .createTenant();
            assertTrue(wizard.chosenDirectory().contains(prefix + ".channel.test"));

            wizard.membershipSignIn(membership.userName(), Fixtures.PASSWORD);
            assertTrue(wizard.profileChoice().contains(membership.networkId()));
            wizard.continueWithProfile()
                    .businessProfile(
                            "1 Enrollment Way",
                            "Redmond",
                            "98052",
                            "Paula",
                            "Primary",
                            contact,
                            "support@" + prefix + ".example.test");
            // going back keeps what was typed
            wizard.backToProfileChoice().continueWithProfile();
            assertEquals("1 Enrollment Way", wizard.addressLine1());
            wizard.enrollNow();
            assertTrue(wizard.doneText().contains(contact));
        } catch (RuntimeException | AssertionError e) {
            wizard.evidence("enrollment-wizard");
            throw e;
        }

        MailCatcher.ReceivedMail mail = smtp.awaitMailTo(contact);
        assertEquals("Confirm your email address for Channel Center", mail.subject());
        String link = mail.link();
        assertTrue(link.startsWith(VerifyContactPage.linkPrefix(Fixtures.baseUrl())), link);
        VerifyContactPage.follow(new PortalPage(applicant), link).confirm();
        return "admin@" + prefix + ".channel.test";
    }

    /** A staff member's browser on the review page of the application of that directory prefix. */
    private EnrollmentReviewPage staffReviewing(WebDriver browser, String staffLogin, String prefix) {
        PortalPage portal = new PortalPage(browser);
        portal.signIn(staffLogin, Fixtures.PASSWORD);
        return EnrollmentsPage.open(portal).review(prefix, "Browser Reseller " + prefix);
    }

    private static String newPrefix() {
        return "br-" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
    }

    @Test
    void aNewResellerEnrollsIsVerifiedApprovedAndReachesTheDashboard() {
        String prefix = newPrefix();
        String contact = "contact-" + prefix + "@example.test";
        applicant = browsers.open("en");
        String signIn = enrollAndVerify(prefix, contact);
        PortalPage verification = new PortalPage(applicant);
        verification.signIn(signIn, Fixtures.PASSWORD);
        assertTrue(EnrollmentStatusPage.isShown(verification), applicant.getCurrentUrl());
        EnrollmentStatusPage inReview = EnrollmentStatusPage.shown(verification);
        assertEquals("IN_REVIEW", inReview.status());
        assertTrue(!inReview.shell().hasMenu(), "no menu before approval");

        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        staff = browsers.open("en");
        EnrollmentReviewPage review = staffReviewing(staff, staffUser.login(), prefix);
        for (String check : new String[] {
            "contactVerified", "profileActive", "sameCountry", "networkIdLinkedHereOnly", "noDuplicateLegalName"
        }) {
            assertEquals("true", review.check(check), check);
        }
        review.approve();
        review.awaitStatus("APPROVED");
        smtp.awaitMailTo(contact, m -> m.subject().contains("in review"));
        smtp.awaitMailTo(contact, m -> m.subject().startsWith("Welcome to Channel Center"));

        PortalPage approved = new PortalPage(applicant);
        EnrollmentStatusPage status = EnrollmentStatusPage.open(approved);
        assertEquals("APPROVED", status.status());
        DashboardPage dashboard = status.toDashboard();
        assertEquals("Dashboard", dashboard.title());
        // and a fresh sign-in of the new reseller leads straight to its dashboard
        approved.signOut();
        approved.signIn(signIn, Fixtures.PASSWORD);
        assertTrue(DashboardPage.isShown(approved), applicant.getCurrentUrl());
        assertEquals("Dashboard", dashboard.title());
        assertTrue(dashboard.shell().signedInUser().contains("Browser Reseller " + prefix));

        // Account settings › User management: add a second user and grant it Admin agent with Update
        UsersPage users = UsersPage.fromMenu(approved);
        users.addUser()
                .newUser("Second User", "second", "second@" + prefix + ".example.test")
                .newUserRole("helpdeskAgent");
        users.save();
        String second = "second@" + prefix + ".channel.test";
        users.shell().awaitMessage(second);
        users.editRoles(second).role("adminAgent");
        users.update();
        users.awaitRowText(second, "Admin agent");
    }

    @Test
    void staffAskForMoreInformationTheApplicantResubmitsAndOfTwoConcurrentDecisionsOneWins() {
        String prefix = newPrefix();
        String contact = "contact-" + prefix + "@example.test";
        applicant = browsers.open("en");
        String signIn = enrollAndVerify(prefix, contact);
        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        staff = browsers.open("en");
        EnrollmentReviewPage first = staffReviewing(staff, staffUser.login(), prefix);
        WebDriver secondBrowser = browsers.open("en");
        EnrollmentReviewPage second = staffReviewing(secondBrowser, staffUser.login(), prefix);

        first.note("Please add your VAT number.").requestInformation();
        first.awaitStatus("MORE_INFO_REQUESTED");
        second.approve();
        second.awaitMessage("Someone else changed this application");
        assertEquals("MORE_INFO_REQUESTED", second.status(), "the second decision lost and changed nothing");
        String request = Fixtures.latestMail(contact, "enrollment.moreInfo");
        assertNotNull(request);
        assertTrue(request.contains("Please add your VAT number."), request);

        PortalPage applicantPortal = new PortalPage(applicant);
        applicantPortal.signIn(signIn, Fixtures.PASSWORD);
        EnrollmentStatusPage status = EnrollmentStatusPage.shown(applicantPortal);
        assertEquals("Please add your VAT number.", status.decisionNote());
        status.addressLine2("VAT 1234567").resubmit();
        status.awaitStatus("IN_REVIEW");

        first.reopen();
        assertTrue(first.rejectWithoutNote().contains("Enter a reason"), "a reason is required");
        first.note("The VAT number does not match the legal name.").reject();
        first.awaitStatus("REJECTED");
        String rejected = Fixtures.latestMail(contact, "enrollment.rejected");
        assertNotNull(rejected);
        assertTrue(rejected.contains("The VAT number does not match the legal name."), rejected);
    }

    @Test
    void anApprovedPartnerOnlyGivesSupportDetailsAndIsAResellerAtOnce() {
        Fixtures.Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        applicant = browsers.open("en");
        EnrollPage wizard = EnrollPage.open(new PortalPage(applicant));
        wizard.toExistingDirectory()
                .signInToDirectory(provider.login(), Fixtures.PASSWORD)
                .supportEmail("help@" + provider.login().replace("admin@", ""))
                .supportWebsite("https://support.example.test")
                .supportEnrollNow();

        assertEquals("Your reseller account is ready", wizard.doneTitle());
        assertNotNull(Fixtures.latestMail(provider.login(), "enrollment.approved"));

        EnrollPage again = EnrollPage.open(new PortalPage(applicant));
        again.toExistingDirectory()
                .signInToDirectory(provider.login(), Fixtures.PASSWORD)
                .supportEmail("help@example.test")
                .supportEnrollNowRefused();
        again.awaitMessage("already has a reseller account");
    }

    @Test
    void aResellerOpeningTheReviewQueueGetsThe403Page() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        applicant = browsers.open("en");
        PortalPage portal = new PortalPage(applicant);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        EnrollmentsPage.openNow(portal);
        assertEquals("Access denied", new ErrorPage(portal).title());
    }
}
