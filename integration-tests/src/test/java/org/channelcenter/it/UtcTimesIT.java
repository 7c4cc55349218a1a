package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Times are stored in UTC whatever the host's time zone. The test server runs in America/Sao_Paulo (UTC-3,
 * arquillian.xml), so a time written in the JVM's zone would land three hours away from the UTC reading here.
 */
@ExtendWith(ArquillianExtension.class)
class UtcTimesIT {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void theTestServerRunsInAZoneThatIsNotUtc() {
        // otherwise the next test could not see a leak of the host's zone
        assertNotEquals(0, TimeZone.getDefault().getOffset(System.currentTimeMillis()), TimeZone.getDefault()::getID);
    }

    @Test
    void aTimeTheApplicationWritesIsItsUtcDateAndTimeInTheColumn() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Created created = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        Instant after = Instant.now().plusSeconds(1);

        // the column's own text, read by the database, so no JDBC time conversion takes part
        List<String> stored = new Database(dataSource)
                .strings(
                        "select cast(created_at as varchar(40)) from organization where id = ?",
                        created.organizationId());
        Instant createdAt =
                LocalDateTime.parse(stored.get(0).strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);

        assertFalse(createdAt.isBefore(before), () -> stored + " is before " + before);
        assertFalse(createdAt.isAfter(after), () -> stored + " is after " + after);
    }

    @Test
    void onPostgreSqlTheSessionsOwnClockIsInUtcToo() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                return; // Derby's CURRENT_TIMESTAMP is the JVM's local time; the application never uses it
            }
        }
        Database db = new Database(dataSource);
        assertEquals(List.of("UTC"), db.strings("select current_setting('TimeZone')"));
        Instant databaseNow = LocalDateTime.parse(db.strings("select cast(localtimestamp as varchar(40))")
                        .get(0)
                        .replace(' ', 'T'))
                .toInstant(ZoneOffset.UTC);
        assertTrue(
                Duration.between(databaseNow, Instant.now()).abs().toMinutes() < 5,
                () -> "the database's local time " + databaseNow + " is not UTC");
    }
}
