package org.channelcenter.kernel.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts. Every start-up bean that uses JPA
 * declares {@code @DependsOn("SchemaMigration")}, and web requests only arrive after start-up, so nothing
 * touches the schema before the migrations have run.
 */
@Singleton
@Startup
// Flyway commits each migration itself; a surrounding JTA transaction would forbid that.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /**
     * Whether the database holds every migration of this release and none has failed (the readiness check asks).
     * Migrations of a newer release, applied by another server over the same database, do not count against it.
     * Fails when the database does not answer.
     */
    @Lock(LockType.READ)
    public boolean isUpToDate() {
        MigrationInfoService info = flyway().info();
        return info.pending().length == 0
                && Arrays.stream(info.all())
                        .noneMatch(migration -> migration.getState().isFailed());
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader finds a folder only through a file in it: db/*/flyway.location.
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
