package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.channelcenter.kernel.entity.InstantConverter;

/**
 * Test-only: many due mails at once, written straight into the outbox table in one transaction, so that no
 * server is told they were queued and each finds them in its own delivery period, as servers over one database
 * find each other's mail. Exists only in test deployments, never in the EAR.
 *
 * <p>POST /public/it-fixtures/mail-batch?prefix=...&amp;count=N queues N PENDING {@code test.ping} mails to
 * {@code <prefix>-<i>@example.test}, due a minute ago. GET ...?prefix=... answers how they stand
 * ({@link Batch}).
 */
@WebServlet("/public/it-fixtures/mail-batch")
public class MailBatchFixtureServlet extends HttpServlet {

    /** How the mails of one batch stand: by status, and how many delivery attempts were recorded in all. */
    public record Batch(long pending, long sent, long other, long attempts) {}

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getParameter("prefix");
        int count = Integer.parseInt(request.getParameter("count"));
        Timestamp due = InstantConverter.toColumn(Instant.now().minusSeconds(60));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into outbox_message (template,"
                        + " recipient, locale, subject, body, status, attempts, next_attempt_at, created_at, version)"
                        + " values ('test.ping', ?, 'en', ?, ?, 'PENDING', 0, ?, ?, 1)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String recipient = prefix + "-" + i + "@example.test";
                insert.setString(1, recipient);
                insert.setString(2, "Batch mail " + i);
                insert.setString(3, "One of " + count + " for " + recipient);
                insert.setTimestamp(4, due);
                insert.setTimestamp(5, due);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
            JsonAnswers.write(response, new Fixtures.Count(count));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select status, count(*), sum(attempts)"
                        + " from outbox_message where recipient like ? group by status")) {
            select.setString(1, request.getParameter("prefix") + "-%");
            long pending = 0;
            long sent = 0;
            long other = 0;
            long attempts = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "PENDING" -> pending = rows.getLong(2);
                        case "SENT" -> sent = rows.getLong(2);
                        default -> other += rows.getLong(2);
                    }
                    attempts += rows.getLong(3);
                }
            }
            JsonAnswers.write(response, new Batch(pending, sent, other, attempts));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
