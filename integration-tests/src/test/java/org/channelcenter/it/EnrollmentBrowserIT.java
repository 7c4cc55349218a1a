package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Deployments;
import org.channelcenter.it.support.FixtureServlet;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.OutboxFixtureServlet;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.RegistryFixtureServlet;
import org.channelcenter.it.support.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEarWith(FixtureServlet.class, RegistryFixtureServlet.class, OutboxFixtureServlet.class,
                Transactions.class, org.channelcenter.it.support.Database.class);
    }

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
        PortalPage wizard = new PortalPage(applicant).open("login.xhtml");
        try {
            wizard.click("enrollLink", "enrollForm:welcomeNext");
            wizard.click("enrollForm:welcomeNext", "enrollForm:domainPrefix");
            wizard.type("enrollForm:domainPrefix", prefix)
                    .type("enrollForm:organizationName", "Browser Reseller " + prefix)
                    .select("countryMenu", "US")
                    .type("enrollForm:adminFirstName", "Ada")
                    .type("enrollForm:adminLastName", "Applicant")
                    .type("enrollForm:adminEmail", "ada@" + prefix + ".example.test")
                    .type("enrollForm:adminPassword", Fixtures.PASSWORD);
            wizard.click("enrollForm:createTenant", "enrollForm:membershipStart");
            assertTrue(wizard.text("chosenDirectory").contains(prefix + ".channel.test"));

            wizard.click("enrollForm:membershipStart", "enrollForm:membershipUserName");
            wizard.type("enrollForm:membershipUserName", membership.userName());
            wizard.click("enrollForm:membershipNext", "enrollForm:membershipPassword");
            wizard.type("enrollForm:membershipPassword", Fixtures.PASSWORD);
            wizard.click("enrollForm:membershipSignIn", "enrollForm:profileChoice");
            assertTrue(wizard.text("enrollForm:profileChoice").contains(membership.networkId()));
            wizard.click("enrollForm:profileContinue", "enrollForm:addressLine1");

            wizard.type("enrollForm:addressLine1", "1 Enrollment Way")
                    .type("enrollForm:city", "Redmond")
                    .type("enrollForm:postalCode", "98052")
                    .type("enrollForm:contactFirstName", "Paula")
                    .type("enrollForm:contactLastName", "Primary")
                    .type("enrollForm:contactEmail", contact)
                    .type("enrollForm:supportEmail", "support@" + prefix + ".example.test");
            // going back keeps what was typed
            wizard.click("enrollForm:profileBack", "enrollForm:profileContinue");
            wizard.click("enrollForm:profileContinue", "enrollForm:addressLine1");
            assertEquals("1 Enrollment Way", applicant.findElement(By.id("enrollForm:addressLine1")).getAttribute("value"));
            wizard.click("enrollForm:enrollNow", "doneTitle");
            assertTrue(wizard.text("doneText").contains(contact));
        } catch (RuntimeException | AssertionError e) {
            wizard.evidence("enrollment-wizard");
            throw e;
        }

        MailCatcher.ReceivedMail mail = smtp.awaitMailTo(contact);
        assertEquals("Confirm your email address for Channel Center", mail.subject());
        String link = mail.link();
        assertTrue(link.startsWith(Fixtures.baseUrl() + "public/verify-contact.xhtml?token="), link);
        applicant.get(link);
        PortalPage verification = new PortalPage(applicant);
        verification.waitForScripts();
        applicant.findElement(By.cssSelector("#verifyForm\\:signedUp .ui-chkbox-box")).click();
        applicant.findElement(By.cssSelector("#verifyForm\\:addressBelongs .ui-chkbox-box")).click();
        verification.click("verifyForm:confirm", "confirmedTitle");
        return "admin@" + prefix + ".channel.test";
    }

    /** A staff member's browser on the review page of the application of that directory prefix. */
    private PortalPage staffReviewing(WebDriver browser, String staffLogin, String prefix) {
        PortalPage review = new PortalPage(browser);
        review.signIn(staffLogin, Fixtures.PASSWORD);
        review.open("staff/enrollments.xhtml");
        review.waitForScripts();
        browser.findElement(By.id("queueForm:applications:globalFilter")).sendKeys(prefix);
        // the table refreshes once per typed key: click the row's link once it has settled
        review.waiting().until(d -> {
            d.findElement(By.linkText("Browser Reseller " + prefix)).click();
            return true;
        });
        review.waiting().until(d -> !d.findElements(By.id("reviewForm:reject")).isEmpty());
        review.waitForScripts();
        return review;
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
        assertTrue(applicant.getCurrentUrl().endsWith("/enrollment/status.xhtml"), applicant.getCurrentUrl());
        assertEquals("IN_REVIEW", applicant.findElement(By.id("applicationStatus")).getAttribute("data-status"));
        assertTrue(applicant.findElements(By.id("menuForm:dashboardMenu")).isEmpty(), "no menu before approval");

        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        staff = browsers.open("en");
        PortalPage review = staffReviewing(staff, staffUser.login(), prefix);
        for (String check : new String[] {"contactVerified", "profileActive", "sameCountry", "networkIdLinkedHereOnly",
                "noDuplicateLegalName"}) {
            assertEquals("true", staff.findElement(By.id("check-" + check)).getAttribute("data-passed"), check);
        }
        review.click("reviewForm:approve", "reviewForm:messages");
        review.waiting().until(d -> "APPROVED".equals(
                d.findElement(By.id("applicationStatus")).getAttribute("data-status")));
        smtp.awaitMailTo(contact, m -> m.subject().contains("in review"));
        smtp.awaitMailTo(contact, m -> m.subject().startsWith("Welcome to Channel Center"));

        PortalPage approved = new PortalPage(applicant).open("enrollment/status.xhtml");
        assertEquals("APPROVED", applicant.findElement(By.id("applicationStatus")).getAttribute("data-status"));
        approved.click("statusForm:toDashboard", "pageTitle");
        assertEquals("Dashboard", approved.text("pageTitle"));
        // and a fresh sign-in of the new reseller leads straight to its dashboard
        approved.signOut();
        approved.signIn(signIn, Fixtures.PASSWORD);
        assertTrue(applicant.getCurrentUrl().endsWith("/dashboard.xhtml"), applicant.getCurrentUrl());
        assertEquals("Dashboard", approved.text("pageTitle"));
        assertTrue(approved.text("shellForm:signedInUser").contains("Browser Reseller " + prefix));

        // Account settings › User management: add a second user and grant it Admin agent with Update
        approved.click("menuForm:menuUserManagement", "usersForm:addUser");
        approved.waitForScripts();
        approved.click("usersForm:addUser", "addUserForm:displayName");
        approved.type("addUserForm:displayName", "Second User")
                .type("addUserForm:userName", "second")
                .type("addUserForm:email", "second@" + prefix + ".example.test");
        applicant.findElement(By.cssSelector("#addUserForm\\:helpdeskAgent .ui-chkbox-box")).click();
        PortalPage.press(applicant, "addUserForm:save");
        String second = "second@" + prefix + ".channel.test";
        approved.waiting().until(d -> d.findElement(By.id("messages")).getText().contains(second));
        approved.waiting().until(d -> {
            d.findElement(By.xpath("//tbody[@id='usersForm:users_data']/tr[td[normalize-space(.)='" + second
                    + "']]//button[contains(@id,':editRoles')]")).click();
            return true;
        });
        approved.waiting().until(d -> d.findElement(By.id("editedUser")).getText().contains(second));
        applicant.findElement(By.cssSelector("#userForm\\:adminAgent .ui-chkbox-box")).click();
        PortalPage.press(applicant, "userForm:update");
        approved.waiting().until(d -> d.findElement(By.xpath("//tbody[@id='usersForm:users_data']/tr[td[normalize-space(.)='"
                + second + "']]")).getText().contains("Admin agent"));
    }

    @Test
    void staffAskForMoreInformationTheApplicantResubmitsAndOfTwoConcurrentDecisionsOneWins() {
        String prefix = newPrefix();
        String contact = "contact-" + prefix + "@example.test";
        applicant = browsers.open("en");
        String signIn = enrollAndVerify(prefix, contact);
        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        staff = browsers.open("en");
        PortalPage first = staffReviewing(staff, staffUser.login(), prefix);
        WebDriver secondBrowser = browsers.open("en");
        PortalPage second = staffReviewing(secondBrowser, staffUser.login(), prefix);

        first.type("reviewForm:decisionNote", "Please add your VAT number.");
        first.click("reviewForm:requestInfo", "reviewForm:messages");
        first.waiting().until(d -> "MORE_INFO_REQUESTED".equals(
                d.findElement(By.id("applicationStatus")).getAttribute("data-status")));
        second.click("reviewForm:approve", "reviewForm:messages");
        second.waiting().until(d -> d.findElement(By.id("reviewForm:messages")).getText()
                .contains("Someone else changed this application"));
        assertEquals("MORE_INFO_REQUESTED", secondBrowser.findElement(By.id("applicationStatus"))
                .getAttribute("data-status"), "the second decision lost and changed nothing");
        String request = Fixtures.latestMail(contact, "enrollment.moreInfo");
        assertNotNull(request);
        assertTrue(request.contains("Please add your VAT number."), request);

        PortalPage status = new PortalPage(applicant);
        status.signIn(signIn, Fixtures.PASSWORD);
        assertEquals("Please add your VAT number.", status.text("decisionNote"));
        status.type("statusForm:addressLine2", "VAT 1234567");
        status.click("statusForm:resubmit", "statusForm:messages");
        status.waiting().until(d -> "IN_REVIEW".equals(
                d.findElement(By.id("applicationStatus")).getAttribute("data-status")));

        first.open("staff/enrollment.xhtml?id=" + first.driver().getCurrentUrl().replaceAll(".*id=", ""));
        first.waitForScripts();
        first.click("reviewForm:reject", "reviewForm:decisionNoteMessage");
        // the empty message element is visible before the answer replaces it: wait for the answer's text
        first.waiting().ignoring(StaleElementReferenceException.class).until(d -> !d.findElement(
                By.id("reviewForm:decisionNoteMessage")).getText().isBlank());
        assertTrue(first.text("reviewForm:decisionNoteMessage").contains("Enter a reason"), "a reason is required");
        first.type("reviewForm:decisionNote", "The VAT number does not match the legal name.");
        first.click("reviewForm:reject", "reviewForm:messages");
        first.waiting().until(d -> "REJECTED".equals(
                d.findElement(By.id("applicationStatus")).getAttribute("data-status")));
        String rejected = Fixtures.latestMail(contact, "enrollment.rejected");
        assertNotNull(rejected);
        assertTrue(rejected.contains("The VAT number does not match the legal name."), rejected);
    }

    @Test
    void anApprovedPartnerOnlyGivesSupportDetailsAndIsAResellerAtOnce() {
        Fixtures.Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        applicant = browsers.open("en");
        PortalPage wizard = new PortalPage(applicant).open("public/enroll.xhtml");
        wizard.click("enrollForm:welcomeNext", "enrollForm:directorySignInName");
        wizard.type("enrollForm:directorySignInName", provider.login())
                .type("enrollForm:directoryPassword", Fixtures.PASSWORD);
        wizard.click("enrollForm:signInToDirectory", "enrollForm:partner:supportEmail");
        wizard.type("enrollForm:partner:supportEmail", "help@" + provider.login().replace("admin@", ""))
                .type("enrollForm:partner:supportWebsite", "https://support.example.test");
        wizard.click("enrollForm:supportEnrollNow", "doneTitle");

        assertEquals("Your reseller account is ready", wizard.text("doneTitle"));
        assertNotNull(Fixtures.latestMail(provider.login(), "enrollment.approved"));

        PortalPage again = new PortalPage(applicant).open("public/enroll.xhtml");
        again.click("enrollForm:welcomeNext", "enrollForm:directorySignInName");
        again.type("enrollForm:directorySignInName", provider.login())
                .type("enrollForm:directoryPassword", Fixtures.PASSWORD);
        again.click("enrollForm:signInToDirectory", "enrollForm:partner:supportEmail");
        again.type("enrollForm:partner:supportEmail", "help@example.test");
        again.click("enrollForm:supportEnrollNow", "enrollForm:messages");
        again.waiting().until(d -> d.findElement(By.id("enrollForm:messages")).getText()
                .contains("already has a reseller account"));
    }

    @Test
    void aResellerOpeningTheReviewQueueGetsThe403Page() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        applicant = browsers.open("en");
        PortalPage portal = new PortalPage(applicant);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        portal.open("staff/enrollments.xhtml");
        assertEquals("Access denied", portal.text("errorTitle"));
    }
}
