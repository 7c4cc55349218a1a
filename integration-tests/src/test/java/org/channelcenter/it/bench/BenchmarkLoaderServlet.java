package org.channelcenter.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.channelcenter.commerce.entity.BillingCycle;
import org.channelcenter.commerce.entity.Offer;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.Organization;
import org.channelcenter.directory.entity.OrganizationBuilder;
import org.channelcenter.directory.entity.UserAccount;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.JsonAnswers;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.kernel.entity.InstantConverter;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.partnership.entity.Partnership;

/**
 * Test-only: the benchmark's data for one size N (POST /public/it-fixtures/benchmark, {@code op=load&n=N}), loaded
 * once: a provider and a reseller in partnership, N customers each (the same N, the reseller being reseller of
 * record), one subscription and one order per customer placed over the last 60 days, N audit events concerning both
 * organizations, some mails in the outbox, some enrollment applications in review, and users to sign in as. When the
 * data for N is there already (its staff organization, made last, exists) nothing is loaded, so the driver can run
 * again against a loaded database.
 *
 * <p>The few organizations and users go through {@link SampleData} like the demo data (hashed passwords, every
 * column); the N-sized tables are written in plain JDBC, mostly INSERT ... SELECT from the customer organizations,
 * so that a column or a denormalized key added later is one more expression in {@link Sql}. Each stage commits on
 * its own (a single transaction of millions of rows strains Derby's log).
 *
 * <p>{@code op=memory}: the server's resident set (VmRSS of this JVM, from /proc) and its heap in use after a full
 * collection, for the memory-per-session measurement.
 */
@WebServlet("/public/it-fixtures/benchmark")
public class BenchmarkLoaderServlet extends HttpServlet {

    static final String[] COUNTRIES = {"US", "BR", "DE", "PT", "JP", "IN", "FR", "GB", "CA", "RU"};
    static final String[] WORDS = {
        "Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Adatum", "Litware", "Proseware", "Lucerne", "Margie"
    };
    static final int MAILS = 500;
    static final int APPLICATIONS = 200;
    private static final int BATCH = 1_000;

    /**
     * Every statement of the load in one place. Parameters are marked in order; {@code :prefix%} patterns select the
     * benchmark's customers through the unique index of directory_domain. When a merged change adds a NOT NULL
     * column (a denormalized sort key, an audit index column), add it here.
     */
    static final class Sql {
        /** name, directory_domain, country_code, created_at */
        static final String CUSTOMER = "insert into organization"
                + " (kind, name, directory_domain, country_code, status, created_at, version)"
                + " values ('CUSTOMER', ?, ?, ?, 'ACTIVE', ?, 0)";

        /**
         * partner_id, reseller_id, reseller id as text (active_pair), the reseller's id again (its name's sort key,
         * V17), domain pattern
         */
        static final String RELATIONSHIPS = "insert into customer_relationship"
                + " (customer_id, partner_id, reseller_id, customer_name, customer_domain, customer_country, status,"
                + " active_pair, started_at, started_by, version, customer_name_key, reseller_name_key)"
                + " select o.id, ?, ?, o.name, o.directory_domain, o.country_code, 'ACTIVE',"
                + " trim(cast(o.id as char(20))) || ':' || cast(? as varchar(20)),"
                + " o.created_at, 'benchmark', 0, lower(o.name),"
                + " (select lower(r.name) from organization r where r.id = ?)"
                + " from organization o where o.directory_domain like ?";

        /** offer_id, provider_id, reseller_id, ':offer:provider:reseller' (open_key tail), changed_by, pattern */
        static final String SUBSCRIPTIONS = "insert into subscription"
                + " (customer_id, offer_id, provider_id, reseller_id, quantity, status, open_key, created_at,"
                + " changed_at, changed_by, version, assigned)"
                + " select o.id, ?, ?, ?, 5, 'ACTIVE', trim(cast(o.id as char(20))) || cast(? as varchar(80)),"
                + " o.created_at, o.created_at, ?, 0, 0 from organization o where o.directory_domain like ?";

