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
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;
import org.channelcenter.demo.control.SampleData;
import org.channelcenter.directory.entity.UserAccountBuilder;
import org.channelcenter.kernel.entity.InstantConverter;
import org.channelcenter.kernel.entity.Role;

/**
 * Test-only, for AuditLogIT (which runs as a client, so that its fixture calls reach this server's port):
 * {@code op} = event (one event written straight into the tables: {@code target}, {@code action}, {@code at},
 * {@code organizations} comma-separated, the first the actor's) | bulk ({@code count} MAIL_SENT events named
 * {@code prefix}-i) | salesAgent (a SALES_AGENT in {@code organizationId}, password {@code password}) |
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into audit_event (occurred_at, action,"
                                + " actor_login, actor_organization_id, target) values (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, InstantConverter.toColumn(Instant.parse(request.getParameter("at"))));
            insert.setString(2, request.getParameter("action"));
            insert.setString(3, "actor@example.test");
            insert.setLong(4, organizations[0]);
            insert.setString(5, request.getParameter("target"));
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement concerned = connection.prepareStatement(
                    "insert into audit_event_organization (audit_event_id, organization_id) values (?, ?)")) {
                for (long organization : organizations) {
                    concerned.setLong(1, id);
                    concerned.setLong(2, organization);
                    concerned.executeUpdate();
                }
            }
            return id;
        }
    }

    private int bulk(HttpServletRequest request) throws SQLException {
        int count = Integer.parseInt(request.getParameter("count"));
        String prefix = request.getParameter("prefix");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into audit_event (occurred_at, action,"
                        + " actor_login, target) values (?, 'MAIL_SENT', 'bulk@example.test', ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setTimestamp(
                        1,
                        InstantConverter.toColumn(
                                Instant.parse("2020-03-01T00:00:00Z").plusSeconds(i)));
                insert.setString(2, prefix + "-" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return count;
    }

    private Tampering tamper(String target) throws SQLException {
        boolean updateRefused = refused("update audit_event set details = 'changed' where target = ?", target);
        boolean deleteConcernedRefused = refused(
                "delete from audit_event_organization where audit_event_id"
                        + " in (select id from audit_event where target = ?)",
                target);
        boolean deleteRefused = refused("delete from audit_event where target = ?", target);
        Database db = new Database(dataSource);
        return new Tampering(
                updateRefused,
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
