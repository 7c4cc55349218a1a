package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.junit.jupiter.api.Test;

/** The last active admin of an organization keeps admin rights and stays active (SPEC §4). */
class UserAccountAdminRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Organization reseller =
            new Organization(OrganizationKind.RESELLER, "Contoso", "contoso.example", "US", NOW);

    private UserAccount user(Role... roles) {
        return new UserAccount(
                reseller,
                "ann",
                "Ann",
                "ann@x.example",
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                NOW);
    }

    @Test
    void theLastAdminCannotRemoveAllAdminRoles() {
        UserAccount admin = user(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT);

        assertThrows(LastAdminException.class, () -> admin.changeRoles(Set.of(Role.SALES_AGENT), 0));
        assertEquals(EnumSet.of(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT), admin.getRoles(), "nothing changed");
    }

    @Test
    void theLastAdminAgentCannotUntickAdminAgent() {
        UserAccount admin = user(Role.ADMIN_AGENT);

        assertThrows(LastAdminException.class, () -> admin.changeRoles(Set.of(), 0));
        assertTrue(admin.hasRole(Role.ADMIN_AGENT));
    }

    @Test
    void theLastAdminMayDropOneAdminRoleWhileKeepingTheOther() {
        UserAccount admin = user(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT);

        assertTrue(admin.changeRoles(Set.of(Role.GLOBAL_ADMIN), 0));
        assertEquals(EnumSet.of(Role.GLOBAL_ADMIN), admin.getRoles());
    }

    @Test
    void anAdminMayLoseAdminRightsWhenAnotherActiveAdminRemains() {
        UserAccount admin = user(Role.ADMIN_AGENT);

        assertTrue(admin.changeRoles(Set.of(Role.HELPDESK_AGENT), 1));
        assertFalse(admin.isActiveAdmin());
    }

    @Test
    void grantingAdminAgentNeedsNoOtherAdmin() {
        UserAccount helpdesk = user(Role.HELPDESK_AGENT);

        assertTrue(helpdesk.changeRoles(Set.of(Role.HELPDESK_AGENT, Role.ADMIN_AGENT), 0));
        assertTrue(helpdesk.isActiveAdmin());
    }

    @Test
    void unchangedRolesAreNoChange() {
        assertFalse(user(Role.SALES_AGENT).changeRoles(EnumSet.of(Role.SALES_AGENT), 0));
    }

    @Test
    void staffStaysWithTheOperator() {
        assertThrows(
                IllegalArgumentException.class, () -> user(Role.SALES_AGENT).changeRoles(Set.of(Role.STAFF), 1));
    }

    @Test
    void theLastAdminCannotBeDeactivated() {
        UserAccount admin = user(Role.GLOBAL_ADMIN);

        assertThrows(LastAdminException.class, () -> admin.deactivate(0));
        assertTrue(admin.isActive());
    }

    @Test
    void anAdminCanBeDeactivatedWhenAnotherActiveAdminRemains() {
        UserAccount admin = user(Role.GLOBAL_ADMIN);

        assertTrue(admin.deactivate(1));
        assertFalse(admin.isActive());
        assertFalse(admin.isActiveAdmin(), "an inactive admin counts for nothing");
    }

    @Test
    void aNonAdminCanAlwaysBeDeactivatedAndOnlyOnce() {
        UserAccount helpdesk = user(Role.HELPDESK_AGENT);

        assertTrue(helpdesk.deactivate(0));
        assertFalse(helpdesk.deactivate(0), "already inactive");
    }

    @Test
    void anInactiveAdminMayLoseAdminRoles() {
        UserAccount admin = user(Role.ADMIN_AGENT);
        admin.deactivate(1);

        assertTrue(admin.changeRoles(Set.of(), 0));
    }
}