        /** pattern: each loaded subscription's first change (V42), as an order writes it */
        static final String SUBSCRIPTION_CHANGES = "insert into subscription_change"
                + " (subscription_id, changed_at, kind, quantity, status, changed_by)"
                + " select s.id, s.created_at, 'ORDERED', s.quantity, 'ACTIVE', s.changed_by from subscription s"
                + " join organization o on o.id = s.customer_id where o.directory_domain like ?";

        /** provider_id, reseller_id, placed_by, pattern */
        static final String ORDERS = "insert into customer_order"
                + " (customer_id, provider_id, reseller_id, placed_by, placed_at, status, version)"
                + " select o.id, ?, ?, ?, o.created_at, 'COMPLETED', 0"
                + " from organization o where o.directory_domain like ?";

        /** offer_id, provider_id */
        static final String ORDER_LINES = "insert into order_line"
                + " (order_id, offer_id, quantity, unit_price, currency, subscription_id, created_subscription)"
                + " select co.id, s.offer_id, s.quantity, 12.50, 'USD', s.id, true"
                + " from customer_order co join subscription s"
                + " on s.customer_id = co.customer_id and s.provider_id = co.provider_id and s.offer_id = ?"
                + " where co.provider_id = ?";

        /** actor_login, actor_organization_id, pattern */
        static final String AUDIT_EVENTS = "insert into audit_event"
                + " (occurred_at, action, actor_login, actor_organization_id, target, details, client_address)"
                + " select o.created_at, 'CUSTOMER_RELATIONSHIP_CREATED', ?, ?, o.name, o.directory_domain,"
                + " '192.0.2.10' from organization o where o.directory_domain like ?";

        /** organization_id, first id (exclusive), last id (inclusive); time and action copied as V19 does */
        static final String AUDIT_ORGANIZATIONS =
                "insert into audit_event_organization (audit_event_id, organization_id, occurred_at, action)"
                        + " select e.id, ?, e.occurred_at, e.action from audit_event e where e.id > ? and e.id <= ?";

        /** first id (exclusive), last id (inclusive): the events' user and target as search keys (V20) */
        static final String AUDIT_SEARCH_USERS =
                "insert into audit_search_key (audit_event_id, search_key, occurred_at)"
                        + " select e.id, lower(e.actor_login), e.occurred_at from audit_event e where e.id > ? and e.id <= ?";

        static final String AUDIT_SEARCH_TARGETS =
                "insert into audit_search_key (audit_event_id, search_key, occurred_at)"
                        + " select e.id, lower(e.target), e.occurred_at from audit_event e where e.id > ? and e.id <= ?";

        static final String MAX_AUDIT_ID = "select coalesce(max(id), 0) from audit_event";

        /** template, recipient, subject, body, status, attempts, last_error, created_at, sent_at */
        static final String MAIL = "insert into outbox_message (template, recipient, locale, subject, body, status,"
                + " attempts, next_attempt_at, last_error, created_at, sent_at, version)"
                + " values (?, ?, 'en', ?, ?, ?, ?, null, ?, ?, ?, 0)";

        /** name, directory_domain, country_code, created_at */
        static final String APPLICANT_ORGANIZATION = "insert into organization"
                + " (kind, name, directory_domain, country_code, status, created_at, version)"
                + " values ('RESELLER', ?, ?, ?, 'PENDING', ?, 0)";

        /** created_at, pattern */
        static final String APPLICANT_USERS = "insert into app_user (organization_id, login_name, display_name, email,"
                + " password_hash, roles, locale, active, failed_sign_ins, created_at, version)"
                + " select o.id, 'applicant@' || o.directory_domain, 'Applicant', 'applicant@' || o.directory_domain,"
                + " cast(null as varchar(512)), 'ADMIN_AGENT,GLOBAL_ADMIN', 'en', false, 0, ?, 0"
                + " from organization o where o.directory_domain like ?";

        /** pattern */
        static final String APPLICATIONS = "insert into enrollment_application (organization_id, applicant_user_id,"
                + " status, legal_name, address_line1, city, postal_code, country_code, contact_first_name,"
                + " contact_last_name, contact_email, support_email, locale, created_at, submitted_at, version)"
                + " select o.id, u.id, 'IN_REVIEW', o.name || ' Ltd', '1 Main Street', 'Springfield', '12345',"
                + " o.country_code, 'Ada', 'Applicant', u.email, u.email, 'en', o.created_at, o.created_at, 0"
                + " from organization o join app_user u on u.organization_id = o.id"
                + " where o.directory_domain like ?";

