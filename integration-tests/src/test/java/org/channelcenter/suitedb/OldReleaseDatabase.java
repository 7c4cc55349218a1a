package org.channelcenter.suitedb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.channelcenter.kernel.boundary.SchemaMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Makes the integration suite's database look like a portal of an old release before the test server starts: it
 * wipes the database, migrates it only up to an old schema version with the migrations the current EAR carries (the
 * domain-ejb artifact is on this class path), and loads that release's data. The test server then starts the current
 * release on it, whose start-up migration is the upgrade under test (UpgradeIT, UpgradeBrowserIT).
 *
 * <p>Run by the integration-tests POM (execution {@code upgrade-database}, at the start of integration-test, before
 * failsafe starts the server) in its own JVM, so that embedded Derby has released the database before Liberty opens
 * it. Outside the {@code org.channelcenter.it}
 * packages on purpose: it is part of the build, never deployed to the server.
 *
 * <p>System properties: {@code db.url}, {@code db.user}, {@code db.password} (empty for embedded Derby),
 * {@code db.target} (the old version) and {@code db.data} (the SQL file with the old release's rows).
 */
public final class OldReleaseDatabase {

    private static final Logger LOG = Logger.getLogger(OldReleaseDatabase.class.getName());
    private static final String DERBY_PREFIX = "jdbc:derby:";

    /** The history's installed_by of the versions applied here, as the old release (UpgradeIT checks it). */
    private static final String INSTALLED_BY = "old-release";

    private OldReleaseDatabase() {}

    public static void main(String[] args) throws Exception {
        String url = required("db.url");
        String user = System.getProperty("db.user", "");
        String password = System.getProperty("db.password", "");
        String target = required("db.target");
        Path data = Paths.get(required("db.data"));
        long started = System.nanoTime();

        wipe(url, user, password);
        String[] locations;
        try (Connection connection = DriverManager.getConnection(creating(url), user, password)) {
            locations = SchemaMigration.locations(connection);
        }
        MigrateResult migrated = Flyway.configure(OldReleaseDatabase.class.getClassLoader())
                .dataSource(creating(url), user, password)
                // the application's own migrations, so that the history's checksums are the ones it validates at
                // start: a difference fails the upgrade at start-up, as it would in production
                .locations(locations)
                .failOnMissingLocations(true)
                .target(target)
                // tells this run's rows of the history from those the test server writes (UpgradeIT)
                .installedBy(INSTALLED_BY)
                .load()
                .migrate();
        if (!target.equals(migrated.targetSchemaVersion)) {
            throw new IllegalStateException("migrated to " + migrated.targetSchemaVersion + ", not " + target);
        }
        int rows = load(url, user, password, data);
        shutDownDerby(url);
        LOG.info(() -> String.format(
                "Suite database %s at schema version %s with %d old row(s) from %s, in %d ms",
                url, target, rows, data.getFileName(), (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * Embedded Derby is a folder: removed. A server database keeps the database, and its role and grants, and loses
     * every object of the schema (Flyway's clean, which production configurations never enable). The postgresql
     * profile has already dropped and made schema public again; cleaning it again keeps this step whole on its own.
     */
    private static void wipe(String url, String user, String password) throws IOException {
        if (url.startsWith(DERBY_PREFIX)) {
            Path folder = Paths.get(databaseName(url));
            if (Files.exists(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            return;
        }
        Flyway.configure(OldReleaseDatabase.class.getClassLoader())
                .dataSource(url, user, password)
                .cleanDisabled(false)
                .load()
                .clean();
    }

    /** Runs the statements of the old release's data (separated by a semicolon at a line's end) in one transaction. */
    private static int load(String url, String user, String password, Path data) throws IOException, SQLException {
        List<String> statements = statements(Files.readString(data, StandardCharsets.UTF_8));
        int rows = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    int inserted = statement.executeUpdate(sql);
                    if (inserted == 0) {
                        // an INSERT ... SELECT whose key matched nothing would leave a hole the tests might not see
                        throw new IllegalStateException("no row written by: " + sql);
                    }
                    rows += inserted;
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return rows;
    }

    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\\R")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    private static String creating(String url) {
        return url.startsWith(DERBY_PREFIX) && !url.contains(";") ? url + ";create=true" : url;
    }

    /** Embedded Derby keeps a lock on its folder until it is shut down; Liberty opens the folder next. */
    private static void shutDownDerby(String url) {
        if (!url.startsWith(DERBY_PREFIX)) {
            return;
        }
        try {
            DriverManager.getConnection(DERBY_PREFIX + databaseName(url) + ";shutdown=true")
                    .close();
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with SQLState 08006; anything else means the folder may still be locked
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down", expected);
            }
        }
    }

    private static String databaseName(String url) {
        String name = url.substring(DERBY_PREFIX.length());
        int attributes = name.indexOf(';');
        return attributes < 0 ? name : name.substring(0, attributes);
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + name + " is required");
        }
        return value;
    }
}
