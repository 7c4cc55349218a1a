package org.channelcenter.partnership.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.SampleOrganizations;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.entity.Invitation.State;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.InvitationRefusal;
import org.channelcenter.kernel.entity.InvitationRefusedException;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.PartnershipRefusedException.Reason;
import org.junit.jupiter.api.Test;

/**
 * A provider's invitation: pending for 30 days, accepted once into an active partnership, revocable while
 * pending, re-sendable (new token, full lifetime) while pending or expired; partnerships end once, with a reason.
 */
class PartnershipInvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private final Organization provider = SampleOrganizations.northwind(1L, NOW);
    private final Organization reseller = SampleOrganizations.contoso(2L, NOW);
    private final UserAccount inviter =
            new UserAccount(provider, "noah", "Noah", "noah@northwind.example", Set.of(Role.SALES_AGENT), NOW);

    private PartnershipInvitation invitation() {
        return new PartnershipInvitation(
                inviter, new InvitationLetter("carla@contoso.example", "  Hello  ", Locale.ENGLISH), "hash-1", NOW);
    }

    @Test
    void isPendingForThirtyDaysThenExpired() {
        PartnershipInvitation invitation = invitation();
        assertEquals(
                State.PENDING, invitation.stateAt(NOW.plus(Duration.ofDays(30)).minusSeconds(1)));
        assertEquals(State.EXPIRED, invitation.stateAt(NOW.plus(Duration.ofDays(30))));
        assertEquals("Hello", invitation.getPersonalMessage());
        assertEquals(
                InvitationRefusal.LINK_EXPIRED,
                assertThrows(
                                InvitationRefusedException.class,
                                () -> invitation.accept(reseller, "carla", NOW.plus(Duration.ofDays(31))))
                        .refusal());
    }

    @Test
    void acceptedOnceIntoAnActivePartnership() {
        PartnershipInvitation invitation = invitation();
        Partnership partnership = invitation.accept(reseller, "carla@contoso.example", NOW.plusSeconds(5));

        assertTrue(partnership.isActive());
        assertEquals(provider, partnership.getProvider());
        assertEquals(reseller, partnership.getReseller());
        assertEquals(State.ACCEPTED, invitation.stateAt(NOW.plusSeconds(6)));
        assertEquals(reseller, invitation.getReseller());
        assertEquals(
                InvitationRefusal.LINK_USED,
                assertThrows(
                                InvitationRefusedException.class,
                                () -> invitation.accept(reseller, "other", NOW.plusSeconds(7)))
                        .refusal());
        assertEquals(
                InvitationRefusal.INVITATION_NOT_PENDING,
                assertThrows(InvitationRefusedException.class, () -> invitation.revoke("noah", NOW.plusSeconds(8)))
                        .refusal());
    }

    @Test
    void aRevokedInvitationCannotBeAcceptedOrResent() {
        PartnershipInvitation invitation = invitation();
        invitation.revoke("noah@northwind.example", NOW.plusSeconds(1));
        assertEquals(State.REVOKED, invitation.stateAt(NOW.plusSeconds(2)));
        assertEquals(
                InvitationRefusal.LINK_REVOKED,
                assertThrows(
                                InvitationRefusedException.class,
                                () -> invitation.accept(reseller, "carla", NOW.plusSeconds(3)))
                        .refusal());
        assertEquals(
                InvitationRefusal.INVITATION_NOT_PENDING,
                assertThrows(InvitationRefusedException.class, () -> invitation.renew("hash-2", NOW.plusSeconds(4)))
                        .refusal());
    }

    @Test
    void reSendingReplacesTheTokenAndRestartsTheLifetime() {
        PartnershipInvitation invitation = invitation();
        Instant later = NOW.plus(Duration.ofDays(40)); // expired by then
        invitation.renew("hash-2", later);
        assertEquals("hash-2", invitation.getTokenHash());
        assertEquals(later.plus(Duration.ofDays(30)), invitation.getExpiresAt());
        assertEquals(State.PENDING, invitation.stateAt(later.plusSeconds(1)));
    }

    @Test
    void onlyAProviderInvitesResellers() {
        UserAccount resellerUser =
                new UserAccount(reseller, "carla", "Carla", "carla@contoso.example", Set.of(Role.ADMIN_AGENT), NOW);
        assertThrows(
                IllegalArgumentException.class,
                () -> new PartnershipInvitation(
                        resellerUser, new InvitationLetter("x@example.com", null, Locale.ENGLISH), "hash", NOW));
    }

    @Test
    void aPartnershipEndsOnceWithAReasonAndLeavesThePairFreeAgain() {
        Partnership partnership = new Partnership(provider, reseller, null, "demo", NOW);
        assertEquals(
                Reason.REASON_REQUIRED,
                assertThrows(PartnershipRefusedException.class, () -> partnership.end(reseller, "carla", "  ", NOW))
                        .reason());
        assertTrue(partnership.isActive());

        partnership.end(reseller, "carla", " Moving on ", NOW.plusSeconds(1));

        assertEquals(PartnershipStatus.TERMINATED, partnership.getStatus());
        assertEquals("Moving on", partnership.getEndReason());
        assertEquals(reseller, partnership.getEndedByOrganization());
        assertEquals(provider, partnership.otherSideOf(reseller.getId()));
        assertNull(activePairOf(partnership), "an ended partnership no longer holds the pair's one active place");
        assertEquals(
                Reason.ALREADY_ENDED,
                assertThrows(
                                PartnershipRefusedException.class,
                                () -> partnership.end(provider, "noah", "again", NOW.plusSeconds(2)))
                        .reason());
    }

    @Test
    void aPartnershipJoinsAProviderAndAReseller() {
        assertThrows(IllegalArgumentException.class, () -> new Partnership(reseller, provider, null, "x", NOW));
        assertEquals("1:2", activePairOf(new Partnership(provider, reseller, null, "x", NOW)));
    }

    private static String activePairOf(Partnership partnership) {
        try {
            Field field = Partnership.class.getDeclaredField("activePair");
            field.setAccessible(true);
            return (String) field.get(partnership);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
