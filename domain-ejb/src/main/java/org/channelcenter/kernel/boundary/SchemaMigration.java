package org.channelcenter.kernel.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader finds a folder only through a file in it: db/migration/*/flyway.location.
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, " + vendor + ")");
    }

    /**
     * The migration folder of the database behind the data source: asked of the database itself, so the folder
     * always matches what the server's configuration really connects to.
     */
    private String vendor() {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return "derby";
        }
        if (name.contains("postgresql")) {
            return "postgresql";
        }
        throw new IllegalStateException("Channel Center has no migrations for the database " + product);
    }
}
