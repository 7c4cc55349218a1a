package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.junit.jupiter.api.Test;

/** What a customer's partner changes of a customer user: name and contact email, and deactivation undone. */
class UserAccountContactTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private final Organization customer =
            new Organization(OrganizationKind.CUSTOMER, "Adatum", "adatum.example", "US", NOW);
    private final UserAccount user = new UserAccount(customer, "lee", "Lee", "lee@adatum.example", Set.of(), NOW);

    @Test
    void theContactChangesButTheSignInNameStays() {
        assertTrue(user.changeContact(" Lee Chen ", "lee.chen@adatum.example "));

        assertEquals("Lee Chen", user.getDisplayName());
        assertEquals("lee.chen@adatum.example", user.getEmail());
        assertEquals("lee@adatum.example", user.getLoginName());
        assertFalse(user.changeContact("Lee Chen", "lee.chen@adatum.example"), "the same values are no change");
        assertThrows(IllegalArgumentException.class, () -> user.changeContact(" ", "x@adatum.example"));
    }

    @Test
    void aDeactivatedUserIsReactivatedOnce() {
        assertFalse(user.reactivate(), "an active user is no change");
        assertTrue(user.deactivate(0), "a user without roles is no last admin");
        assertFalse(user.isActive());

        assertTrue(user.reactivate());
        assertTrue(user.isActive());
        assertFalse(user.reactivate());
    }
}
