package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.channelcenter.directory.entity.PasswordSetupRefusedException.Reason;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.junit.jupiter.api.Test;

/** Set-password links work once, only before they expire, and only for an active user. */
class PasswordSetupTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Organization reseller =
            new Organization(OrganizationKind.RESELLER, "Contoso", "contoso.example", "US", NOW);
    private final UserAccount user =
            new UserAccount(reseller, "ann", "Ann", "ann@x.example", Set.of(Role.SALES_AGENT), NOW);

    @Test
    void setsThePasswordOnceAndThenRefuses() {
        PasswordSetup setup = new PasswordSetup(user, "hash-of-token", NOW);

        setup.use("password-hash", NOW.plusSeconds(60));

        assertEquals("password-hash", user.getPasswordHash());
        assertEquals(NOW.plusSeconds(60), setup.getUsedAt());
        PasswordSetupRefusedException again =
                assertThrows(PasswordSetupRefusedException.class, () -> setup.use("other-hash", NOW.plusSeconds(120)));
        assertEquals(Reason.USED, again.reason());
        assertEquals("password-hash", user.getPasswordHash(), "the second use changed nothing");
    }

    @Test
    void expiresAfterSevenDays() {
        PasswordSetup setup = new PasswordSetup(user, "hash-of-token", NOW);

        assertEquals(NOW.plus(PasswordSetup.LIFETIME), setup.getExpiresAt());
        setup.requireUsableAt(setup.getExpiresAt().minusSeconds(1));
        PasswordSetupRefusedException expired = assertThrows(
                PasswordSetupRefusedException.class, () -> setup.use("password-hash", setup.getExpiresAt()));
        assertEquals(Reason.EXPIRED, expired.reason());
        assertNull(user.getPasswordHash());
        assertFalse(user.hasPassword());
    }

    @Test
    void aDeactivatedUsersLinkNoLongerWorks() {
        PasswordSetup setup = new PasswordSetup(user, "hash-of-token", NOW);
        assertTrue(user.deactivate(0));

        PasswordSetupRefusedException refused =
                assertThrows(PasswordSetupRefusedException.class, () -> setup.use("password-hash", NOW));
        assertEquals(Reason.UNKNOWN, refused.reason());
    }
}
