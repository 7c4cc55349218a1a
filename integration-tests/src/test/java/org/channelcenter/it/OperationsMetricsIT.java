package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.ServerEndpoints;
import org.channelcenter.kernel.entity.InstantConverter;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's metrics on the test server's /metrics (open there; signed-in administrators only in
 * production): each refused sign-in adds one to {@code sign_in.failures}; the outbox gauges read the database, so a
 * mail queued three hours ago and not yet sent shows in the backlog and in the oldest unsent mail's age. Runs in the
 * server, to queue that mail with JDBC (far from due, so that delivery leaves it alone) and remove it afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsMetricsIT {

    private static final String FAILURES = "sign_in_failures_total";
    private static final String BACKLOG = "outbox_backlog";
    private static final String OLDEST_AGE = "outbox_oldest_unsent_age_seconds";

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void aWrongPasswordCountsAsOneSignInFailure() {
        String login = "nobody-" + System.nanoTime() + "@metrics.channel.test";
        double before = ServerEndpoints.metric(FAILURES).orElse(0.0);

        ServerEndpoints.Answer refused = ServerEndpoints.send(
                "127.0.0.1",
                "POST",
                "public/it-probe/audit-log",
                Map.of(),
                "op=events&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=wrong-password");

        assertEquals(401, refused.status(), refused::body);
        assertEquals(before + 1, ServerEndpoints.metric(FAILURES).orElseThrow(), 0.0);
    }

    @Test
    void theOutboxGaugesShowAMailThatWaits() throws Exception {
        Instant queued = Instant.now().minus(Duration.ofHours(3));
        long mail = queuePendingMail(queued);
        try {
            double backlog = ServerEndpoints.metric(BACKLOG).orElseThrow();
            double oldestAge = ServerEndpoints.metric(OLDEST_AGE).orElseThrow();

            assertTrue(backlog >= 1, "backlog " + backlog);
            assertTrue(oldestAge >= Duration.ofHours(3).toSeconds(), "oldest unsent age " + oldestAge);
        } finally {
            new Database(dataSource).update("delete from outbox_message where id = ?", mail);
        }
    }

    /** A PENDING mail queued at that time whose next attempt is a day away (times stored as the application stores them); its id. */
    private long queuePendingMail(Instant queued) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into outbox_message (template, recipient, locale, subject, body, status, attempts,"
                                + " next_attempt_at, created_at, version)"
                                + " values ('metrics.test', ?, 'en', 'waiting', 'waiting', 'PENDING', 1, ?, ?, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "metrics-" + System.nanoTime() + "@metrics.channel.test");
            insert.setTimestamp(2, InstantConverter.toColumn(Instant.now().plus(Duration.ofDays(1))));
            insert.setTimestamp(3, InstantConverter.toColumn(queued));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
