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
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.kernel.entity.InstantConverter;
import org.channelcenter.notification.control.Outbox;

/**
 * Test-only: lets a test outside the server queue a mail and watch what delivery does with it. Exists
 * only in test deployments, never in the EAR.
 *
 * <p>POST /public/it-fixtures/mail?recipient=...[&amp;held=true] queues the {@code test.ping} mail through the
 * real {@link Outbox} (PENDING on the test server, which has an SMTP host), or stores it HELD as a server
 * without SMTP host would; answers its {@link Fixtures.Id}. GET ...?id=... answers the {@link OutboxRow}.
 */
@WebServlet("/public/it-fixtures/mail")
public class MailFixtureServlet extends HttpServlet {

    @Inject
    Outbox outbox;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String recipient = request.getParameter("recipient");
        try {
            long id = Boolean.parseBoolean(request.getParameter("held"))
                    ? insertHeld(recipient)
                    : Transactions.inTransaction(transaction, () -> {
                                var mail = outbox.enqueue(
                                        "test.ping", recipient, Locale.ENGLISH, Map.of("name", recipient));
                                return mail;
                            })
                            .getId();
            JsonAnswers.write(response, new Fixtures.Id(id));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** A HELD row exactly as Outbox writes it when no SMTP host is configured. */
    private long insertHeld(String recipient) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into outbox_message (template, recipient,"
                                + " locale, subject, body, status, attempts, created_at, version)"
                                + " values ('test.ping', ?, 'en', 'Held test mail', ?, 'HELD', 0, ?, 1)",
                        // by the key's name Derby wants "ID" and PostgreSQL "id"; the first generated column is it
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, recipient);
            insert.setString(2, "Held for " + recipient);
            insert.setTimestamp(3, InstantConverter.toColumn(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select status, attempts, created_at,"
                        + " next_attempt_at, sent_at, last_error from outbox_message where id = ?")) {
            select.setLong(1, Long.parseLong(request.getParameter("id")));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                JsonAnswers.write(
                        response,
                        new OutboxRow(
                                row.getString(1),
                                row.getInt(2),
                                millis(row.getTimestamp(3)),
                                millis(row.getTimestamp(4)),
                                millis(row.getTimestamp(5)),
                                row.getString(6)));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static Long millis(Timestamp timestamp) {
        return timestamp == null ? null : InstantConverter.fromColumn(timestamp).toEpochMilli();
    }

    /**
     * An outbox row as delivery left it: its status, attempts, and when it was created, is next due and was sent
     * (epoch milliseconds, null if not), and the last delivery error (null if none).
     */
    public record OutboxRow(
            String status, int attempts, Long createdAt, Long nextAttemptAt, Long sentAt, String lastError) {}
}