        private Sql() {}
    }

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
                        case "load" -> load(Integer.parseInt(request.getParameter("n")));
                        case "memory" -> ServerMemory.now(Boolean.parseBoolean(request.getParameter("gc")));
                        default -> throw new IllegalArgumentException("unknown op");
                    };
            JsonAnswers.write(response, answer);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** One load at a time: two at once for the same N would both find no data and load it twice. */
    private synchronized BenchmarkData load(int n) throws Exception {
        String tag = "bench" + n;
        Optional<BenchmarkData> existing = existing(n, tag);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (inTransaction(() -> samples.directoryExists(tag + "p"))) {
            throw new IllegalStateException("an earlier load of N=" + n + " did not finish: start from an empty"
                    + " database (Derby: mvn clean; PostgreSQL: drop and create the schema)");
        }
        long started = System.nanoTime();
        StringBuilder stages = new StringBuilder();
        Instant now = Instant.now();
        Made made = inTransaction(() -> {
            Organization provider = samples.organization(OrganizationBuilder.provider()
                    .named("Bench" + n + " Provider")
                    .domainPrefix(tag + "p"));
            Organization reseller = samples.organization(OrganizationBuilder.reseller()
                    .named("Bench" + n + " Reseller")
                    .domainPrefix(tag + "r"));
            UserAccount providerAdmin = admin(provider);
            return new Made(
                    provider,
                    reseller,
                    providerAdmin,
                    admin(reseller),
                    samples.partnership(provider, reseller, providerAdmin.getLoginName()),
                    samples.offer("Bench" + n + " Suite", "Benchmark offer", BillingCycle.MONTHLY, "12.50", 1, 1000));
        });
        // ids after the commit: the offer's is assigned when it is inserted
        Parties parties = new Parties(
                made.provider().getId(),
                made.reseller().getId(),
                made.providerAdmin().getLoginName(),
                made.resellerAdmin().getLoginName(),
                made.partnership().getId(),
                made.offer().getId());
        String suffix = samples.directorySuffix();
        String customers = tag + "c-%";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long t = System.nanoTime();
            CounterTriggers triggers = CounterTriggers.of(connection);
            triggers.drop(connection);
            insertCustomers(connection, n, tag, suffix, now);
            t = stage(stages, "customers", t, connection);
            update(
                    connection,
                    Sql.RELATIONSHIPS,
                    parties.resellerId,
                    parties.resellerId,
                    parties.resellerId,
                    parties.resellerId,
                    customers);
            update(
                    connection,
                    Sql.RELATIONSHIPS,
                    parties.providerId,
                    parties.resellerId,
                    parties.providerId,
                    parties.resellerId,
                    customers);
            t = stage(stages, "relationships", t, connection);
            update(
                    connection,
                    Sql.SUBSCRIPTIONS,
                    parties.offerId,
                    parties.providerId,
                    parties.resellerId,
                    ":" + parties.offerId + ":" + parties.providerId + ":" + parties.resellerId,
                    parties.resellerLogin,
                    customers);
            update(connection, Sql.SUBSCRIPTION_CHANGES, customers);
            t = stage(stages, "subscriptions", t, connection);
            update(connection, Sql.ORDERS, parties.providerId, parties.resellerId, parties.resellerLogin, customers);
            update(connection, Sql.ORDER_LINES, parties.offerId, parties.providerId);
            t = stage(stages, "orders", t, connection);
            long before = single(connection, Sql.MAX_AUDIT_ID);
            update(connection, Sql.AUDIT_EVENTS, parties.resellerLogin, parties.resellerId, customers);
            long after = single(connection, Sql.MAX_AUDIT_ID);
            update(connection, Sql.AUDIT_ORGANIZATIONS, parties.resellerId, before, after);
            update(connection, Sql.AUDIT_ORGANIZATIONS, parties.providerId, before, after);
            update(connection, Sql.AUDIT_SEARCH_USERS, before, after);
            update(connection, Sql.AUDIT_SEARCH_TARGETS, before, after);
            t = stage(stages, "audit", t, connection);
            insertMails(connection, tag, suffix, now);
            insertApplications(connection, tag, suffix, now);
            t = stage(stages, "outbox+enrollments", t, connection);
            triggers.recountAndRestore(connection);
            stage(stages, "counters", t, connection);
        }
        // last: its existence says the load of N is complete
        String staffLogin = inTransaction(() -> {
            Organization operator = samples.organization(OrganizationBuilder.operator()
                    .named("Bench" + n + " Operator")
                    .domainPrefix(tag + "s"));
            return samples.user(
                            operator,
                            UserAccountBuilder.user("staff").roles(Role.STAFF).password(Fixtures.PASSWORD))
                    .getLoginName();
        });
        return new BenchmarkData(
                n,
                true,
                (System.nanoTime() - started) / 1_000_000,
                parties.providerLogin,
                parties.resellerLogin,
                staffLogin,
                parties.partnershipId,
                sampleCustomer(tag),
                stages.toString().strip());
    }

    /**
     * Derby's dashboard counter triggers (V16, and V38's chart counts) are row triggers: they cost 2 to 5 ms per
     * inserted row, which makes a load of 1,000,000 customers take hours. On Derby the load therefore drops them,
     * writes the rows, then counts everything afresh with V15's and V38's own statements (the ones that fill the
     * counters of an upgraded database) and creates the triggers again from V16's and V38's files, in one
     * transaction: the counters end exactly as the triggers would have left them, and the pages read the same
     * schema. Nothing else writes during a load. PostgreSQL's twins are statement triggers with no measurable cost,
     * and are left in place.
     */
    private record CounterTriggers(List<String> creates, List<String> recount) {

        private static final String MIGRATIONS = "db/migration/";

        static CounterTriggers of(Connection connection) throws SQLException, IOException {
            if (!connection.getMetaData().getDatabaseProductName().contains("Derby")) {
                return new CounterTriggers(List.of(), List.of());
            }
            List<String> recount = new ArrayList<>(List.of(
                    "DELETE FROM organization_counter",
                    "DELETE FROM order_day",
                    "DELETE FROM system_counter",
                    "DELETE FROM partner_activity"));
            List<String> creates = new ArrayList<>();
            for (String migration : List.of(
                    "common/V15__dashboard_counters.sql",
                    "derby/V16__dashboard_counter_triggers.sql",
                    "derby/V38__partner_activity.sql")) {
                for (String statement : statements(MIGRATIONS + migration)) {
                    if (statement.startsWith("INSERT")) {
                        recount.add(statement);
                    } else if (statement.startsWith("CREATE TRIGGER")) {
                        creates.add(statement);
                    }
                }
            }
            return new CounterTriggers(creates, recount);
        }

        void drop(Connection connection) throws SQLException {
            for (String create : creates) {
                execute(connection, "DROP TRIGGER " + create.split("\\s+")[2]);
            }
            connection.commit();
        }

        void recountAndRestore(Connection connection) throws SQLException {
            for (String statement : recount) {
                execute(connection, statement);
            }
            for (String create : creates) {
                execute(connection, create);
            }
            connection.commit();
        }

        /** A migration's statements: comment lines left out, split at the semicolons. */
        private static List<String> statements(String resource) throws IOException {
            try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream(resource)) {
                String script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> !line.strip().startsWith("--"))
                        .collect(Collectors.joining("\n"));
                return Arrays.stream(script.split(";"))
                        .map(String::strip)
                        .filter(statement -> !statement.isEmpty())
                        .toList();
            }
        }

        private static void execute(Connection connection, String sql) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private UserAccount admin(Organization organization) {
        return samples.user(
                organization,
                UserAccountBuilder.user("admin")
                        .roles(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT)
                        .password(Fixtures.PASSWORD));
    }

    private Optional<BenchmarkData> existing(int n, String tag) throws Exception {
        return inTransaction(() -> {
            if (!samples.directoryExists(tag + "s")) {
                return Optional.empty();
            }
            String suffix = samples.directorySuffix();
            long partnershipId;
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement("select p.id from partnership p"
                            + " join organization o on o.id = p.provider_id where o.directory_domain = ?")) {
                query.setString(1, tag + "p." + suffix);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    partnershipId = rows.getLong(1);
                }
            }
            return Optional.of(new BenchmarkData(
                    n,
                    false,
                    0,
                    "admin@" + tag + "p." + suffix,
                    "admin@" + tag + "r." + suffix,
                    "staff@" + tag + "s." + suffix,
                    partnershipId,
                    sampleCustomer(tag),
                    ""));
        });
    }

    /** The customer in the middle of the list: any customer has one order, this one is as typical as any. */
    private long sampleCustomer(String tag) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select id from organization where directory_domain like ?")) {
            query.setString(1, tag + "c-0.%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * N customer organizations: names "Word nnnnnnnn" with a scrambled number (name order is not insertion order),
     * domains "benchN c-i.suffix", countries in turn, created over the last 60 days (the orders' and relationships'
     * times are copied from it).
     */
    private static void insertCustomers(Connection connection, int n, String tag, String suffix, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(Sql.CUSTOMER)) {
            for (int i = 0; i < n; i++) {
                long scrambled = (i * 7_919L + 13) % 10_000_019L; // unique for every i below 10,000,019
                insert.setString(1, WORDS[(int) (scrambled % WORDS.length)] + " " + String.format("%08d", scrambled));
                insert.setString(2, tag + "c-" + i + "." + suffix);
                insert.setString(3, COUNTRIES[i % COUNTRIES.length]);
                insert.setTimestamp(4, InstantConverter.toColumn(ago(now, i)));
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
                if ((i + 1) % 100_000 == 0) {
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
    }

    /** Spread over the last 60 days, to the minute. */
    private static Instant ago(Instant now, long i) {
        return now.minus(Duration.ofMinutes((i * 37) % (60 * 24 * 60)));
    }

    private static void insertMails(Connection connection, String tag, String suffix, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(Sql.MAIL)) {
            for (int i = 0; i < MAILS; i++) {
                boolean failed = i % 5 == 0;
                insert.setString(1, "customerUser.invitation");
                insert.setString(2, "user" + i + "@" + tag + "c-" + i + "." + suffix);
                insert.setString(3, "Your invitation " + i);
                insert.setString(4, "Hello,\n\nyou are invited (benchmark mail " + i + ").\n");
                insert.setString(5, failed ? "FAILED" : "SENT");
                insert.setInt(6, failed ? 5 : 1);
                insert.setString(7, failed ? "550 mailbox unavailable" : null);
                insert.setTimestamp(8, InstantConverter.toColumn(ago(now, i)));
                insert.setTimestamp(9, failed ? null : InstantConverter.toColumn(ago(now, i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertApplications(Connection connection, String tag, String suffix, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(Sql.APPLICANT_ORGANIZATION)) {
            for (int i = 0; i < APPLICATIONS; i++) {
                insert.setString(1, "Applicant " + WORDS[i % WORDS.length] + " " + i);
                insert.setString(2, tag + "a-" + i + "." + suffix);
                insert.setString(3, COUNTRIES[i % COUNTRIES.length]);
                insert.setTimestamp(4, InstantConverter.toColumn(ago(now, i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        update(connection, Sql.APPLICANT_USERS, InstantConverter.toColumn(now), tag + "a-%");
        update(connection, Sql.APPLICATIONS, tag + "a-%");
    }

    private static long stage(StringBuilder stages, String name, long started, Connection connection)
            throws SQLException {
        connection.commit();
        long now = System.nanoTime();
        stages.append(name).append(' ').append((now - started) / 1_000_000).append(" ms; ");
        return now;
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return Transactions.inTransaction(transaction, work);
    }

    private record Made(
            Organization provider,
            Organization reseller,
            UserAccount providerAdmin,
            UserAccount resellerAdmin,
            Partnership partnership,
            Offer offer) {}

    private record Parties(
            long providerId,
            long resellerId,
            String providerLogin,
            String resellerLogin,
            long partnershipId,
            long offerId) {}
}
