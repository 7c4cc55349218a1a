package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.boundary.NewDirectory;
import org.channelcenter.directory.boundary.SignInResult;
import org.channelcenter.directory.boundary.SignIns;
import org.channelcenter.directory.control.SignInFailures;
import org.channelcenter.enrollment.boundary.EnrollmentReceipt;
import org.channelcenter.enrollment.boundary.EnrollmentRequest;
import org.channelcenter.enrollment.boundary.Enrollments;
import org.channelcenter.enrollment.control.VerificationMails;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.ProbeAnswer;
import org.channelcenter.it.support.SealedMails;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.kernel.control.DailyInvitationMails;
import org.channelcenter.kernel.entity.InstantConverter;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.OrganizationProfile;
import org.channelcenter.notification.control.MailSeal;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Abuse limits (issue 15, point 7): the platform sends an organization's invitation mails only up to a daily limit;
 * verification mails are limited per hour and each kills the earlier links; a resubmission with a new primary
 * contact address has that address verified again; the anonymous directory-name check is throttled per client
 * address; multipart bodies are accepted by the upload page only. Every refusal is audited. Each test makes its own
 * organizations, applications and client addresses, so no other test's mails or checks count.
 */
@ExtendWith(ArquillianExtension.class)
class AbuseLimitsIT {

    private static final String PROBE = "public/it-probe/abuse-limits";
    private static final String USERS = "public/it-probe/users";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> UNSUPPORTED_UPLOAD_TITLES = Map.of(
            "en", "Upload not accepted here",
            "pt-BR", "Envio não aceito aqui",
            "ru", "Загрузка здесь не принимается");

    @Inject
    MailSeal seal;

    @EJB
    Enrollments enrollments;

    @EJB
    SignIns signIns;

    @Inject
    DailyInvitationMails invitationMails;

    @Inject
    VerificationMails verificationMails;

    @Inject
    SignInFailures signInFailures;

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void anOrganizationsInvitationMailsStopAtTheDailyLimitAndTheRefusalIsAudited() throws Exception {
        Fixtures.Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
        // the day's mails but one, sent an hour ago; and a mail of yesterday, which no longer counts
        Instant now = Instant.now();
        spendAllButOne(provider.organizationId(), now);
        database()
                .update(
                        "insert into invitation_mail_sent (organization_id, sent_at) values (?, ?)",
                        provider.organizationId(),
                        InstantConverter.toColumn(now.minus(Duration.ofHours(25))));

        String lastAllowed = email("last");
        ProbeAnswer sent = Fixtures.probe(PROBE, provider.login(), "send", "email", lastAllowed);
        assertOk(sent);
        assertEquals(1, mailsTo(lastAllowed), "the day's last allowed mail is queued");

        String beyond = email("beyond");
        ProbeAnswer refused = Fixtures.probe(PROBE, provider.login(), "send", "email", beyond);
        assertRefused("MAIL_LIMIT_REACHED", refused);
        assertEquals(0, mailsTo(beyond), "nothing is queued beyond the limit");
        assertRefused(
                "MAIL_LIMIT_REACHED",
                Fixtures.probe(
                        PROBE,
                        provider.login(),
                        "resend",
                        "id",
                        sent.value("id"),
                        "version",
                        version(sent.value("id"))),
                "a re-send is a mail like any other");
        assertEquals(1, mailsTo(lastAllowed), "the re-send queued nothing");
        assertEquals(
                List.of("partnership invitation " + sent.value("id")),
                database()
                        .strings(
                                "select e.target from audit_event e join audit_event_organization c"
                                        + " on c.audit_event_id = e.id where e.action = 'INVITATION_MAIL_LIMIT_REACHED'"
                                        + " and c.organization_id = ? and e.target = ?",
                                provider.organizationId(),
                                "partnership invitation " + sent.value("id")),
                "the refused re-send is audited for the sending organization");
        assertEquals(
                2,
                database()
                        .count(
                                "select count(*) from audit_event e join audit_event_organization c"
                                        + " on c.audit_event_id = e.id where e.action = 'INVITATION_MAIL_LIMIT_REACHED'"
                                        + " and c.organization_id = ?",
                                provider.organizationId()),
                "both refusals are audited");

        Fixtures.Created another = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
        assertOk(Fixtures.probe(PROBE, another.login(), "send", "email", email("other")));
    }

