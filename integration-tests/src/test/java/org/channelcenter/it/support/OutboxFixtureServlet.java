package org.channelcenter.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.channelcenter.kernel.entity.InstantConverter;

/**
 * Test-only: the newest queued mail to a recipient (subject, blank line, body) as the outbox keeps it, so a test
 * can check what was mailed without depending on SMTP delivery. Its one-time links are not there (the outbox
 * keeps none readable): a test that follows a link takes it from the delivered mail ({@link MailCatcher}). 404
 * when there is none.
 * GET /public/it-fixtures/outbox?recipient=...&amp;template=...
 * POST with {@code count} and {@code prefix}: that many SENT mails from 2001 on, to fifty recipients
 * {@code prefix}-r{i % 50}@example.test, in plain JDBC batches, for AuditLogScaleIT (sent: none is due, none
 * counts as unsent in the outbox gauges).
 */
@WebServlet("/public/it-fixtures/outbox")
public class OutboxFixtureServlet extends HttpServlet {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int count = Integer.parseInt(request.getParameter("count"));
        String prefix = request.getParameter("prefix");
        Instant start = Instant.parse("2001-01-01T00:00:00Z");
        int rows = 100; // per statement (multi-row VALUES): a round trip per mail is slow on a busy PostgreSQL
        if (count % rows != 0) {
            throw new IllegalArgumentException("count must be a multiple of " + rows);
        }
        String values =
                String.join(", ", Collections.nCopies(rows, "('test.ping', ?, 'en', ?, 'Scale', 'SENT', 1, ?, ?, 1)"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into outbox_message (template,"
                        + " recipient, locale, subject, body, status, attempts, created_at, sent_at, version) values "
                        + values)) {
            connection.setAutoCommit(false);
            for (int first = 0; first < count; first += rows) {
                for (int row = 0; row < rows; row++) {
                    int i = first + row;
                    Timestamp at = InstantConverter.toColumn(start.plusSeconds(60L * i));
                    insert.setString(row * 4 + 1, prefix + "-r" + (i % 50) + "@example.test");
                    insert.setString(row * 4 + 2, "Scale mail " + i);
                    insert.setTimestamp(row * 4 + 3, at);
                    insert.setTimestamp(row * 4 + 4, at);
                }
                insert.executeUpdate();
                if (first % 5_000 == 0) {
                    connection.commit();
                }
            }
            connection.commit();
            AuditFixtureServlet.analyze(connection, "outbox_message");
            JsonAnswers.write(response, new Fixtures.Count(count));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            List<String> mails = new Database(dataSource)
                    .strings(
                            "select subject || '\n\n' || cast(body as varchar(32000)) from outbox_message"
                                    + " where recipient = ? and template = ? order by id desc",
                            request.getParameter("recipient"),
                            request.getParameter("template"));
            if (mails.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(mails.get(0));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
