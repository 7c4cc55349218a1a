package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.channelcenter.it.support.Database;
import org.channelcenter.kernel.boundary.SchemaMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Upgrades keep data. The build gave the suite's database the schema of version 1 and the rows that release wrote
 * ({@code src/test/upgrade/v1-data.sql}, loaded by {@code OldReleaseDatabase}); this server, the current release,
 * migrated it to the newest version when it started. Here: every migration is applied, the later ones by this
 * server, and every old row is still there with the values it was written with. {@link UpgradeBrowserIT} shows the
 * old data is usable through the portal.
 *
 * <p>Only the rows of the old organizations (domains {@code v1-...}) are read: the other tests share the database.
 * UpgradeBrowserIT, which may run before this class, signs some old users in and adds a user and audit events to
 * the old reseller: the columns and rows it changes are left out here.
 */
@ExtendWith(ArquillianExtension.class)
class UpgradeIT {

    private static final String OLD_RESELLER_ADMIN = "admin@v1-reseller.channel.test";

    /** The history's installed_by of the versions the build applied as the old release (OldReleaseDatabase). */
    private static final String OLD_RELEASE = "old-release";

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @Test
    void everyMigrationIsAppliedTheOldOnesByTheOldReleaseAndTheRestByThisServer() throws Exception {
        String[] locations;
        try (Connection connection = dataSource.getConnection()) {
            locations = SchemaMigration.locations(connection);
        }
        MigrationInfo[] migrations = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .load()
                .info()
                .all();
        assertTrue(migrations.length > 1, "the EAR carries more than one migration");
        for (MigrationInfo migration : migrations) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration.getVersion() + " " + migration);
        }
        // version 1 was applied before this server started, as the old release (OldReleaseDatabase), and every later
        // version by this server's start-up migration: the upgrade
        assertEquals("1", migrations[0].getVersion().getVersion());
        assertEquals(OLD_RELEASE, migrations[0].getInstalledBy());
        for (MigrationInfo later : Arrays.copyOfRange(migrations, 1, migrations.length)) {
            assertNotEquals(OLD_RELEASE, later.getInstalledBy(), () -> "V" + later.getVersion());
        }
    }

    @Test
    void theOldOrganizationsAreThereWithTheirValues() throws Exception {
        assertEquals(
                List.of(
                        row(
                                "CUSTOMER",
                                "ООО «Старый клиент»",
                                "v1-customer.channel.test",
                                "RU",
                                "INACTIVE",
                                "2025-04-20T09:45",
                                "3"),
                        row(
                                "OPERATOR",
                                "Legacy Operations",
                                "v1-operations.channel.test",
                                "US",
                                "ACTIVE",
                                "2025-01-15T08:30",
                                "0"),
                        row(
                                "PROVIDER",
                                "Fabrikam Legacy Provider",
                                "v1-provider.channel.test",
                                "DE",
                                "ACTIVE",
                                "2025-02-03T11:00:00.250",
                                "1"),
                        row(
                                "RESELLER",
                                "Ñandú Revenda Ltda.",
                                "v1-reseller.channel.test",
                                "BR",
                                "ACTIVE",
                                "2025-03-10T14:05:30",
                                "2")),
                rows("select kind, name, directory_domain, country_code, status, created_at, version"
                        + " from organization where directory_domain like 'v1-%' order by directory_domain"));
    }

    @Test
    void theOldUsersAreThereWithTheirValues() throws Exception {
        assertEquals(
                List.of(
                        row(
                                "v1-customer.channel.test",
                                "admin@v1-customer.channel.test",
                                "Иван Заказчиков",
                                "ivan@klient.example",
                                STAFF_HASH,
                                "GLOBAL_ADMIN",
                                "ru",
                                "false",
                                "2025-04-20T09:45"),
                        row(
                                "v1-operations.channel.test",
                                "staff@v1-operations.channel.test",
                                "Olga Старова",
                                "olga.starova@ops.example",
                                STAFF_HASH,
                                "STAFF",
                                "ru",
                                "true",
                                "2025-01-15T08:30"),
                        row(
                                "v1-provider.channel.test",
                                "admin@v1-provider.channel.test",
                                "Paul Fabrikam",
                                "paul@fabrikam.example",
                                AGENT_HASH,
                                "GLOBAL_ADMIN",
                                null,
                                "true",
                                "2025-02-03T11:00:00.250"),
                        row(
                                "v1-reseller.channel.test",
                                OLD_RESELLER_ADMIN,
                                "Ana Núñez",
                                "ana.nunez@revenda.example",
                                ADMIN_HASH,
                                "ADMIN_AGENT,GLOBAL_ADMIN",
                                "en",
                                "true",
                                "2025-03-10T14:05:30"),
                        row(
                                "v1-reseller.channel.test",
                                "former@v1-reseller.channel.test",
                                "Former Helpdesk",
                                "former@revenda.example",
                                null,
                                "HELPDESK_AGENT",
                                null,
                                "false",
                                "2025-03-12T16:30"),
                        row(
                                "v1-reseller.channel.test",
                                "sales@v1-reseller.channel.test",
                                "João Vendas",
                                "joao.vendas@revenda.example",
                                AGENT_HASH,
                                "SALES_AGENT",
                                "pt-BR",
                                "true",
                                "2025-03-11T10:00")),
                rows(
                        "select o.directory_domain, u.login_name, u.display_name, u.email, u.password_hash, u.roles,"
                                + " u.locale, u.active, u.created_at from app_user u"
                                + " join organization o on o.id = u.organization_id"
                                + " where o.directory_domain like 'v1-%' and u.created_at < ?"
                                + " order by o.directory_domain, u.login_name",
                        // UpgradeBrowserIT adds users to the old reseller
                        Timestamp.valueOf("2026-01-01 00:00:00")));
        // A sign-in changes these columns, so they are compared for the users UpgradeBrowserIT does not sign in.
        assertEquals(
                List.of(
                        row("admin@v1-provider.channel.test", "0", null, null, "0"),
                        row("former@v1-reseller.channel.test", "5", "2099-01-01T00:00", null, "9")),
                rows(
                        "select login_name, failed_sign_ins, locked_until, last_sign_in_at, version from app_user"
                                + " where login_name in (?, ?) order by login_name",
                        "admin@v1-provider.channel.test",
                        "former@v1-reseller.channel.test"));
    }

    @Test
    void theOldAuditTrailIsThereWithTheOrganizationsItConcerns() throws Exception {
        assertEquals(
                List.of(
                        row(
                                "2025-12-01T18:20:45.123",
                                "SIGN_IN_SUCCEEDED",
                                OLD_RESELLER_ADMIN,
                                "v1-reseller.channel.test",
                                OLD_RESELLER_ADMIN,
                                "v1 event 1: sign-in",
                                "203.0.113.7"),
                        row(
                                "2025-05-31T23:50",
                                "SIGN_IN_FAILED",
                                "sales@v1-reseller.channel.test",
                                "v1-reseller.channel.test",
                                "sales@v1-reseller.channel.test",
                                "v1 event 2: wrong password",
                                "2001:db8::42"),
                        row(
                                "2025-05-31T23:55",
                                "ACCOUNT_LOCKED",
                                null,
                                null,
                                "sales@v1-reseller.channel.test",
                                "v1 event 3: locked après 5 tentatives",
                                "2001:db8::42"),
                        row(
                                "2025-11-28T07:12",
                                "LANGUAGE_CHANGED",
                                "staff@v1-operations.channel.test",
                                "v1-operations.channel.test",
                                "staff@v1-operations.channel.test",
                                "v1 event 4: язык ru",
                                null),
                        row(
                                "2025-10-02T03:04:05",
                                "SIGN_IN_FAILED",
                                null,
                                null,
                                "nobody@v1-reseller.channel.test",
                                "v1 event 5: unknown user",
                                "198.51.100.23")),
                rows("select e.occurred_at, e.action, e.actor_login, o.directory_domain, e.target, e.details,"
                        + " e.client_address from audit_event e"
                        + " left join organization o on o.id = e.actor_organization_id"
                        + " where e.details like 'v1 event %' order by e.details"));
        assertEquals(
                List.of(
                        row("v1 event 1: sign-in", "v1-reseller.channel.test"),
                        row("v1 event 2: wrong password", "v1-reseller.channel.test"),
                        row("v1 event 3: locked après 5 tentatives", "v1-operations.channel.test"),
                        row("v1 event 3: locked après 5 tentatives", "v1-reseller.channel.test"),
                        row("v1 event 4: язык ru", "v1-operations.channel.test")),
                rows("select e.details, o.directory_domain from audit_event_organization c"
                        + " join audit_event e on e.id = c.audit_event_id"
                        + " join organization o on o.id = c.organization_id"
                        + " where e.details like 'v1 event %' order by e.details, o.directory_domain"));
    }

    @Test
    void theAuditTrailTheOldReleaseWroteIsAppendOnlyNowToo() throws Exception {
        Database db = new Database(dataSource);
        assertThrows(
                SQLException.class,
                () -> db.update("update audit_event set details = 'rewritten' where details like 'v1 event 1:%'"));
        assertThrows(SQLException.class, () -> db.update("delete from audit_event where details like 'v1 event 5:%'"));
        assertEquals(
                List.of("v1 event 1: sign-in", "v1 event 5: unknown user"),
                db.strings("select details from audit_event where details like 'v1 event 1:%'"
                        + " or details like 'v1 event 5:%' order by details"));
    }

    // the V1 release's hashes (PBKDF2-HMAC-SHA512, 210000 iterations), as v1-data.sql wrote them
    private static final String ADMIN_HASH = "PBKDF2WithHmacSHA512:210000:Xxwumns9TG6PChssPU5fYHGCk6S1xtfo+QobLD1OX2o="
            + ":hEbjUdc8FioceyhvJs75ZjfoQC835TrCH9ejcwHD/K6MTsqyVf0zAV3VKOj5FVdvurUQ9a4o292yk0WUMRSiDw==";
    private static final String AGENT_HASH = "PBKDF2WithHmacSHA512:210000:k6S1xtfo+QobLD1OX2pfHC6aez1Mbo8KGyw9Tl9gcYI="
            + ":Q1/+g9fTAnfUmCTO97N80ortrdw05U5eWs8g8i5oOHonz0EAXjSJ0mpdnBEGrnLTaMeE0jpV1LckomEvzKhg9w==";
    private static final String STAFF_HASH = "PBKDF2WithHmacSHA512:210000:ChssPU5fYHGCk6S1xtfo+V8cLpp7PUxujwobLD1OX2s="
            + ":u71vCdIdHNq8h8lwI7z/wFNPyCbh2A+CG17gtcVYHXCAzQNhgmEsJzuBXg1CbOjuWDdFgxXe+BGQOb4I+vdwcg==";

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    /**
     * The rows a query answers, each column as text the same way on every database: a time as its
     * {@code LocalDateTime}, a boolean as true/false, a number in decimal, NULL as null.
     */
    private List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<Integer, String> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        Object value = result.getObject(column);
                        row.put(
                                column,
                                value instanceof Timestamp time
                                        ? time.toLocalDateTime().toString()
                                        : value == null ? null : value.toString());
                    }
                    rows.add(new ArrayList<>(row.values()));
                }
            }
            return rows;
        }
    }
}
