package org.channelcenter.kernel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.boundary.InvitationDraft;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.channelcenter.kernel.entity.EntityIds;
import org.channelcenter.kernel.entity.Invitation;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.InvitationRefusal;
import org.channelcenter.kernel.entity.InvitationRefusedException;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Permission;
import org.channelcenter.kernel.entity.Role;
import org.junit.jupiter.api.Test;

/**
 * The sender's lifecycle any kind of invitation gets: only the sending organization's invitations, a draft sent
 * only with its current link, revoke and re-send on the version the sender saw, unusable links refused with their
 * reason, and every step audited under the kind's name. Runs on an in-memory stand-in for the database.
 */
class InvitationLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final long SENDER = 1L;
    private static final Caller SALES = new Caller(
            10L,
            "sam",
            "Sam",
            SENDER,
            "Contoso",
            OrganizationKind.RESELLER,
            Set.of(Role.SALES_AGENT),
            Locale.ENGLISH,
            null);
    private static final Caller STRANGER = new Caller(
            20L,
            "eve",
            "Eve",
            2L,
            "Fabrikam",
            OrganizationKind.RESELLER,
            Set.of(Role.SALES_AGENT),
            Locale.ENGLISH,
            null);

    /** A kind of invitation as small as one can be: who sent it, nothing else. */
    static class TestInvitation extends Invitation {

        final long sender;

        TestInvitation(long sender, String recipientEmail, String tokenHash) {
            super(new InvitationLetter(recipientEmail, null, Locale.ENGLISH), tokenHash, NOW);
            this.sender = sender;
        }

        @Override
        public String kind() {
            return "test";
        }
    }

    private final Map<Long, TestInvitation> stored = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private final List<String> mailed = new ArrayList<>();
    /** The sender's invitation mails left: {@link InvitationMailAllowance} as the lifecycle sees it. */
    private int mailsLeft = Integer.MAX_VALUE;

    private final InvitationMail<TestInvitation> mail = new InvitationMail<>() {
        @Override
        public String acceptPath() {
            return "accept?token=";
        }

        @Override
        public String linkFor(String token) {
            return "https://portal.example/" + acceptPath() + token;
        }

        @Override
        public InvitationDraft draft(TestInvitation invitation, String link) {
            return new InvitationDraft(
                    invitation.getId(), invitation.getRecipientEmail(), "Join us", "Hello,\n" + link + "\nbye", link);
        }

        @Override
        public void sendWritten(TestInvitation invitation, String subject, String body) {
            mailed.add(invitation.getRecipientEmail() + "|" + subject + "|" + body);
        }
    };

    private final InvitationLifecycle<TestInvitation> lifecycle = new InvitationLifecycle<>(
            entityManager(),
            new InvitationKind<>(
                    TestInvitation.class,
                    "test",
                    Permission.INVITE_CUSTOMERS,
                    "sender",
                    "TestInvitation.byHash",
                    invitation -> invitation.sender,
                    invitation -> new Long[] {invitation.sender},
                    invitation -> "to " + invitation.getRecipientEmail() + " (new)",
                    mail,
                    (event, target, details, concerned) ->
                            audited.add(event + "|" + target + "|" + details + "|" + Arrays.toString(concerned))),
            (organizationId, now) -> organizationId == SENDER && mailsLeft-- > 0,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewInvitationIsStoredAuditedAndDraftedWithItsLink() {
        InvitationDraft draft = invite("ada@adatum.example");

        TestInvitation invitation = stored.get(draft.invitationId());
        assertTrue(invitation.isLinkedFrom(draft.body(), "accept?token="), "the draft holds the current link");
        assertEquals(List.of("CREATED|test invitation 1|to ada@adatum.example (new)|[1]"), audited);
        assertEquals(List.of(), mailed, "a draft is not sent until its sender says so");
    }

    @Test
    void theDraftIsSentOnlyWithItsLinkAndOnlyWhilePending() {
        InvitationDraft draft = invite("ada@adatum.example");

        InvitationRefusedException noLink = assertThrows(
                InvitationRefusedException.class,
                () -> lifecycle.send(SALES, draft.invitationId(), "Join us", "Hello, no link here"));
        assertEquals(InvitationRefusal.LINK_MISSING_FROM_TEXT, noLink.refusal());
        assertEquals("test.refused.LINK_MISSING_FROM_TEXT", noLink.reason().messageKey());

        lifecycle.send(SALES, draft.invitationId(), "  Join us ", draft.body());
        assertEquals(List.of("ada@adatum.example|Join us|" + draft.body()), mailed);
        assertEquals("SENT|test invitation 1|to ada@adatum.example|[1]", audited.get(audited.size() - 1));

        lifecycle.revoke(SALES, draft.invitationId(), 0);
        InvitationRefusedException revoked = assertThrows(
                InvitationRefusedException.class,
                () -> lifecycle.send(SALES, draft.invitationId(), "Join us", draft.body()));
        assertEquals(InvitationRefusal.INVITATION_NOT_PENDING, revoked.refusal());
        assertEquals(
                "invitation.refused.INVITATION_NOT_PENDING", revoked.reason().messageKey(), "one text for all kinds");
    }

    @Test
    void anotherOrganizationsInvitationIsNotFoundAndTheAttemptAudited() {
        InvitationDraft draft = invite("ada@adatum.example");
        audited.clear();

        for (long id : new long[] {draft.invitationId(), 99L}) {
            InvitationRefusedException refused =
                    assertThrows(InvitationRefusedException.class, () -> lifecycle.revoke(STRANGER, id, 0));
            assertEquals(InvitationRefusal.NOT_FOUND, refused.refusal());
            assertEquals("test.refused.NOT_FOUND", refused.reason().messageKey());
        }
        assertEquals(
                List.of(
                        "NOT_OWN|test invitation 1|not an invitation of the caller's organization|[2]",
                        "NOT_OWN|test invitation 99|not an invitation of the caller's organization|[2]"),
                audited);
        assertEquals(Invitation.State.PENDING, stored.get(draft.invitationId()).stateAt(NOW));
    }

    @Test
    void revokingAndResendingNeedTheVersionTheSenderSaw() {
        InvitationDraft draft = invite("ada@adatum.example");

        assertThrows(ConcurrentChangeException.class, () -> lifecycle.revoke(SALES, draft.invitationId(), 5));
        assertThrows(ConcurrentChangeException.class, () -> lifecycle.resend(SALES, draft.invitationId(), 5));
        assertEquals(Invitation.State.PENDING, stored.get(draft.invitationId()).stateAt(NOW));

        lifecycle.revoke(SALES, draft.invitationId(), 0);
        assertEquals(Invitation.State.REVOKED, stored.get(draft.invitationId()).stateAt(NOW));
        assertEquals("REVOKED|test invitation 1|to ada@adatum.example|[1]", audited.get(audited.size() - 1));
    }

    @Test
    void reSendingMailsANewLinkAndTheOldOneStopsWorking() {
        InvitationDraft draft = invite("ada@adatum.example");

        lifecycle.resend(SALES, draft.invitationId(), 0);

        TestInvitation invitation = stored.get(draft.invitationId());
        assertEquals(1, mailed.size());
        assertTrue(invitation.isLinkedFrom(mailed.get(0), "accept?token="), "the mail holds the new link");
        assertFalse(invitation.isLinkedFrom(draft.body(), "accept?token="), "the first link is dead");
        assertEquals(
                InvitationRefusal.LINK_INVALID,
                assertThrows(InvitationRefusedException.class, () -> lifecycle.usable(tokenOf(draft.link())))
                        .refusal());
        assertEquals(invitation, lifecycle.usable(tokenOf(mailed.get(0))));
        assertEquals("RESENT|test invitation 1|to ada@adatum.example|[1]", audited.get(audited.size() - 2));
    }

    @Test
    void sendsAndReSendsStopWhenTheSenderHasNoInvitationMailsLeft() {
        InvitationDraft first = invite("ada@adatum.example");
        InvitationDraft second = invite("bob@adatum.example");
        mailsLeft = 1;

        lifecycle.send(SALES, first.invitationId(), "Join us", first.body());
        InvitationRefusedException limited = assertThrows(
                InvitationRefusedException.class,
                () -> lifecycle.send(SALES, second.invitationId(), "Join us", second.body()));
        assertEquals(InvitationRefusal.MAIL_LIMIT_REACHED, limited.refusal());
        assertEquals("invitation.refused.MAIL_LIMIT_REACHED", limited.reason().messageKey());
        assertEquals(
                InvitationRefusal.MAIL_LIMIT_REACHED,
                assertThrows(InvitationRefusedException.class, () -> lifecycle.resend(SALES, first.invitationId(), 0))
                        .refusal());

        assertEquals(1, mailed.size(), "only the first mail went out");
        assertEquals(
                "MAIL_LIMIT_REACHED|test invitation 1|invitation mail limit reached, not sent to ada@adatum.example|[1]",
                audited.get(audited.size() - 1));
    }

    @Test
    void unusableLinksAreRefusedWithTheirReasonAndAudited() {
        InvitationDraft draft = invite("ada@adatum.example");
        lifecycle.revoke(SALES, draft.invitationId(), 0);
        audited.clear();

        InvitationRefusedException missing =
                assertThrows(InvitationRefusedException.class, () -> lifecycle.usable(" "));
        assertEquals(InvitationRefusal.LINK_INVALID, missing.refusal());
        assertEquals("test.refused.LINK_INVALID", missing.reason().messageKey());
        assertEquals(
                InvitationRefusal.LINK_REVOKED,
                assertThrows(InvitationRefusedException.class, () -> lifecycle.usable(tokenOf(draft.link())))
                        .refusal());
        assertEquals(
                List.of(
                        "LINK_REFUSED|test invitation link|LINK_INVALID|[]",
                        "LINK_REFUSED|test invitation 1|LINK_REVOKED|[1]"),
                audited);
    }

    @Test
    void listsHoldTheSendersInvitationsOnlyNewestFirst() {
        assertEquals(
                "select count(i) from TestInvitation i where i.sender.id = :sender",
                lifecycle.countQuery(new PageRequest(0, 1, null, true, null)));
        assertEquals(
                "select i from TestInvitation i where i.sender.id = :sender"
                        + " and lower(i.recipientEmail) like :pattern escape '\\' order by i.recipientEmail asc, i.id desc",
                lifecycle.findQuery(
                        new PageRequest(0, 10, "recipientEmail", true, "ada"), "select i from TestInvitation i"));
        assertEquals(
                "select i from TestInvitation i where i.sender.id = :sender order by i.sentAt desc, i.id desc",
                lifecycle.findQuery(
                        new PageRequest(0, 10, "i.id; drop table", false, null), "select i from TestInvitation i"),
                "a sort field outside the list's columns falls back to newest first");
    }

    private InvitationDraft invite(String recipient) {
        return lifecycle.invite(hash -> new TestInvitation(SENDER, recipient, hash));
    }

    private static String tokenOf(String text) {
        int start = text.indexOf("token=") + "token=".length();
        int end = start;
        while (end < text.length()
                && (Character.isLetterOrDigit(text.charAt(end)) || "-_".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Just what the lifecycle asks of the database: store, find by id, find by the token's hash. */
    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "persist" -> {
                        TestInvitation invitation = (TestInvitation) args[0];
                        long id = stored.size() + 1L;
                        EntityIds.withId(invitation, id);
                        stored.put(id, invitation);
                        yield null;
                    }
                    case "flush" -> null;
                    case "find" -> stored.get((Long) args[1]);
                    case "createNamedQuery" -> byHashQuery();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private TypedQuery<TestInvitation> byHashQuery() {
        String[] hash = new String[1];
        return (TypedQuery<TestInvitation>) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        hash[0] = (String) args[1];
                        yield proxy;
                    }
                    case "getResultStream" -> stored.values().stream()
                            .filter(i -> i.getTokenHash().equals(hash[0]));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
