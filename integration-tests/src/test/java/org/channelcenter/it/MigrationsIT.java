package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.channelcenter.it.support.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Flyway migrations ran at start-up, all of them, successfully, and made the tables JPA maps. */
@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void everyMigrationIsAppliedSuccessfully() throws Exception {
        Database db = new Database(dataSource);
        List<String> applied = db.strings(
                "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null"
                        + " order by \"installed_rank\"");
        // Each feature branch adds its own migration, so check "at least these, in order" rather than an exact list.
        assertTrue(applied.containsAll(List.of("1", "2", "3", "4", "5")), applied::toString);
        assertEquals(
                applied.stream()
                        .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                        .toList(),
                applied);
        assertEquals(0, db.count("select count(*) from \"flyway_schema_history\" where \"success\" = false"));
    }

    @Test
    void tablesOfTheDirectoryAuditRegistryAndCatalogExist() throws Exception {
        // JDBC's own catalog view, so the same check reads Derby's system tables and PostgreSQL's pg_catalog
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        for (String table : List.of(
                "organization",
                "app_user",
                "audit_event",
                "audit_event_organization",
                "membership_account",
                "organization_profile",
                "offer",
                "outbox_message",
                "enrollment_application",
                "contact_verification",
                "password_setup",
                "provider_listing",
                "customer_relationship",
                "subscription",
                "license_assignment",
                "price_rule",
                "audit_append_only_guard")) {
            assertTrue(tables.contains(table), () -> table + " missing from " + tables);
        }
    }
}
