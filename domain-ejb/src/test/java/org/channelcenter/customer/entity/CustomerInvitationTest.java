package org.channelcenter.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.channelcenter.customer.entity.CustomerRefusedException.Reason;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.SampleOrganizations;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.entity.Invitation.State;
import org.channelcenter.kernel.entity.InvitationLetter;
import org.channelcenter.kernel.entity.InvitationRefusal;
import org.channelcenter.kernel.entity.InvitationRefusedException;
import org.channelcenter.kernel.entity.Role;
import org.junit.jupiter.api.Test;

/**
 * A reseller's customer invitation: accepted once into one relationship per partner not yet related (the reseller,
 * and the provider invited together), refused when none is left; relationships are removed once and keep history.
 */
class CustomerInvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private final Organization reseller = SampleOrganizations.contoso(1L, NOW);
    private final Organization provider = SampleOrganizations.northwind(2L, NOW);
    private final Organization customer = SampleOrganizations.adatum(3L, NOW);
    private final UserAccount inviter =
            new UserAccount(reseller, "sam", "Sam", "sam@contoso.example", Set.of(Role.SALES_AGENT), NOW);

    @Test
    void togetherWithAProviderItGrantsBothRelationshipsOnce() {
        CustomerInvitation invitation = new CustomerInvitation(
                inviter, provider, new InvitationLetter("ada@adatum.example", null, Locale.ENGLISH), "hash", NOW);
        List<CustomerRelationship> relationships = invitation.accept(customer, partner -> false, "admin@adatum", NOW);

        assertEquals(
                List.of(reseller, provider),
                relationships.stream().map(CustomerRelationship::getPartner).toList());
        assertTrue(relationships.stream()
                .allMatch(r -> r.getReseller() == reseller
                        && r.isActive()
                        && r.getCustomer() == customer
                        && "Adatum".equals(r.getCustomerName())));
        assertEquals(State.ACCEPTED, invitation.stateAt(NOW));
        assertEquals(customer, invitation.getCustomer());
        assertEquals(
                InvitationRefusal.LINK_USED,
                assertThrows(
                                InvitationRefusedException.class,
                                () -> invitation.accept(customer, partner -> false, "admin@adatum", NOW))
                        .refusal());
    }

    @Test
    void onlyTheMissingRelationshipsAreCreatedAndNoneLeftIsRefused() {
        CustomerInvitation invitation = new CustomerInvitation(
                inviter, provider, new InvitationLetter("ada@adatum.example", null, Locale.ENGLISH), "hash", NOW);
        assertEquals(
                List.of(provider),
                invitation.accept(customer, partner -> partner == reseller, "admin", NOW).stream()
                        .map(CustomerRelationship::getPartner)
                        .toList());

        CustomerInvitation again = new CustomerInvitation(
                inviter, null, new InvitationLetter("ada@adatum.example", null, Locale.ENGLISH), "hash-2", NOW);
        assertEquals(
                Reason.ALREADY_RELATED,
                assertThrows(
                                CustomerRefusedException.class,
                                () -> again.accept(customer, partner -> true, "admin", NOW))
                        .reason());
        assertEquals(State.PENDING, again.stateAt(NOW), "a refused acceptance spends nothing");
    }

    @Test
    void expiredAndRevokedLinksAreRefusedWithTheirReason() {
        CustomerInvitation expired = new CustomerInvitation(
                inviter, null, new InvitationLetter("a@b.example", null, Locale.ENGLISH), "h1", NOW);
        assertEquals(
                InvitationRefusal.LINK_EXPIRED,
                assertThrows(
                                InvitationRefusedException.class,
                                () -> expired.checkUsableAt(NOW.plus(Duration.ofDays(30))))
                        .refusal());
        CustomerInvitation revoked = new CustomerInvitation(
                inviter, null, new InvitationLetter("a@b.example", null, Locale.ENGLISH), "h2", NOW);
        revoked.revoke("sam", NOW);
        assertEquals(
                InvitationRefusal.LINK_REVOKED,
                assertThrows(
                                InvitationRefusedException.class,
                                () -> revoked.accept(customer, partner -> false, "admin", NOW))
                        .refusal());
        assertEquals(
                InvitationRefusal.INVITATION_NOT_PENDING,
                assertThrows(InvitationRefusedException.class, () -> revoked.renew("h3", NOW))
                        .refusal());
    }

    @Test
    void onlyResellersInviteAndOnlyTogetherWithAProvider() {
        UserAccount providerUser =
                new UserAccount(provider, "noah", "Noah", "noah@northwind.example", Set.of(Role.SALES_AGENT), NOW);
        assertThrows(
                IllegalArgumentException.class,
                () -> new CustomerInvitation(
                        providerUser, null, new InvitationLetter("a@b.example", null, Locale.ENGLISH), "h", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CustomerInvitation(
                        inviter, reseller, new InvitationLetter("a@b.example", null, Locale.ENGLISH), "h", NOW));
    }

    @Test
    void aRelationshipIsRemovedOnceAndStaysAsHistory() {
        CustomerRelationship relationship = new CustomerRelationship(customer, reseller, reseller, null, "admin", NOW);
        assertEquals("3:1", CustomerRelationship.pairKey(3, 1));
        relationship.remove("admin@adatum", NOW.plusSeconds(60));
        assertFalse(relationship.isActive());
        assertEquals("admin@adatum", relationship.getRemovedBy());
        assertEquals(
                Reason.ALREADY_REMOVED,
                assertThrows(CustomerRefusedException.class, () -> relationship.remove("admin@adatum", NOW))
                        .reason());
        assertThrows(
                IllegalArgumentException.class,
                () -> new CustomerRelationship(customer, provider, provider, null, "admin", NOW),
                "a provider is no reseller");
        assertThrows(
                IllegalArgumentException.class,
                () -> new CustomerRelationship(reseller, provider, reseller, null, "admin", NOW),
                "only customers");
    }
}
