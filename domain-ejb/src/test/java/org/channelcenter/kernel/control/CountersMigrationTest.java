package org.channelcenter.kernel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard counters on a real (in-memory) Derby: a database at version 14 with customers, subscriptions and
 * orders is upgraded and its counters start from those rows (what the tiles showed before the upgrade), and the
 * triggers then keep them equal to a full count through relationships ending and starting again, orders,
 * subscription changes, organizations changing status, and a rollback. The integration test DashboardCountersIT
 * does the same through the boundaries, concurrently, on both databases.
 */
class CountersMigrationTest {

    private static final String[] LOCATIONS = {"classpath:db/migration/common", "classpath:db/migration/derby"};

    private String url;
    private Connection connection;
    private boolean migrated;

    @BeforeEach
    void databaseAtVersion14() throws SQLException {
        url = "jdbc:derby:memory:counters" + System.nanoTime();
        migrate("14", url + ";create=true");
        connection = DriverManager.getConnection(url);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        connection.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a dropped in-memory database with an exception (SQLState 08006)
        }
    }

    @Test
    void anUpgradedDatabaseCountsItsExistingRowsAndTheTriggersKeepTheCountsExact() throws SQLException {
        long provider = organization("PROVIDER", "ACTIVE");
        long reseller = organization("RESELLER", "ACTIVE");
        long staying = organization("CUSTOMER", "ACTIVE");
        long leaving = organization("CUSTOMER", "ACTIVE");
        organization("CUSTOMER", "INACTIVE");
        long offer = insert("insert into offer (name, billing_cycle, unit_price, currency, min_quantity,"
                + " max_quantity, active, version) values ('Seats', 'MONTHLY', 1, 'USD', 1, 100, true, 0)");
        relationship(staying, reseller, "ACTIVE");
        relationship(staying, provider, "ACTIVE");
        relationship(leaving, reseller, "ACTIVE");
        relationship(leaving, provider, "REMOVED");
        long seats = subscription(staying, offer, provider, reseller, 5, 2, "ACTIVE");
        subscription(staying, offer, provider, reseller, 3, 0, "CANCELLED");
        subscription(leaving, offer, provider, reseller, 4, 1, "ACTIVE");
        order(staying, provider, reseller, 0);
        order(staying, provider, reseller, 40);
        order(leaving, provider, reseller, 1);

        migrate(null, url);
        migrated = true;

        // the provider no longer counts the customer that removed it; the 40-day-old order is not recent
        assertEquals(List.of(1L, 1L, 5L, 2L, 1L), counters(provider));
        assertEquals(List.of(2L, 2L, 9L, 3L, 2L), counters(reseller));
        assertExact(provider, reseller);

        // the customer ends the reseller relationship, the removed provider is granted again
        execute("update customer_relationship set status = 'REMOVED', active_pair = null where customer_id = " + staying
                + " and partner_id = " + reseller);
        relationship(leaving, provider, "ACTIVE");
        assertEquals(List.of(1L, 1L, 4L, 1L, 1L), counters(reseller));
        assertEquals(List.of(2L, 2L, 9L, 3L, 2L), counters(provider));
        assertExact(provider, reseller);

        // orders, more licenses, an assignment, a suspension and a cancellation
        order(staying, provider, reseller, 0);
        order(leaving, provider, reseller, 0);
        long more = subscription(leaving, offer, provider, reseller, 7, 0, "ACTIVE");
        execute("update subscription set quantity = quantity + 3 where id = " + seats);
        execute("update subscription set assigned = assigned + 1 where id = " + more);
        execute("update subscription set status = 'SUSPENDED' where id = " + seats);
        assertExact(provider, reseller);
        execute("update subscription set status = 'ACTIVE' where id = " + seats);
        execute("update subscription set status = 'CANCELLED', open_key = null where id = " + more);
        execute("update organization set status = 'INACTIVE' where id = " + leaving);
        assertExact(provider, reseller);

        // a rolled back change leaves no trace in the counters
        connection.setAutoCommit(false);
        order(staying, provider, reseller, 0);
        relationship(staying, reseller, "ACTIVE");
        organization("RESELLER", "ACTIVE");
        connection.rollback();
        connection.setAutoCommit(true);
        assertExact(provider, reseller);
    }

    private void assertExact(long... organizations) throws SQLException {
        for (long organization : organizations) {
            String stillRelated = " and exists (select 1 from customer_relationship r where r.customer_id ="
                    + " x.customer_id and r.partner_id = " + organization + " and r.status = 'ACTIVE')";
            String held = " from subscription x where (x.provider_id = " + organization + " or x.reseller_id = "
                    + organization + ") and x.status = 'ACTIVE'" + stillRelated;
            assertEquals(
                    List.of(
                            count("select count(*) from customer_relationship where partner_id = " + organization
                                    + " and status = 'ACTIVE'"),
                            count("select count(*)" + held),
                            count("select coalesce(sum(x.quantity), 0)" + held),
                            count("select coalesce(sum(x.assigned), 0)" + held),
                            count("select count(*) from customer_order x where (x.provider_id = " + organization
                                    + " or x.reseller_id = " + organization + ") and x.placed_at >= "
                                    + recentStart() + stillRelated)),
                    counters(organization),
                    "organization " + organization);
        }
        for (String kind : List.of("OPERATOR", "PROVIDER", "RESELLER", "CUSTOMER")) {
            assertEquals(
                    count("select count(*) from organization where kind = '" + kind + "' and status = 'ACTIVE'"),
                    count("select amount from system_counter where name = 'organizations." + kind + "'"),
                    kind);
        }
        assertEquals(
                count("select count(*) from customer_order"),
                count("select amount from system_counter where name = 'orders'"));
        assertEquals(
                count("select count(*) from customer_order where placed_at >= " + recentStart()),
                count("select coalesce(sum(orders), 0) from order_day where organization_id = 0 and placed_on >= "
                        + recentFrom()));
    }

    /** customers, subscriptions, licenses, licenses_assigned, recent orders */
    private List<Long> counters(long organization) throws SQLException {
        return List.of(
                count("select customers from organization_counter where organization_id = " + organization),
                count("select subscriptions from organization_counter where organization_id = " + organization),
                count("select licenses from organization_counter where organization_id = " + organization),
                count("select licenses_assigned from organization_counter where organization_id = " + organization),
                count("select coalesce(sum(orders), 0) from order_day where organization_id = " + organization
                        + " and placed_on >= " + recentFrom()));
    }

    private static String recentFrom() {
        return "DATE('" + Counters.recentFrom(Instant.now()) + "')";
    }

    /** Derby compares a TIMESTAMP with a TIMESTAMP only. */
    private static String recentStart() {
        return "TIMESTAMP('" + Counters.recentFrom(Instant.now()) + " 00:00:00')";
    }

    private long organization(String kind, String status) throws SQLException {
        String name = kind.toLowerCase() + System.nanoTime();
        return insert("insert into organization (kind, name, directory_domain, country_code, status, created_at,"
                + " version) values ('" + kind + "', '" + name + "', '" + name + ".example', 'US', '" + status
                + "', CURRENT_TIMESTAMP, 0)");
    }

    /** A relationship as V14 knows it, and after the migrations with V17's sort keys (NOT NULL from there on). */
    private void relationship(long customer, long partner, String status) throws SQLException {
        String pair = status.equals("ACTIVE") ? "'" + customer + ":" + partner + "'" : "NULL";
        insert("insert into customer_relationship (customer_id, partner_id, reseller_id, customer_name,"
                + " customer_domain, customer_country, status, active_pair, started_at, started_by, version"
                + (migrated ? ", customer_name_key, reseller_name_key" : "") + ")"
                + " values (" + customer + ", " + partner + ", " + partner + ", 'c', 'c.example', 'US', '" + status
                + "', " + pair + ", CURRENT_TIMESTAMP, 'test', 0" + (migrated ? ", 'c', 'r'" : "") + ")");
    }

    private long subscription(
            long customer, long offer, long provider, long reseller, int quantity, int assigned, String status)
            throws SQLException {
        String key = status.equals("CANCELLED") ? "NULL" : "'" + System.nanoTime() + "'";
        return insert("insert into subscription (customer_id, offer_id, provider_id, reseller_id, quantity, assigned,"
                + " status, open_key, created_at, changed_at, changed_by, version) values (" + customer + ", " + offer
                + ", " + provider + ", " + reseller + ", " + quantity + ", " + assigned + ", '" + status + "', " + key
                + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'test', 0)");
    }

    private void order(long customer, long provider, long reseller, int daysAgo) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into customer_order (customer_id,"
                + " provider_id, reseller_id, placed_by, placed_at, status, version)"
                + " values (?, ?, ?, 'test', ?, 'COMPLETED', 0)")) {
            insert.setLong(1, customer);
            insert.setLong(2, provider);
            insert.setLong(3, reseller);
            insert.setTimestamp(
                    4, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(daysAgo)));
            insert.executeUpdate();
        }
    }

    private long insert(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void migrate(String target, String jdbcUrl) {
        var configuration = Flyway.configure().dataSource(jdbcUrl, null, null).locations(LOCATIONS);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
