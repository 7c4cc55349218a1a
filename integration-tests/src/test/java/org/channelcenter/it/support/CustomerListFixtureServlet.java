package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import javax.sql.DataSource;
import org.channelcenter.customer.entity.CustomerRelationship;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.kernel.entity.InstantConverter;

/**
 * Test-only: customers and reseller relationships for tests that run outside the server.
 * POST /public/it-fixtures/customer-list:
 * <ul>
 * <li>{@code op=customer&name=..&country=..&reseller=<orgId>&partners=<orgId>,<orgId>}: a customer organization
 * (through {@link SampleData}, like the demo data) with an active relationship to each partner, the reseller
 * of record being {@code reseller}; answers the {@link CustomerFixtures.Customer}</li>
 * <li>{@code op=remove&customer=..&partner=..}: the customer removes that partner (its relationship is kept as
 * history, as the customer's Partners page does); answers the {@link Fixtures.Count} of relationships removed</li>
 * <li>{@code op=bulk&reseller=<orgId>&count=N&prefix=..}: N customers of that reseller in plain JDBC batches
 * (the scale test's 100,000 rows in seconds, not through JPA one by one); answers how long it took
 * ({@link CustomerFixtures.Loaded})</li>
 * </ul>
 */
@WebServlet("/public/it-fixtures/customer-list")
public class CustomerListFixtureServlet extends HttpServlet {