    @Test
    void usersAddedThroughUserManagementSpendTheOrganizationsInvitationMails() throws Exception {
        Fixtures.Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN", 0);
        Instant now = Instant.now();
        spendAllButOne(provider.organizationId(), now);
        String lastAllowed = "last" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
        assertOk(Fixtures.probe(USERS, provider.login(), "add", "userName", lastAllowed, "roles", "SALES_AGENT"));
        assertEquals(1, mailsTo(lastAllowed + "@example.com"), "the day's last allowed mail is queued");
        assertEquals(
                invitationMails.limit(),
                database()
                        .count(
                                "select count(*) from invitation_mail_sent where organization_id = ?",
                                provider.organizationId()),
                "the new user's mail was counted as an invitation mail");

        String beyond = "beyond" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
        assertRefused(
                "MAIL_LIMIT_REACHED",
                Fixtures.probe(USERS, provider.login(), "add", "userName", beyond, "roles", "SALES_AGENT"));
        assertEquals(0, mailsTo(beyond + "@example.com"), "nothing is queued beyond the limit");
        assertEquals(
                0,
                database().count("select count(*) from app_user where email = ?", beyond + "@example.com"),
                "nor is the user added");
        assertEquals(
                List.of("invitation mail limit reached, not sent to " + beyond + "@example.com"),
                database()
                        .strings(
                                "select e.details from audit_event e join audit_event_organization c"
                                        + " on c.audit_event_id = e.id where e.action = 'INVITATION_MAIL_LIMIT_REACHED'"
                                        + " and c.organization_id = ?",
                                provider.organizationId()),
                "the refusal is audited for the organization, as an invitation's is");
    }

    @Test
    void verificationMailsAreLimitedPerHourAndEachKillsTheEarlierLinks() throws Exception {
        String contact = email("contact");
        EnrollmentReceipt receipt = enroll(contact);
        String first = verificationToken(contact);

        assertOk(Fixtures.probe(PROBE, receipt.signInName(), "resendVerification"));
        String second = verificationToken(contact);
        assertNotEquals(first, second);
        assertEquals(
                Reason.LINK_REPLACED,
                assertThrows(EnrollmentRefusedException.class, () -> enrollments.verification(first))
                        .reason(),
                "the first mail's link stopped working when the second was sent");
        assertEquals(
                Reason.LINK_REPLACED,
                assertThrows(EnrollmentRefusedException.class, () -> enrollments.confirmContact(first, true, true))
                        .reason());

        for (int mail = 2; mail < verificationMails.limit(); mail++) {
            assertOk(Fixtures.probe(PROBE, receipt.signInName(), "resendVerification"));
        }
        String latest = verificationToken(contact);
        long mails = verificationMails(contact);
        assertEquals(verificationMails.limit(), mails, "the hour's mails, the first included");

        assertRefused("VERIFICATION_MAILS_LIMITED", Fixtures.probe(PROBE, receipt.signInName(), "resendVerification"));
        assertEquals(mails, verificationMails(contact), "no mail beyond the limit");
        assertEquals(
                1,
                database()
                        .count(
                                "select count(*) from audit_event where action = 'CONTACT_VERIFICATION_LIMIT_REACHED'"
                                        + " and target = ?",
                                "application " + receipt.applicationId()));

        enrollments.confirmContact(latest, true, true);
        assertEquals("IN_REVIEW", status(receipt));
    }

