package org.channelcenter.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.channelcenter.kernel.entity.Role;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Organization reseller =
            new Organization(OrganizationKind.RESELLER, "Fabrikam", "Fabrikam.Example", "BR", NOW);

    private UserAccount user() {
        UserAccount user =
                new UserAccount(reseller, "alice", "Alice", "alice@fabrikam.example", Set.of(Role.SALES_AGENT), NOW);
        user.changePasswordHash("hash");
        return user;
    }

    @Test
    void loginNameIsUserNameAtDirectoryDomainLowerCased() {
        UserAccount user = new UserAccount(reseller, " Alice ", "Alice", "a@x.example", Set.of(), NOW);

        assertEquals("alice@fabrikam.example", user.getLoginName());
    }

    @Test
    void userNameWithAtSignIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new UserAccount(reseller, "alice@evil.example", "Alice", "a@x.example", Set.of(), NOW));
    }

    @Test
    void blankUserNameIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new UserAccount(reseller, "  ", "Alice", "a@x.example", Set.of(), NOW));
    }

    @Test
    void staffRoleIsRefusedOutsideOperatorOrganizations() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new UserAccount(reseller, "bob", "Bob", "b@x.example", Set.of(Role.STAFF), NOW));
    }

    @Test
    void operatorUsersCanBeStaff() {
        Organization operator = new Organization(OrganizationKind.OPERATOR, "Ops", "ops.example", "US", NOW);

        UserAccount staff = new UserAccount(operator, "eve", "Eve", "e@x.example", Set.of(Role.STAFF), NOW);

        assertTrue(staff.hasRole(Role.STAFF));
        assertFalse(staff.hasRole(Role.GLOBAL_ADMIN));
    }

    @Test
    void rolesAreCopiedInAndOut() {
        Set<Role> given = EnumSet.of(Role.ADMIN_AGENT);
        UserAccount user = new UserAccount(reseller, "bob", "Bob", "b@x.example", given, NOW);

        given.add(Role.SALES_AGENT);
        user.getRoles().add(Role.HELPDESK_AGENT);

        assertEquals(EnumSet.of(Role.ADMIN_AGENT), user.getRoles());
    }

    @Test
    void loginNamesAreNormalizedForComparison() {
        assertEquals("alice@fabrikam.example", UserAccount.normalizeLoginName("  Alice@Fabrikam.EXAMPLE "));
        assertEquals("", UserAccount.normalizeLoginName(null));
    }

    @Test
    void successRecordsItsTimeAndStartsTheFailureCountAfresh() {
        UserAccount user = user();

        user.recordSuccessfulSignIn(NOW);

        assertEquals(0, user.getFailedSignIns());
        assertNull(user.getLockedUntil());
        assertEquals(NOW, user.getLastSignInAt());
    }

    @Test
    void activeUserWithPasswordCanSignIn() {
        assertTrue(user().canSignInAt(NOW));
    }

    @Test
    void userWithoutPasswordCannotSignIn() {
        UserAccount user = new UserAccount(reseller, "carol", "Carol", "c@x.example", Set.of(), NOW);

        assertFalse(user.canSignInAt(NOW));
    }

    @Test
    void blankPasswordHashIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> user().changePasswordHash(" "));
    }
}
