package org.channelcenter.commerce.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import org.channelcenter.commerce.entity.CommerceRefusedException.Reason;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.kernel.entity.OrganizationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The subscription's quantity rules and its state machine: ACTIVE ⇄ SUSPENDED, either → CANCELLED (final). */
class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private final Organization customer = withId(
            new Organization(OrganizationKind.CUSTOMER, "Adatum", "adatum.example", "US", NOW), Organization.class, 3L);
    private final Organization provider = withId(
            new Organization(OrganizationKind.PROVIDER, "Northwind", "northwind.example", "US", NOW),
            Organization.class,
            2L);
    private final Organization reseller = withId(
            new Organization(OrganizationKind.RESELLER, "Contoso", "contoso.example", "US", NOW),
            Organization.class,
            1L);
    private final Offer offer = withId(
            new Offer("Suite", null, BillingCycle.MONTHLY, new BigDecimal("10.00"), "USD", 5, 50), Offer.class, 7L);

    private Subscription subscription(int quantity) {
        return new Subscription(customer, offer, provider, reseller, quantity, "sam@northwind.example", NOW);
    }

    @Test
    void aNewSubscriptionIsActiveAndHoldsTheKeyOfItsCustomerOfferProviderAndReseller() {
        Subscription subscription = subscription(10);

        assertEquals(SubscriptionStatus.ACTIVE, subscription.getStatus());
        assertEquals(10, subscription.getQuantity());
        assertEquals("3:7:2:1", subscription.getOpenKey());
    }

    @Test
    void aNewSubscriptionMustLieWithinTheOffersMinimumAndMaximum() {
        assertRefused(Reason.QUANTITY_OUT_OF_RANGE, () -> subscription(4));
        assertRefused(Reason.QUANTITY_OUT_OF_RANGE, () -> subscription(51));
        assertEquals(5, subscription(5).getQuantity());
        assertEquals(50, subscription(50).getQuantity());
    }

    @Test
    void licensesAreAddedUpToTheMaximumOfTheResultingTotal() {
        Subscription subscription = subscription(10);

        subscription.addLicenses(1, "kim@northwind.example", LATER);
        assertEquals(11, subscription.getQuantity(), "a line below the minimum may extend an existing subscription");
        assertEquals("kim@northwind.example", subscription.getChangedBy());
        assertEquals(LATER, subscription.getChangedAt());

        subscription.addLicenses(39, "kim@northwind.example", LATER);
        assertEquals(50, subscription.getQuantity());
        assertRefused(Reason.QUANTITY_OUT_OF_RANGE, () -> subscription.addLicenses(1, "kim", LATER));
        assertRefused(Reason.QUANTITY_OUT_OF_RANGE, () -> subscription.addLicenses(0, "kim", LATER));
        assertEquals(50, subscription.getQuantity());
    }

    @Test
    void anInactiveOfferTakesNoNewSubscriptionsNorLicenses() {
        Subscription existing = subscription(10);
        deactivate(offer);

        assertRefused(Reason.OFFER_INACTIVE, () -> subscription(10));
        assertRefused(Reason.OFFER_INACTIVE, () -> existing.addLicenses(1, "kim", LATER));
        assertEquals(10, existing.getQuantity());
    }

    @Test
    void suspendedAndReactivatedItKeepsItsKey() {
        Subscription subscription = subscription(10);

        subscription.suspend("kim", LATER);
        assertEquals(SubscriptionStatus.SUSPENDED, subscription.getStatus());
        assertEquals("3:7:2:1", subscription.getOpenKey(), "a suspended subscription is still the open one");
        assertRefused(Reason.NOT_ACTIVE, () -> subscription.suspend("kim", LATER));
        assertRefused(Reason.SUBSCRIPTION_SUSPENDED, () -> subscription.addLicenses(1, "kim", LATER));

        subscription.reactivate("kim", LATER);
        assertEquals(SubscriptionStatus.ACTIVE, subscription.getStatus());
        assertRefused(Reason.NOT_SUSPENDED, () -> subscription.reactivate("kim", LATER));
    }

    @Test
    void cancellingIsFinalFromActiveOrSuspendedAndFreesTheKey() {
        Subscription active = subscription(10);
        Subscription suspended = subscription(10);
        suspended.suspend("kim", LATER);

        active.cancel("kim", LATER);
        suspended.cancel("kim", LATER);

        for (Subscription cancelled : new Subscription[] {active, suspended}) {
            assertEquals(SubscriptionStatus.CANCELLED, cancelled.getStatus());
            assertNull(cancelled.getOpenKey(), "a later order of the offer opens a new subscription");
            assertRefused(Reason.ALREADY_CANCELLED, () -> cancelled.cancel("kim", LATER));
            assertRefused(Reason.ALREADY_CANCELLED, () -> cancelled.suspend("kim", LATER));
            assertRefused(Reason.ALREADY_CANCELLED, () -> cancelled.reactivate("kim", LATER));
            assertRefused(Reason.ALREADY_CANCELLED, () -> cancelled.addLicenses(1, "kim", LATER));
            assertEquals(SubscriptionStatus.CANCELLED, cancelled.getStatus());
        }
    }

    @Test
    void everyTransitionReturnsTheChangeForTheHistoryWithTheLicensesAndStateAfterIt() {
        Subscription subscription = subscription(10);
        Instant later = LATER.plusSeconds(60);

        assertChange(
                subscription.opened(),
                SubscriptionChange.Kind.ORDERED,
                10,
                SubscriptionStatus.ACTIVE,
                NOW,
                "sam@northwind.example");
        assertChange(
                subscription.addLicenses(5, "kim", LATER),
                SubscriptionChange.Kind.LICENSES_ADDED,
                15,
                SubscriptionStatus.ACTIVE,
                LATER,
                "kim");
        assertChange(
                subscription.suspend("lee", later),
                SubscriptionChange.Kind.SUSPENDED,
                15,
                SubscriptionStatus.SUSPENDED,
                later,
                "lee");
        assertChange(
                subscription.reactivate("kim", later),
                SubscriptionChange.Kind.REACTIVATED,
                15,
                SubscriptionStatus.ACTIVE,
                later,
                "kim");
        assertChange(
                subscription.cancel("kim", later),
                SubscriptionChange.Kind.CANCELLED,
                15,
                SubscriptionStatus.CANCELLED,
                later,
                "kim");
    }

    private static void assertChange(
            SubscriptionChange change,
            SubscriptionChange.Kind kind,
            int quantity,
            SubscriptionStatus status,
            Instant at,
            String by) {
        assertEquals(kind, change.getKind());
        assertEquals(quantity, change.getQuantity(), kind + ": licenses after the change");
        assertEquals(status, change.getStatus(), kind + ": state after the change");
        assertEquals(at, change.getChangedAt(), kind.toString());
        assertEquals(by, change.getChangedBy(), kind.toString());
    }

    @Test
    void anOrderNamesEachOfferOnceAndCopiesItsPrice() {
        CustomerOrder order = new CustomerOrder(customer, provider, reseller, "sam", NOW);
        Subscription subscription = subscription(10);

        OrderLine line = order.add(offer, 10, subscription, true);

        assertEquals(new BigDecimal("10.00"), line.getUnitPrice());
        assertEquals("USD", line.getCurrency());
        assertRefused(Reason.DUPLICATE_OFFER, () -> order.add(offer, 1, subscription, false));
        assertEquals(1, order.getLines().size());
        assertEquals(OrderStatus.COMPLETED, order.getStatus());
    }

    private static void assertRefused(Reason reason, Executable change) {
        assertEquals(
                reason, assertThrows(CommerceRefusedException.class, change).reason());
    }

    private static void deactivate(Offer offer) {
        set(Offer.class, offer, "active", false);
    }

    private static <T> T withId(T entity, Class<T> type, long id) {
        set(type, entity, "id", id);
        return entity;
    }

    private static void set(Class<?> type, Object target, String name, Object value) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