    @Test
    void aResubmissionWithANewPrimaryContactAddressIsVerifiedAgainBeforeReview() throws Exception {
        String contact = email("contact");
        EnrollmentReceipt receipt = enroll(contact);
        enrollments.confirmContact(verificationToken(contact), true, true);
        moreInformationRequested(receipt);

        String newContact = email("new-contact");
        ProbeAnswer resubmitted = Fixtures.probe(PROBE, receipt.signInName(), "resubmit", "contactEmail", newContact);
        assertOk(resubmitted);
        assertEquals("CONTACT_VERIFICATION_PENDING", resubmitted.value("status"), "not in review before verification");
        assertEquals("CONTACT_VERIFICATION_PENDING", status(receipt));
        String token = verificationToken(newContact);
        assertEquals(
                1,
                database()
                        .count(
                                "select count(*) from audit_event where action = 'CONTACT_VERIFICATION_SENT'"
                                        + " and target = ? and details = ?",
                                "application " + receipt.applicationId(),
                                newContact));

        enrollments.confirmContact(token, true, true);
        assertEquals("IN_REVIEW", status(receipt), "back to review once the new address is verified");

        // the same address again: straight back to review, no new verification
        moreInformationRequested(receipt);
        assertEquals(
                "IN_REVIEW",
                Fixtures.probe(PROBE, receipt.signInName(), "resubmit").value("status"));
        assertEquals(1, verificationMails(newContact));
    }

    @Test
    void theAnonymousDomainCheckIsThrottledPerClientAddress() throws Exception {
        String address = randomAddress();
        for (int i = 0; i < signInFailures.domainCheckLimit(); i++) {
            assertNotNull(enrollments.checkNewDirectory(freePrefix(), address));
        }
        String refusedPrefix = freePrefix();
        assertEquals(
                Reason.DOMAIN_CHECKS_THROTTLED,
                assertThrows(
                                EnrollmentRefusedException.class,
                                () -> enrollments.checkNewDirectory(refusedPrefix, address))
                        .reason());
        assertEquals(
                List.of(address),
                database()
                        .strings(
                                "select client_address from audit_event where action = 'DOMAIN_CHECK_THROTTLED'"
                                        + " and target = ?",
                                "directory name " + refusedPrefix),
                "the throttled check is audited with the client's address");

        assertNotNull(
                enrollments.checkNewDirectory(freePrefix(), randomAddress()), "other addresses still check names");
        assertEquals(
                SignInResult.Outcome.INVALID_CREDENTIALS,
                signIns.verify("nobody-" + System.nanoTime() + "@abuse.channel.test", "wrong".toCharArray(), address)
                        .outcome(),
                "name checks are not refused sign-ins: the address may still sign in");
    }

    @Test
    void enrollingANewDirectoryTellsNoOneWithoutAMembershipSignInWhetherItsNameIsTaken() throws Exception {
        String taken = freePrefix();
        enroll(email("first"), taken);
        EnrollmentRequest guess = new EnrollmentRequest(
                null,
                null,
                newDirectory(taken),
                "nobody-" + freePrefix(),
                "wrong",
                -1,
                businessProfile(email("guess")),
                Locale.ENGLISH);
        assertEquals(
                Reason.MEMBERSHIP_SIGN_IN_FAILED,
                assertThrows(EnrollmentRefusedException.class, () -> enrollments.enroll(guess, randomAddress()))
                        .reason(),
                "the membership sign-in is refused before the name is looked at");
    }

    @Test
    void multipartBodiesAreRefusedEverywhereButTheUploadPage() throws Exception {
        for (String page :
                List.of("login.xhtml", "public/enroll.xhtml", "public/set-password.xhtml", "error/404.xhtml")) {
            for (Map.Entry<String, String> language : UNSUPPORTED_UPLOAD_TITLES.entrySet()) {
                HttpResponse<String> answer = multipartPost(page, language.getKey());
                String what = page + " (" + language.getKey() + ")";
                assertEquals(415, answer.statusCode(), what + " refuses a multipart body");
                assertTrue(
                        answer.body().contains("id=\"error-415\""), what + ": the portal's own page\n" + answer.body());
                assertTrue(answer.body().contains(language.getValue()), what + ": in its language\n" + answer.body());
            }
        }
        assertNotEquals(
                415,
                multipartPost("staff/registry.xhtml", "en").statusCode(),
                "the registry import's page takes uploads");
        assertEquals(200, formPost("login.xhtml"), "a plain form post still reaches the sign-in page");
    }

    private static HttpResponse<String> multipartPost(String page, String language) throws Exception {
        String boundary = "----cc" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnetworkId,legalName\r\n--" + boundary + "--\r\n";
        return post(page, "multipart/form-data; boundary=" + boundary, body, language);
    }

    private static int formPost(String page) throws Exception {
        return post(page, "application/x-www-form-urlencoded", "a=b", "en").statusCode();
    }

