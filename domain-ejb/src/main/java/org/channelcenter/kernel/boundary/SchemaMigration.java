package org.channelcenter.kernel.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts. Every start-up bean that uses JPA
 * declares {@code @DependsOn("SchemaMigration")}, and web requests only arrive after start-up, so nothing
 * touches the schema before the migrations have run.
 *
 * <p>One history for both databases: a migration whose SQL is the same on Derby and PostgreSQL is in
 * {@code db/migration/common}; one whose SQL differs (column types, triggers, ALTER syntax) has a twin of the same
 * version and description in {@code db/migration/derby} and in {@code db/migration/postgresql}, and only the
 * folder of the database the data source reaches is read.
 */
@Singleton
@Startup
// Flyway commits each migration itself; a surrounding JTA transaction would forbid that.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    private volatile boolean confirmedUpToDate;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, " + result.database + ")");
    }

    /**
     * Whether the database holds every migration of this release and none has failed (the readiness check asks).
     * Migrations of a newer release, applied by another server over the same database, do not count against it.
     * Until it has said yes once, it fails when the database does not answer (the database check covers that after).
     *
     * <p>Asked of Flyway until it once says yes, then remembered: Flyway reads every migration script for it, which
     * took 0.4 to 3 s a probe on a busy machine, and a schema that held every migration of this release keeps holding
     * them while this server runs (only a newer release migrates further; restoring an older backup means stopping
     * the servers first).
     */
    @Lock(LockType.READ)
    public boolean isUpToDate() {
        if (confirmedUpToDate) {
            return true;
        }
        MigrationInfoService info = flyway().info();
        boolean upToDate = info.pending().length == 0
                && Arrays.stream(info.all())
                        .noneMatch(migration -> migration.getState().isFailed());
        confirmedUpToDate = upToDate;
        return upToDate;
    }

    private Flyway flyway() {
        String[] locations;
        try (Connection connection = dataSource.getConnection()) {
            locations = locations(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * The migrations for the database behind {@code connection}: the shared folder and the one of the database's
     * product, asked of the database itself, so the folder always matches what the configuration really connects
     * to. Public for the upgrade test, which builds an old schema from the same folders.
     */
    public static String[] locations(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String name = product.toLowerCase(Locale.ROOT);
        String vendor;
        if (name.contains("derby")) {
            vendor = "derby";
        } else if (name.contains("postgresql")) {
            vendor = "postgresql";
        } else {
            throw new IllegalStateException("Channel Center has no migrations for the database " + product);
        }
        // Liberty's class loader finds a folder only through a file in it: db/migration/*/flyway.location.
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }
}
