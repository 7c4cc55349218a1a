package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.channelcenter.billing.entity.Invoice;
import org.channelcenter.billing.entity.InvoiceStatus;
import org.channelcenter.commerce.entity.CustomerOrder;
import org.channelcenter.commerce.entity.Subscription;
import org.channelcenter.demo.control.DemoBilling;
import org.channelcenter.demo.control.DemoNetwork;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.Organization;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dev server's demo network ({@link DemoNetwork}, what {@code DemoDataLoader} loads when {@code cc.demo.data}
 * is true) loads cleanly against the real schema, with Northwind's orders for Adatum through Contoso: once, also
 * after the organizations were loaded on their own (a database from before orders existed), and not at all where
 * the order rule would refuse them. Runs in the server, each test in a transaction that is rolled back, so the
 * test database never holds the demo's fixed directory names.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Inject
    DemoNetwork network;

    @Inject
    SampleData samples;

    @Inject
    DemoBilling billing;

    @Inject
    UserTransaction transaction;

    @Test
    void theDemoOrganizationsThenTheirOrdersLoadOnceWithThreeSubscriptionsOneSuspended() throws Exception {
        transaction.begin();
        try {
            assertFalse(network.exists(), "the test database holds no demo data");
            network.loadOrganizations();
            assertTrue(network.exists());
            List<CustomerOrder> orders = network.loadOrders();

            assertEquals(2, orders.size());
            Organization adatum = samples.directory("adatum").orElseThrow();
            assertTrue(orders.stream()
                    .allMatch(order -> order.getCustomer() == adatum
                            && order.getProvider().getName().equals("Northwind Distribution")
                            && order.getReseller().getName().equals("Contoso Cloud Partners")));
            assertTrue(orders.get(0).getPlacedAt().isBefore(orders.get(1).getPlacedAt()));
            List<String> subscriptions = orders.stream()
                    .flatMap(order -> order.getLines().stream())
                    .map(line -> line.getSubscription())
                    .distinct()
                    .map(DemoDataIT::describe)
                    .sorted()
                    .toList();
            assertEquals(
                    List.of(
                            "Cloud Backup 1 TB 2 SUSPENDED",
                            "Productivity Suite Basic 10 ACTIVE",
                            "Productivity Suite Standard 30 ACTIVE"),
                    subscriptions);
            assertEquals(
                    List.of("12.50", "25.00"),
                    orders.get(0).getLines().stream()
                            .map(line -> line.getUnitPrice().toPlainString())
                            .sorted()
                            .toList(),
                    "prices of the moment");

            assertTrue(network.loadOrders().isEmpty(), "a second start adds nothing");
            assertTrue(samples.hasOrders(adatum));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theDemoBillingHasTwoClosedMonthsOnePaidAndOneOverdueOnce() throws Exception {
        transaction.begin();
        try {
            network.loadOrganizations();
            network.loadOrders();
            List<Invoice> invoices = billing.load();

            assertEquals(2, invoices.size());
            java.time.YearMonth current = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
            assertEquals(
                    List.of(current.minusMonths(2), current.minusMonths(1)),
                    invoices.stream().map(Invoice::getMonth).toList());
            assertEquals(
                    List.of(1, 2), invoices.stream().map(Invoice::getNumber).toList());
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            assertEquals(InvoiceStatus.ISSUED, invoices.get(0).getStatus());
            assertTrue(invoices.get(0).isOverdue(today), "net 15 from the first of last month: overdue");
            assertEquals(InvoiceStatus.PAID, invoices.get(1).getStatus());
            assertTrue(invoices.stream().allMatch(invoice -> invoice.getTotal().signum() > 0));
            assertTrue(
                    invoices.get(0).getCustomerTotal().compareTo(invoices.get(0).getTotal()) > 0,
                    "Contoso's 20 % over its cost");

            assertTrue(billing.load().isEmpty(), "a second start adds nothing");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void noDemoOrdersWhereAdatumRemovedNorthwind() throws Exception {
        transaction.begin();
        try {
            network.loadOrganizations();
            Organization adatum = samples.directory("adatum").orElseThrow();
            Organization northwind = samples.directory("northwind").orElseThrow();
            samples.removeRelationship(adatum, northwind, "admin@adatum." + samples.directorySuffix());

            assertTrue(network.loadOrders().isEmpty(), "the order rule would refuse them");
            assertFalse(samples.hasOrders(adatum));
        } finally {
            transaction.rollback();
        }
    }

    private static String describe(Subscription subscription) {
        return subscription.getOffer().getName() + " " + subscription.getQuantity() + " " + subscription.getStatus();
    }
}
