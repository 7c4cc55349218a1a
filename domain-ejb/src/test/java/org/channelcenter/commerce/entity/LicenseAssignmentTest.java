package org.channelcenter.commerce.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.channelcenter.commerce.entity.LicenseRefusedException.Reason;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A license goes only from an ACTIVE subscription to an active user of its customer, holds the key that makes a
 * second license of the same subscription for the same user impossible, and is unassigned once.
 */
class LicenseAssignmentTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final String PARTNER = "ana@contoso.example";

    private final Organization customer = withId(
            new Organization(OrganizationKind.CUSTOMER, "Adatum", "adatum.example", "US", NOW), Organization.class, 3L);
    private final Organization otherCustomer = withId(
            new Organization(OrganizationKind.CUSTOMER, "Litware", "litware.example", "US", NOW),
            Organization.class,
            4L);
    private final Organization provider = withId(
            new Organization(OrganizationKind.PROVIDER, "Northwind", "northwind.example", "US", NOW),
            Organization.class,
            2L);
    private final Organization reseller = withId(
            new Organization(OrganizationKind.RESELLER, "Contoso", "contoso.example", "US", NOW),
            Organization.class,
            1L);
    private final Offer offer = withId(
            new Offer("Suite", null, BillingCycle.MONTHLY, new BigDecimal("10.00"), "USD", 1, 50), Offer.class, 7L);
    private final Subscription subscription = withId(
            new Subscription(customer, offer, provider, reseller, 10, "sam@northwind.example", NOW),
            Subscription.class,
            11L);
    private final UserAccount user = withId(
            new UserAccount(customer, "lee", "Lee", "lee@adatum.example", Set.of(), NOW), UserAccount.class, 21L);

    @Test
    void anActiveUserOfTheCustomerGetsALicenseOfAnActiveSubscription() {
        LicenseAssignment assignment = new LicenseAssignment(subscription, user, PARTNER, NOW);

        assertTrue(assignment.isAssigned());
        assertEquals(
                "11:21", assignment.getActiveKey(), "unique while assigned: one license per user and subscription");
        assertEquals(PARTNER, assignment.getAssignedBy());
        assertEquals(NOW, assignment.getAssignedAt());
        assertNull(assignment.getUnassignedAt());
    }

    @Test
    void aSuspendedOrCancelledSubscriptionAssignsNothing() {
        subscription.suspend("sam@northwind.example", NOW);
        assertRefused(Reason.SUBSCRIPTION_NOT_ACTIVE, () -> new LicenseAssignment(subscription, user, PARTNER, NOW));

        subscription.cancel("sam@northwind.example", LATER);
        assertRefused(Reason.SUBSCRIPTION_NOT_ACTIVE, () -> new LicenseAssignment(subscription, user, PARTNER, NOW));
    }

    @Test
    void aUserOfAnotherOrganizationOrAnInactiveUserGetsNone() {
        UserAccount stranger = withId(
                new UserAccount(otherCustomer, "kim", "Kim", "kim@litware.example", Set.of(), NOW),
                UserAccount.class,
                22L);
        assertRefused(Reason.USER_NOT_FOUND, () -> new LicenseAssignment(subscription, stranger, PARTNER, NOW));

        user.deactivate(1);
        assertRefused(Reason.USER_INACTIVE, () -> new LicenseAssignment(subscription, user, PARTNER, NOW));
    }

    @Test
    void unassigningFreesTheKeyOnceAndKeepsTheHistory() {
        LicenseAssignment assignment = new LicenseAssignment(subscription, user, PARTNER, NOW);

        assignment.unassign("kim@contoso.example", LATER);

        assertFalse(assignment.isAssigned());
        assertNull(assignment.getActiveKey(), "the user may be given a license of it again");
        assertEquals("kim@contoso.example", assignment.getUnassignedBy());
        assertEquals(LATER, assignment.getUnassignedAt());
        assertEquals(PARTNER, assignment.getAssignedBy());
        assertRefused(Reason.ALREADY_UNASSIGNED, () -> assignment.unassign(PARTNER, LATER));
    }

    @Test
    void theFullRefusalNamesTheQuantity() {
        LicenseRefusedException full = LicenseRefusedException.allAssigned(10);

        assertEquals(Reason.ALL_ASSIGNED, full.reason());
        assertEquals(10, full.quantity());
        assertEquals(0, subscription.getAssigned(), "a new subscription has no license assigned");
    }

    private static void assertRefused(Reason reason, Executable change) {
        assertEquals(reason, assertThrows(LicenseRefusedException.class, change).reason());
    }

    private static <T> T withId(T entity, Class<T> type, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return entity;
    }
}
