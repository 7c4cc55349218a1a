package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertDenied;
import static org.channelcenter.it.support.ProbeAnswers.assertOk;
import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.channelcenter.it.support.ProbeAnswers.domainOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.MailCatcher;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The customer boundaries (SPEC §6) as real signed-in users call them (no browser): invitations and their
 * links, acceptance by a customer's global admin only, relationships created together or not at all, a
 * partner's access decided by an active relationship, and the customer removing a partner. Each refusal is
 * shown with its reason, its audit event, and that nothing was written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomersIT {

    private static final String LINK_REFUSED = "CUSTOMER_LINK_REFUSED";

    @RegisterExtension
    final MailCatcher smtp = MailCatcher.running();

    private Created provider;
    private Created reseller;
    private Created customer;

    @BeforeEach
    void organizations() {
        provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 1);
        customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 1);
    }

    @Test
    void reusedExpiredRevokedAndUnknownLinksAreRefusedWithTheirReasonAndAudited() {
        // reused
        String[] used = CustomerRelations.invitation(reseller.login(), null, 0);
        assertOk(CustomerRelations.accept(used[1], customer.login(), Fixtures.PASSWORD));
        Created another = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        assertRefused("LINK_USED", CustomerRelations.accept(used[1], another.login(), Fixtures.PASSWORD));
        assertRefused("LINK_USED", CustomerRelations.as(null, "view", "token", used[1]));
        assertEquals(0, CustomerRelations.relationshipsOf(another.organizationId()));
        assertEquals(2, CustomerRelations.auditEvents(LINK_REFUSED, "customer invitation " + used[0], "LINK_USED"));

        // expired: sent 31 days ago, the links last 30
        String[] expired = CustomerRelations.invitation(reseller.login(), null, 31);
        assertRefused("LINK_EXPIRED", CustomerRelations.as(null, "view", "token", expired[1]));
        assertRefused("LINK_EXPIRED", CustomerRelations.accept(expired[1], another.login(), Fixtures.PASSWORD));
        assertEquals(
                2, CustomerRelations.auditEvents(LINK_REFUSED, "customer invitation " + expired[0], "LINK_EXPIRED"));

        // revoked by its sender, through the boundary
        ProbeAnswer sent = CustomerRelations.as(reseller.login(), "invite", "email", "revoked@example.com");
        assertOk(sent);
        String version = CustomerRelations.as(reseller.login(), "invitationVersion", "id", sent.value("id"))
                .value("version");
        assertOk(CustomerRelations.as(reseller.login(), "revoke", "id", sent.value("id"), "version", version));
        assertRefused(
                "LINK_REVOKED", CustomerRelations.accept(sent.value("token"), another.login(), Fixtures.PASSWORD));
        assertEquals(
                1,
                CustomerRelations.auditEvents(LINK_REFUSED, "customer invitation " + sent.value("id"), "LINK_REVOKED"));

        // unknown (e.g. mistyped): nothing to name, but still audited
        long unknownBefore = CustomerRelations.auditEvents(LINK_REFUSED, "customer invitation link", "LINK_INVALID");
        assertRefused("LINK_INVALID", CustomerRelations.accept(used[1] + "x", another.login(), Fixtures.PASSWORD));
        assertRefused("LINK_INVALID", CustomerRelations.as(null, "view", "token", "unknown-" + System.nanoTime()));
        assertEquals(
                unknownBefore + 2,
                CustomerRelations.auditEvents(LINK_REFUSED, "customer invitation link", "LINK_INVALID"));
        assertEquals(0, CustomerRelations.relationshipsOf(another.organizationId()), "no refusal created anything");
    }

    @Test
    void aThrottledAcceptanceIsToldToTryAgainLaterNotThatThePasswordIsWrong() {
        String[] invitation = CustomerRelations.invitation(reseller.login(), null, 0);
        String guesser = CustomerRelations.randomAddress();
        // each guess at another name: the address's throttle answers, not one account's lock
        List<String> reasons =
                CustomerRelations.guessUntilThrottled(guesser, invitation[1], domainOf(customer.login()));
        assertEquals("SIGN_IN_THROTTLED", reasons.get(reasons.size() - 1), reasons::toString);
        assertEquals(
                List.of("SIGN_IN_FAILED"),
                reasons.subList(0, reasons.size() - 1).stream().distinct().toList(),
                "wrong names are wrong until the address is throttled");
        assertRefused(
                "SIGN_IN_THROTTLED",
                CustomerRelations.acceptFrom(guesser, invitation[1], customer.login()),
                "the address stays throttled, whatever it types: no password is checked");

        assertEquals("PENDING", CustomerRelations.invitationStatus(invitation[0]));
        // other addresses still accept
        assertOk(CustomerRelations.accept(invitation[1], customer.login(), Fixtures.PASSWORD));
    }

    @Test
    void onlyAGlobalAdminOfACustomerMayAcceptAndRefusalsLeaveTheInvitationUsable() {
        String[] invitation = CustomerRelations.invitation(reseller.login(), null, 0);
        Created adminAgentOnly = Fixtures.organization("CUSTOMER", "ADMIN_AGENT", 0);
        String customerHelpdesk = "user1@" + domainOf(customer.login());
        for (String notAllowed :
                List.of(customerHelpdesk, adminAgentOnly.login(), reseller.login(), provider.login())) {
            assertRefused("NOT_CUSTOMER_ADMIN", CustomerRelations.accept(invitation[1], notAllowed, Fixtures.PASSWORD));
        }
        assertEquals(
                4,
                CustomerRelations.auditEvents("ACCESS_DENIED", "customer invitation " + invitation[0]),
                "each refused acceptance is audited");
        assertRefused("SIGN_IN_FAILED", CustomerRelations.accept(invitation[1], customer.login(), "not-the-password"));
        assertRefused(
                "SIGN_IN_FAILED",
                CustomerRelations.accept(invitation[1], "nobody@" + domainOf(customer.login()), Fixtures.PASSWORD));
        assertEquals(
                1,
                CustomerRelations.auditEvents("SIGN_IN_FAILED", customer.login(), "wrong password"),
                "checked like any sign-in: audited, and counted towards lock-out");
        assertRefused(
                "CONSENT_MISSING",
                CustomerRelations.as(
                        null,
                        "accept",
                        "token",
                        invitation[1],
                        "signInName",
                        customer.login(),
                        "signInPassword",
                        Fixtures.PASSWORD,
                        "consent",
                        "false"));

        assertEquals(0, CustomerRelations.relationshipsOf(customer.organizationId()));
        assertEquals("PENDING", CustomerRelations.invitationStatus(invitation[0]), "the refusals spent nothing");
        ProbeAnswer accepted = CustomerRelations.accept(invitation[1], customer.login(), Fixtures.PASSWORD);
        assertOk(accepted);
        assertEquals("Browser Test RESELLER", accepted.value("partners"));
        assertArrayEquals(
                new long[] {1, 1},
                CustomerRelations.count(
                        customer.organizationId(), reseller.organizationId(), reseller.organizationId()));
        assertEquals("ACCEPTED", CustomerRelations.invitationStatus(invitation[0]));
    }

    @Test
    void aPartnerOpensOnlyItsOwnCustomersAndAnyOtherIdIsRefusedAndAudited() {
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        Created otherReseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        String target = "customer " + customer.organizationId();

        assertOk(CustomerRelations.as(reseller.login(), "customer", "id", Long.toString(customer.organizationId())));
        assertRefused(
                "NOT_FOUND",
                CustomerRelations.as(
                        otherReseller.login(), "customer", "id", Long.toString(customer.organizationId())));
        assertEquals(1, CustomerRelations.auditEvents("ACCESS_DENIED", target));
        // an id that is no customer at all gets the same answer: the id reveals nothing
        assertRefused("NOT_FOUND", CustomerRelations.as(otherReseller.login(), "customer", "id", "-1"));
    }

    @Test
    void invitingTogetherWithAProviderNeedsAnActivePartnershipAndOnlyResellerInvitersInvite() {
        String provider = Long.toString(this.provider.organizationId());
        assertRefused(
                "NO_ACTIVE_PARTNERSHIP",
                CustomerRelations.as(
                        reseller.login(), "invite", "email", "new-customer@example.com", "provider", provider));

        long partnership = Partnering.partnership(this.provider.organizationId(), reseller.organizationId());
        assertOk(CustomerRelations.as(
                reseller.login(), "invite", "email", "new-customer@example.com", "provider", provider));
        assertEquals(1, CustomerRelations.invitationsOf(reseller.organizationId()));

        endPartnership(partnership);
        assertRefused(
                "NO_ACTIVE_PARTNERSHIP",
                CustomerRelations.as(
                        reseller.login(), "invite", "email", "new-customer@example.com", "provider", provider));
        assertTrue(CustomerRelations.auditEvents("ACCESS_DENIED", "organization " + provider) >= 2);

        // a provider's user and a reseller's helpdesk agent may not invite customers at all
        assertDenied(CustomerRelations.as(this.provider.login(), "invite", "email", "new-customer@example.com"));
        assertDenied(CustomerRelations.as(
                "user1@" + domainOf(reseller.login()), "invite", "email", "new-customer@example.com"));
        assertEquals(
                1,
                CustomerRelations.invitationsOf(reseller.organizationId()),
                "only the one allowed invitation exists");
    }

    @Test
    void acceptanceCreatesBothRelationshipsOrNone() {
        long partnership = Partnering.partnership(provider.organizationId(), reseller.organizationId());
        ProbeAnswer both = CustomerRelations.as(
                reseller.login(),
                "invite",
                "email",
                "both@example.com",
                "provider",
                Long.toString(provider.organizationId()));
        assertOk(both);
        ProbeAnswer accepted = CustomerRelations.accept(both.value("token"), customer.login(), Fixtures.PASSWORD);
        assertOk(accepted);
        assertEquals("Browser Test RESELLER,Browser Test PROVIDER", accepted.value("partners"));
        assertArrayEquals(
                new long[] {1, 1},
                CustomerRelations.count(
                        customer.organizationId(), reseller.organizationId(), reseller.organizationId()));
        assertArrayEquals(
                new long[] {1, 1},
                CustomerRelations.count(
                        customer.organizationId(), provider.organizationId(), reseller.organizationId()),
                "the reseller is the provider's reseller of record");

        // the partnership ends between invitation and acceptance: neither relationship is created
        Created late = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        ProbeAnswer invited = CustomerRelations.as(
                reseller.login(),
                "invite",
                "email",
                "late@example.com",
                "provider",
                Long.toString(provider.organizationId()));
        assertOk(invited);
        endPartnership(partnership);
        assertRefused(
                "NO_ACTIVE_PARTNERSHIP",
                CustomerRelations.accept(invited.value("token"), late.login(), Fixtures.PASSWORD));
        assertEquals(0, CustomerRelations.relationshipsOf(late.organizationId()), "not even the reseller's");
        assertEquals("PENDING", CustomerRelations.invitationStatus(invited.value("id")));
    }

    @Test
    void twoCustomersRacingForOneInvitationYieldExactlyOneAcceptance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 3; round++) {
                // different users: one user signing in on two requests at once is a different matter
                List<Created> racers = List.of(
                        Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0),
                        Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0),
                        Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0));
                String[] invitation = CustomerRelations.invitation(reseller.login(), null, 0);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ProbeAnswer>> answers = new ArrayList<>();
                for (Created racer : racers) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return CustomerRelations.accept(invitation[1], racer.login(), Fixtures.PASSWORD);
                    }));
                }
                start.countDown();
                int accepted = 0;
                for (Future<ProbeAnswer> answer : answers) {
                    ProbeAnswer result = answer.get();
                    if ("ok".equals(result.outcome())) {
                        accepted++;
                    } else {
                        assertRefused("LINK_USED", result);
                    }
                }
                assertEquals(1, accepted, "round " + round + ": exactly one acceptance succeeds");
                long created = 0;
                for (Created racer : racers) {
                    created += CustomerRelations.relationshipsOf(racer.organizationId());
                }
                assertEquals(1, created, "round " + round + ": one relationship for one invitation");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCustomerRemovesAPartnerWhichLosesAccessAtOnceAndIsMailed() {
        long relationship = CustomerRelations.relationship(
                customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        String customerId = Long.toString(customer.organizationId());
        assertOk(CustomerRelations.as(reseller.login(), "customer", "id", customerId));

        ProbeAnswer rows = CustomerRelations.as(customer.login(), "partners", "withRemoved", "false");
        assertEquals("1", rows.value("rows"));
        String[] row = rows.value("row.0").split("\\|");
        assertEquals(Long.toString(relationship), row[0]);
        ProbeAnswer removed = CustomerRelations.as(customer.login(), "remove", "id", row[0], "version", row[3]);
        assertOk(removed);
        assertEquals("REMOVED", removed.value("status"));

        // the very next request of the removed partner is refused, and audited
        assertRefused("NOT_FOUND", CustomerRelations.as(reseller.login(), "customer", "id", customerId));
        assertEquals(1, CustomerRelations.auditEvents("ACCESS_DENIED", "customer " + customerId));
        assertEquals(
                1,
                CustomerRelations.auditEvents(
                        "CUSTOMER_RELATIONSHIP_REMOVED", "customer relationship " + relationship));

        // the partner's admins are mailed, over SMTP
        MailCatcher.ReceivedMail mail = smtp.awaitMailTo(reseller.login());
        assertTrue(
                mail.subject().contains("removed its reseller relationship with Browser Test RESELLER"),
                mail.subject());

        // the row stays as history; a second removal (a stale tab's version, or the new one) is refused
        assertEquals(
                "0",
                CustomerRelations.as(customer.login(), "partnersCount", "withRemoved", "false")
                        .value("count"));
        ProbeAnswer history = CustomerRelations.as(customer.login(), "partners", "withRemoved", "true");
        assertEquals("1", history.value("rows"));
        String[] historic = history.value("row.0").split("\\|");
        assertEquals("REMOVED", historic[2]);
        assertEquals(customer.login(), historic[4], "who removed it");
        assertRefused(
                "ALREADY_REMOVED", CustomerRelations.as(customer.login(), "remove", "id", row[0], "version", row[3]));
        assertRefused(
                "ALREADY_REMOVED",
                CustomerRelations.as(customer.login(), "remove", "id", row[0], "version", historic[3]));
        assertArrayEquals(
                new long[] {0, 1},
                CustomerRelations.count(
                        customer.organizationId(), reseller.organizationId(), reseller.organizationId()));
    }

    @Test
    void onlyTheCustomersOwnGlobalAdminRemovesItsPartners() {
        long relationship = CustomerRelations.relationship(
                customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        Created otherCustomer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);

        assertRefused(
                "NOT_FOUND",
                CustomerRelations.as(
                        otherCustomer.login(), "remove", "id", Long.toString(relationship), "version", "1"));
        assertEquals(1, CustomerRelations.auditEvents("ACCESS_DENIED", "customer relationship " + relationship));
        assertEquals(
                "0",
                CustomerRelations.as(otherCustomer.login(), "partnersCount", "withRemoved", "true")
                        .value("count"),
                "another customer's list does not show it");

        // the customer's own users without the global admin role are refused by the container
        String helpdesk = "user1@" + domainOf(customer.login());
        assertDenied(CustomerRelations.as(helpdesk, "remove", "id", Long.toString(relationship), "version", "1"));
        assertDenied(CustomerRelations.as(helpdesk, "partnersCount", "withRemoved", "true"));
        // and so is a partner's global admin, though it holds the role, by the boundary's own check
        assertDenied(CustomerRelations.as(reseller.login(), "partnersCount", "withRemoved", "true"));

        assertArrayEquals(
                new long[] {1, 1},
                CustomerRelations.count(
                        customer.organizationId(), reseller.organizationId(), reseller.organizationId()),
                "still active");
    }

    private void endPartnership(long partnership) {
        String version = Partnering.as(provider.login(), "partnership", "id", Long.toString(partnership))
                .value("version");
        assertEquals(
                "ok",
                Partnering.as(
                                provider.login(),
                                "end",
                                "id",
                                Long.toString(partnership),
                                "version",
                                version,
                                "reason",
                                "Contract ended")
                        .outcome());
    }
}
