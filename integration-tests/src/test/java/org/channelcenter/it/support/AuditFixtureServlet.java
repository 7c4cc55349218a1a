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
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.kernel.entity.InstantConverter;
import org.channelcenter.kernel.entity.Role;

/**
 * Test-only, for AuditLogIT (which runs as a client, so that its fixture calls reach this server's port):
 * {@code op} = event (one event written straight into the tables: {@code target}, {@code action}, {@code at},
 * {@code organizations} comma-separated, the first the actor's; optional {@code actor}, the
 * sign-in name, and {@code details}) | bulk ({@code count} MAIL_SENT events named
 * {@code prefix}-i) | scale (AuditLogScaleIT's bulk load, see {@link #scale}) | salesAgent (a SALES_AGENT in {@code organizationId}, password {@code password}) |
 * tamper (tries an UPDATE and DELETEs on the event with {@code target} through JDBC and tells what happened).
 */
@WebServlet("/public/it-fixtures/audit")
public class AuditFixtureServlet extends HttpServlet {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Inject
    SampleData samples;

    @Inject
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Object answer =
                    switch (request.getParameter("op")) {
                        case "event" -> new Fixtures.Id(event(request));
                        case "bulk" -> new Fixtures.Count(bulk(request));
                        case "scale" -> new Fixtures.Count(scale(request));
                        case "salesAgent" -> new Fixtures.Login(
                                Transactions.inTransaction(transaction, () -> samples.user(
                                                samples.organization(
                                                        Long.parseLong(request.getParameter("organizationId"))),
                                                UserAccountBuilder.user(request.getParameter("userName"))
                                                        .roles(Role.SALES_AGENT)
                                                        .password(request.getParameter("password")))
                                        .getLoginName()));
                        case "tamper" -> tamper(request.getParameter("target"));
                        default -> throw new IllegalArgumentException("op");
                    };
            JsonAnswers.write(response, answer);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private long event(HttpServletRequest request) throws SQLException {
        long[] organizations = Arrays.stream(
                        request.getParameter("organizations").split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        String actor = request.getParameter("actor") == null ? "actor@example.test" : request.getParameter("actor");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into audit_event (occurred_at, action,"
                                + " actor_login, actor_organization_id, target, details) values (?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, InstantConverter.toColumn(Instant.parse(request.getParameter("at"))));
            insert.setString(2, request.getParameter("action"));
            insert.setString(3, actor);
            insert.setLong(4, organizations[0]);
            insert.setString(5, request.getParameter("target"));
            insert.setString(6, request.getParameter("details"));
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            Timestamp at = InstantConverter.toColumn(Instant.parse(request.getParameter("at")));
            try (PreparedStatement concerned = connection.prepareStatement("insert into audit_event_organization"
                    + " (audit_event_id, organization_id, occurred_at, action) values (?, ?, ?, ?)")) {
                for (long organization : organizations) {
                    concerned.setLong(1, id);
                    concerned.setLong(2, organization);
                    concerned.setTimestamp(3, at);
                    concerned.setString(4, request.getParameter("action"));
                    concerned.executeUpdate();
                }
            }
            searchKeys(connection, id, at, actor, request.getParameter("target"));
            return id;
        }
    }

    /** The event's lower-case search keys (migration V20), as AuditEvent writes them. */
    private static void searchKeys(Connection connection, long id, Timestamp at, String... texts) throws SQLException {
        try (PreparedStatement key = connection.prepareStatement(
                "insert into audit_search_key (audit_event_id, search_key, occurred_at) values (?, ?, ?)")) {
            for (String text : Arrays.stream(texts)
                    .map(each -> each.toLowerCase(Locale.ROOT))
                    .distinct()
                    .toList()) {
                key.setLong(1, id);
                key.setString(2, text);
                key.setTimestamp(3, at);
                key.executeUpdate();
            }
        }
    }

    private int bulk(HttpServletRequest request) throws SQLException {
        int count = Integer.parseInt(request.getParameter("count"));
        String prefix = request.getParameter("prefix");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into audit_event (occurred_at, action,"
                                + " actor_login, target) values (?, 'MAIL_SENT', 'bulk@example.test', ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                Timestamp at = InstantConverter.toColumn(
                        Instant.parse("2020-03-01T00:00:00Z").plusSeconds(i));
                insert.setTimestamp(1, at);
                insert.setString(2, prefix + "-" + i);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    searchKeys(connection, keys.getLong(1), at, "bulk@example.test", prefix + "-" + i);
                }
            }
        }
        return count;
    }

    /**
     * {@code count} events of organization {@code organizationId} (its actor and only concern), a minute apart
     * from 2001 on, four actions in turn, fifty users {@code prefix}-u{i % 50}@example.test, targets
     * {@code prefix}-t{i}: plain JDBC batches, then their concerns and search keys copied in one statement each.
     */
    private int scale(HttpServletRequest request) throws SQLException {
        int count = Integer.parseInt(request.getParameter("count"));
        long organization = Long.parseLong(request.getParameter("organizationId"));
        String prefix = request.getParameter("prefix").toLowerCase(Locale.ROOT);
        String[] actions = {"USER_ADDED", "USER_ROLES_CHANGED", "PARTNERSHIP_STARTED", "MAIL_SENT"};
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // ROWS events per statement (multi-row VALUES): a round trip per event took minutes on a busy PostgreSQL
            int rows = 100;
            if (count % rows != 0) {
                throw new IllegalArgumentException("count must be a multiple of " + rows);
            }
            String values = String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?)"));
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (occurred_at,"
                    + " action, actor_login, actor_organization_id, target) values " + values)) {
                Instant start = Instant.parse("2001-01-01T00:00:00Z");
                for (int first = 0; first < count; first += rows) {
                    for (int row = 0; row < rows; row++) {
                        int i = first + row;
                        int at = row * 5;
                        insert.setTimestamp(at + 1, InstantConverter.toColumn(start.plusSeconds(60L * i)));
                        insert.setString(at + 2, actions[i % actions.length]);
                        insert.setString(at + 3, prefix + "-u" + (i % 50) + "@example.test");
                        insert.setLong(at + 4, organization);
                        insert.setString(at + 5, prefix + "-t" + i);
                    }
                    insert.executeUpdate();
                    if (first % 5_000 == 0) {
                        connection.commit();
                    }
                }
            }
            connection.commit();
            // a foreign-key check planned while audit_event was small scans it per row (the copies below took over
            // 10 minutes without fresh statistics)
            analyze(connection, "audit_event");
            try (PreparedStatement concerns = connection.prepareStatement("insert into audit_event_organization"
                            + " (audit_event_id, organization_id, occurred_at, action) select id, actor_organization_id,"
                            + " occurred_at, action from audit_event where actor_organization_id = ?");
                    PreparedStatement users = connection.prepareStatement("insert into audit_search_key"
                            + " (audit_event_id, search_key, occurred_at) select id, actor_login, occurred_at"
                            + " from audit_event where actor_organization_id = ?");
                    PreparedStatement targets = connection.prepareStatement("insert into audit_search_key"
                            + " (audit_event_id, search_key, occurred_at) select id, target, occurred_at"
                            + " from audit_event where actor_organization_id = ?")) {
                for (PreparedStatement statement : List.of(concerns, users, targets)) {
                    statement.setLong(1, organization);
                    statement.executeUpdate();
                }
            }
            connection.commit();
            analyze(connection, "audit_event_organization", "audit_search_key");
        }
        return count;
    }

    /**
     * After a bulk load, plans fit for the tables as they now are. PostgreSQL: fresh statistics, as autovacuum keeps
     * them in production; planned with those of a nearly empty table, a page of a 100,000-event organization was a
     * bitmap scan of all of them. Derby: its statement cache is emptied, so that a plan compiled while the table was
     * nearly empty (an earlier test's visit to the page) is not reused, which read all 100,000 mails for one page.
     * (Derby's index statistics are not updated: with them, its optimizer read a whole time range and sorted it.)
     */
    static void analyze(Connection connection, String... tables) throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.execute("analyze " + table);
                }
            }
            connection.commit();
        } else {
            freshPlans(connection);
        }
    }

    /** Derby: empties its statement cache (see {@link #analyze}); nothing on PostgreSQL, which plans each time. */
    static void freshPlans(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("call syscs_util.syscs_empty_statement_cache()");
        }
        connection.commit();
    }

    private Tampering tamper(String target) throws SQLException {
        boolean updateRefused = refused("update audit_event set details = 'changed' where target = ?", target);
        boolean updateConcernedRefused = refused(
                "update audit_event_organization set action = 'CHANGED' where audit_event_id"
                        + " in (select id from audit_event where target = ?)",
                target);
        boolean deleteConcernedRefused = refused(
                "delete from audit_event_organization where audit_event_id"
                        + " in (select id from audit_event where target = ?)",
                target);
        boolean deleteRefused = refused("delete from audit_event where target = ?", target);
        Database db = new Database(dataSource);
        return new Tampering(
                updateRefused,
                updateConcernedRefused,
                deleteConcernedRefused,
                deleteRefused,
                db.count("select count(*) from audit_event where target = ? and details is null", target),
                db.count(
                        "select count(*) from audit_event_organization o join audit_event e"
                                + " on e.id = o.audit_event_id where e.target = ?",
                        target));
    }

    /**
     * What tampering with an event did: whether the database refused the UPDATE and each DELETE, how many events of
     * the target are still as written, and how many organizations they still concern.
     */
    public record Tampering(
            boolean updateRefused,
            boolean updateConcernedRefused,
            boolean deleteConcernedRefused,
            boolean deleteRefused,
            long unchanged,
            long concerned) {}

    private boolean refused(String sql, String target) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, target);
            statement.executeUpdate();
            return false;
        } catch (SQLException expected) {
            return true;
        }
    }
}