    private static HttpResponse<String> post(String page, String contentType, String body, String language)
            throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create(Fixtures.baseUrl() + page))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", contentType)
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private EnrollmentReceipt enroll(String contactEmail) throws Exception {
        return enroll(contactEmail, freePrefix());
    }

    private EnrollmentReceipt enroll(String contactEmail, String domainPrefix) throws Exception {
        String userName = "it-abuse-" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
        String networkId = Long.toString(1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 8_999_999_999L));
        OrganizationProfile profile = Transactions.inTransaction(transaction, () -> {
            MembershipAccount account = samples.membershipAccount(userName, Fixtures.PASSWORD);
            return samples.profile(account, networkId, "Legal " + userName, "US", true);
        });
        return enrollments.enroll(
                new EnrollmentRequest(
                        null,
                        null,
                        newDirectory(domainPrefix),
                        userName,
                        Fixtures.PASSWORD,
                        profile.getId(),
                        businessProfile(contactEmail),
                        Locale.ENGLISH),
                randomAddress());
    }

    private static NewDirectory newDirectory(String prefix) {
        NewDirectory directory = new NewDirectory();
        directory.setDomainPrefix(prefix);
        directory.setOrganizationName("IT Abuse " + prefix);
        directory.setCountryCode("US");
        directory.setAdminFirstName("Ivo");
        directory.setAdminLastName("Tester");
        directory.setAdminEmail("ivo@example.test");
        directory.setAdminPassword(Fixtures.PASSWORD);
        return directory;
    }

    private static BusinessProfile businessProfile(String contactEmail) {
        BusinessProfile business = new BusinessProfile();
        business.setLegalName("IT Legal " + contactEmail);
        business.setAddressLine1("1 Test Street");
        business.setCity("Springfield");
        business.setPostalCode("12345");
        business.setContactFirstName("Paula");
        business.setContactLastName("Primary");
        business.setContactEmail(contactEmail);
        business.setSupportEmail("support@example.test");
        return business;
    }

    /** Staff asked for more information (their review is not what these tests are about). */
    private void moreInformationRequested(EnrollmentReceipt receipt) throws Exception {
        assertEquals(
                1,
                database()
                        .update(
                                "update enrollment_application set status = 'MORE_INFO_REQUESTED',"
                                        + " decision_note = 'Tell us more', version = version + 1 where id = ?",
                                receipt.applicationId()));
    }

    private String status(EnrollmentReceipt receipt) throws Exception {
        return database()
                .strings("select status from enrollment_application where id = ?", receipt.applicationId())
                .get(0);
    }

    /** The link's token as the contact receives it (no relay listens in this test). */
    private String verificationToken(String contactEmail) throws Exception {
        return SealedMails.token(database(), seal, contactEmail, "enrollment.verifyContact");
    }

    private long verificationMails(String contactEmail) throws Exception {
        return database()
                .count(
                        "select count(*) from outbox_message where recipient = ? and template = 'enrollment.verifyContact'",
                        contactEmail);
    }

    private long mailsTo(String recipient) throws Exception {
        return database().count("select count(*) from outbox_message where recipient = ?", recipient);
    }

    private String version(String invitationId) throws Exception {
        return database()
                .strings("select version from partnership_invitation where id = ?", Long.parseLong(invitationId))
                .get(0);
    }

    private Database database() {
        return new Database(dataSource);
    }

    private static String freePrefix() {
        return "it-abuse-" + Long.toString(Math.abs(RANDOM.nextLong()), 36);
    }

    private static String email(String who) {
        return who + "-" + Long.toString(Math.abs(RANDOM.nextLong()), 36) + "@abuse.example";
    }

    private static String randomAddress() {
        return "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    /** The organization has sent the day's invitation mails but one, an hour ago. */
    private void spendAllButOne(long organizationId, Instant now) throws Exception {
        for (int i = 0; i < invitationMails.limit() - 1; i++) {
            database()
                    .update(
                            "insert into invitation_mail_sent (organization_id, sent_at) values (?, ?)",
                            organizationId,
                            InstantConverter.toColumn(now.minus(Duration.ofHours(1))));
        }
    }
}