    private static final String[] COUNTRIES = {"US", "BR", "DE", "PT", "JP", "IN", "FR", "GB", "CA", "RU"};
    private static final int BATCH = 1_000;

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Object answer =
                    switch (request.getParameter("op")) {
                        case "customer" -> {
                            Organization customer = Transactions.inTransaction(transaction, () -> {
                                Organization created = samples.organization(OrganizationBuilder.customer()
                                        .named(request.getParameter("name"))
                                        .country(request.getParameter("country")));
                                Organization reseller =
                                        samples.organization(Long.parseLong(request.getParameter("reseller")));
                                for (long partner : Arrays.stream(
                                                request.getParameter("partners").split(","))
                                        .mapToLong(Long::parseLong)
                                        .toArray()) {
                                    samples.relationship(
                                            created, samples.organization(partner), reseller, "it-fixture");
                                }
                                return created;
                            });
                            yield new CustomerFixtures.Customer(
                                    customer.getId(), customer.getName(), customer.getDirectoryDomain());
                        }
                        case "remove" -> new Fixtures.Count(remove(
                                Long.parseLong(request.getParameter("customer")),
                                Long.parseLong(request.getParameter("partner"))));
                        case "bulk" -> {
                            long started = System.nanoTime();
                            String provider = request.getParameter("provider");
                            bulk(
                                    Long.parseLong(request.getParameter("reseller")),
                                    provider == null ? 0 : Long.parseLong(provider),
                                    Integer.parseInt(request.getParameter("count")),
                                    request.getParameter("prefix"));
                            yield new CustomerFixtures.Loaded((System.nanoTime() - started) / 1_000_000);
                        }
                        default -> throw new IllegalArgumentException("unknown op");
                    };
            JsonAnswers.write(response, answer);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private int remove(long customerId, long partnerId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update customer_relationship"
                        + " set status = 'REMOVED', active_pair = null, removed_at = ?, removed_by = 'it-fixture',"
                        + " version = version + 1 where customer_id = ? and partner_id = ? and status = 'ACTIVE'")) {
            update.setTimestamp(1, InstantConverter.toColumn(Instant.now()));
            update.setLong(2, customerId);
            update.setLong(3, partnerId);
            return update.executeUpdate();
        }
    }

    /**
     * {@code count} customer organizations named "{@code prefix} nnnnnnn" in a scrambled order (so the name
     * order is not the insertion order), then one relationship each with the reseller, copied from them in one
     * INSERT ... SELECT. Their domains start with the prefix, which finds them again through the unique index.
     * With a provider ({@code providerId} not 0), each also has an active relationship with it (the reseller being
     * reseller of record) and one order the provider placed for it, copied the same way.
     */
    private void bulk(long resellerId, long providerId, int count, String prefix) throws Exception {
        String suffix = samples.directorySuffix();
        Timestamp now = InstantConverter.toColumn(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // PostgreSQL: a statement of 1,000 rows. Its counter trigger (V16) runs once per statement, and a batch of
            // 99,000 single-row inserts, each updating the same counter row in one transaction, took two minutes
            // (as far as I can tell, each update walks the versions of the row made earlier in the transaction).
            // Derby runs its triggers per row whatever the statement, so it keeps single-row inserts in batches.
            boolean postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            int perStatement = postgres ? BATCH : 1;
            String values =
                    String.join(",", Collections.nCopies(perStatement, "('CUSTOMER', ?, ?, ?, 'ACTIVE', ?, 0)"));
            try (PreparedStatement insert = connection.prepareStatement("insert into organization"
                    + " (kind, name, directory_domain, country_code, status, created_at, version) values " + values)) {
                int whole = count - count % perStatement;
                for (int i = 0; i < whole; i += perStatement) {
                    for (int row = 0; row < perStatement; row++) {
                        customer(insert, row * 4, i + row, prefix, suffix, now);
                    }
                    insert.addBatch();
                    if ((i + perStatement) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            for (int i = count - count % perStatement; i < count; i++) { // the rest, a row at a time
                try (PreparedStatement insert = connection.prepareStatement("insert into organization"
                        + " (kind, name, directory_domain, country_code, status, created_at, version)"
                        + " values ('CUSTOMER', ?, ?, ?, 'ACTIVE', ?, 0)")) {
                    customer(insert, 0, i, prefix, suffix, now);
                    insert.executeUpdate();
                }
            }
            String resellerName;
            try (PreparedStatement name = connection.prepareStatement("select name from organization where id = ?")) {
                name.setLong(1, resellerId);
                try (ResultSet result = name.executeQuery()) {
                    result.next();
                    resellerName = result.getString(1);
                }
            }
            // the lower-case sort and search keys (V17) as CustomerRelationship.nameKey makes them
            try (PreparedStatement relate = connection.prepareStatement("insert into customer_relationship"
                    + " (customer_id, partner_id, reseller_id, customer_name, customer_domain, customer_country, status,"
                    + " active_pair, started_at, started_by, version, customer_name_key, reseller_name_key)"
                    + " select o.id, ?, ?, o.name, o.directory_domain, o.country_code, 'ACTIVE',"
                    + " trim(cast(o.id as char(20))) || ':' || cast(? as varchar(20)),"
                    + " o.created_at, 'it-scale', 0, lower(o.name), cast(? as varchar(200))"
                    + " from organization o where o.directory_domain like ?")) {
                for (long partnerId : providerId == 0 ? new long[] {resellerId} : new long[] {resellerId, providerId}) {
                    relate.setLong(1, partnerId);
                    relate.setLong(2, resellerId);
                    relate.setString(3, Long.toString(partnerId));
                    relate.setString(4, CustomerRelationship.nameKey(resellerName));
                    relate.setString(5, prefix.toLowerCase() + "-%");
                    relate.executeUpdate();
                }
            }
            if (providerId != 0) {
                try (PreparedStatement order = connection.prepareStatement("insert into customer_order"
                        + " (customer_id, provider_id, reseller_id, placed_by, placed_at, status, version)"
                        + " select o.id, ?, ?, 'it-scale', o.created_at, 'COMPLETED', 0"
                        + " from organization o where o.directory_domain like ?")) {
                    order.setLong(1, providerId);
                    order.setLong(2, resellerId);
                    order.setString(3, prefix.toLowerCase() + "-%");
                    order.executeUpdate();
                }
            }
            connection.commit();
            // a plan compiled while these tables were small (an earlier test's page) is not reused for the load
            AuditFixtureServlet.freshPlans(connection);
        }
    }

    /** The i-th customer's four values, from that parameter on. */
    private static void customer(
            PreparedStatement insert, int before, int i, String prefix, String suffix, Timestamp now)
            throws java.sql.SQLException {
        // a multiplicative scramble of i: unique for every i below 10,000,000
        long scrambled = (i * 7_919L + 13) % 10_000_019L;
        insert.setString(before + 1, prefix + " " + String.format("%08d", scrambled));
        insert.setString(before + 2, prefix.toLowerCase() + "-" + i + "." + suffix);
        insert.setString(before + 3, COUNTRIES[i % COUNTRIES.length]);
        insert.setTimestamp(before + 4, now);
    }
}
