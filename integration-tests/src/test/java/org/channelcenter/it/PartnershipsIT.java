package org.channelcenter.it;

import static org.channelcenter.it.support.ProbeAnswers.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partnership boundaries as real signed-in users call them (no browser): each test signs in through
 * the portal's own mechanism per request and shows a refusal the issue asks for, with its reason, and that
 * nothing was written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnershipsIT {

    private Created provider;
    private Created reseller;

    @BeforeEach
    void organizations() {
        provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        reseller = Fixtures.organization("RESELLER", "ADMIN_AGENT", 0);
    }

    @Test
    void anAdminAgentOfAnApprovedResellerAuthorizesOnceAndTheLinkIsSpent() {
        String[] invitation = Partnering.invitation(provider.login(), 0);
        ProbeAnswer view = Partnering.as(reseller.login(), "view", "token", invitation[1]);
        assertEquals("true", view.value("mayAuthorize"));

        assertRefused(
                "CONSENT_MISSING",
                Partnering.as(reseller.login(), "accept", "token", invitation[1], "consent", "false"));
        assertArrayEquals(new long[] {0, 0}, Partnering.count(provider.organizationId(), reseller.organizationId()));

        assertEquals(
                "ok",
                Partnering.as(reseller.login(), "accept", "token", invitation[1], "consent", "true")
                        .outcome());
        assertArrayEquals(new long[] {1, 1}, Partnering.count(provider.organizationId(), reseller.organizationId()));

        Created another = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        assertRefused("LINK_USED", Partnering.as(another.login(), "accept", "token", invitation[1], "consent", "true"));
        assertRefused("LINK_USED", Partnering.as(null, "view", "token", invitation[1]));
        assertArrayEquals(new long[] {0, 0}, Partnering.count(provider.organizationId(), another.organizationId()));
    }

    @Test
    void expiredUnknownAndRevokedLinksAreRefusedAndAudited() {
        String[] expired = Partnering.invitation(provider.login(), 31);
        assertRefused("LINK_EXPIRED", Partnering.as(null, "view", "token", expired[1]));
        assertRefused(
                "LINK_EXPIRED", Partnering.as(reseller.login(), "accept", "token", expired[1], "consent", "true"));
        assertTrue(Partnering.auditEvents("PARTNERSHIP_LINK_REFUSED", "partnership invitation " + expired[0]) >= 2);

        assertRefused(
                "LINK_INVALID",
                Partnering.as(reseller.login(), "accept", "token", expired[1] + "x", "consent", "true"));

        ProbeAnswer sent = Partnering.as(provider.login(), "invite", "email", "someone@example.com");
        String token = sent.value("link").substring(sent.value("link").indexOf("token=") + 6);
        assertRefused(
                "CONCURRENT_CHANGE", Partnering.as(provider.login(), "revoke", "id", sent.value("id"), "version", "0"));
        assertEquals(
                "ok",
                Partnering.as(provider.login(), "revoke", "id", sent.value("id"), "version", "1")
                        .outcome(),
                "JPA versions start at 1");
        assertRefused("LINK_REVOKED", Partnering.as(reseller.login(), "accept", "token", token, "consent", "true"));
        assertArrayEquals(new long[] {0, 0}, Partnering.count(provider.organizationId(), reseller.organizationId()));
    }

    @Test
    void onlyAnAdminOfAnApprovedResellerMayAuthorize() {
        String[] invitation = Partnering.invitation(provider.login(), 0);
        List<Created> notAllowed = List.of(
                Fixtures.organization("RESELLER", "SALES_AGENT", 0),
                Fixtures.organization("RESELLER", "HELPDESK_AGENT", 0),
                Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0),
                Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0),
                provider);
        for (Created user : notAllowed) {
            assertEquals(
                    "false",
                    Partnering.as(user.login(), "view", "token", invitation[1]).value("mayAuthorize"),
                    user.login());
            assertRefused(
                    "NOT_RESELLER_ADMIN",
                    Partnering.as(user.login(), "accept", "token", invitation[1], "consent", "true"));
        }
        assertEquals(
                "denied",
                Partnering.as(null, "accept", "token", invitation[1], "consent", "true")
                        .outcome(),
                "anonymous callers are refused by the container");
        assertTrue(Partnering.auditEvents("ACCESS_DENIED", "partnership invitation " + invitation[0])
                >= notAllowed.size());

        // the refusals spent nothing: the reseller's admin can still authorize
        assertEquals(
                "ok",
                Partnering.as(reseller.login(), "accept", "token", invitation[1], "consent", "true")
                        .outcome());
    }

    @Test
    void aSecondActivePartnershipForThePairIsRefused() {
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        String[] invitation = Partnering.invitation(provider.login(), 0);
        assertRefused(
                "ALREADY_PARTNERS",
                Partnering.as(reseller.login(), "accept", "token", invitation[1], "consent", "true"));
        assertArrayEquals(new long[] {1, 1}, Partnering.count(provider.organizationId(), reseller.organizationId()));
    }

    @Test
    void aResellerCannotReadOrEndAnotherResellersPartnership() {
        long partnership = Partnering.partnership(provider.organizationId(), reseller.organizationId());
        Created other = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);

        assertRefused("NOT_FOUND", Partnering.as(other.login(), "partnership", "id", Long.toString(partnership)));
        assertRefused(
                "NOT_FOUND",
                Partnering.as(
                        other.login(), "end", "id", Long.toString(partnership), "version", "1", "reason", "mine now"));
        assertTrue(Partnering.auditEvents("ACCESS_DENIED", "partnership " + partnership) >= 2);
        assertArrayEquals(new long[] {1, 1}, Partnering.count(provider.organizationId(), reseller.organizationId()));

        ProbeAnswer own = Partnering.as(reseller.login(), "partnership", "id", Long.toString(partnership));
        assertEquals("ok", own.outcome());
        assertEquals("Browser Test PROVIDER", own.value("partner"), "each side reads its own partnership");
    }

    @Test
    void eitherSideEndsWithAReasonAndTheHistoryStays() {
        long partnership = Partnering.partnership(provider.organizationId(), reseller.organizationId());
        String version = Partnering.as(provider.login(), "partnership", "id", Long.toString(partnership))
                .value("version");
        assertRefused(
                "REASON_REQUIRED",
                Partnering.as(
                        provider.login(), "end", "id", Long.toString(partnership), "version", version, "reason", " "));
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
        assertArrayEquals(new long[] {0, 1}, Partnering.count(provider.organizationId(), reseller.organizationId()));
        assertRefused(
                "ALREADY_ENDED",
                Partnering.as(
                        reseller.login(),
                        "end",
                        "id",
                        Long.toString(partnership),
                        "version",
                        Long.toString(Long.parseLong(version) + 1),
                        "reason",
                        "again"));
        assertEquals("1", Partnering.as(reseller.login(), "count").value("count"), "ended ones stay as history");
        String mail = Fixtures.latestMail(reseller.login(), "partnership.ended");
        assertTrue(mail != null && mail.contains("Contract ended"), "the other side's admin is emailed: " + mail);
    }

    @Test
    void twoSimultaneousAcceptancesOfOneInvitationCreateExactlyOnePartnership() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 3; round++) {
                // three resellers race for one invitation
                Created first = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
                Created second = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
                Created third = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
                String[] invitation = Partnering.invitation(provider.login(), 0);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ProbeAnswer>> answers = new ArrayList<>();
                for (String login : List.of(first.login(), second.login(), third.login())) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return Partnering.as(login, "accept", "token", invitation[1], "consent", "true");
                    }));
                }
                start.countDown();
                int accepted = 0;
                for (Future<ProbeAnswer> answer : answers) {
                    ProbeAnswer result = answer.get();
                    if ("ok".equals(result.outcome())) {
                        accepted++;
                    } else {
                        assertEquals("refused", result.outcome(), result.toString());
                    }
                }
                assertEquals(1, accepted, "round " + round + ": exactly one acceptance succeeds");
                long created = Partnering.count(provider.organizationId(), first.organizationId())[1]
                        + Partnering.count(provider.organizationId(), second.organizationId())[1]
                        + Partnering.count(provider.organizationId(), third.organizationId())[1];
                assertEquals(1, created, "round " + round + ": one partnership for one invitation");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
