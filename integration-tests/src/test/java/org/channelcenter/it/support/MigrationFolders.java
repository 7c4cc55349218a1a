package org.channelcenter.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The Flyway locations the application migrates a database from, chosen as SchemaMigration chooses them: the shared
 * folder and the folder of the database's product. The upgrade test needs them twice, to build the old schema
 * (OldReleaseDatabase) and to compare the history with the migrations the EAR carries (UpgradeIT); SchemaMigration
 * keeps its choice private, so the rule is repeated here, and a difference shows as a failed upgrade at start-up
 * (Flyway then finds migrations it does not know) or a failing UpgradeIT.
 */
public final class MigrationFolders {

    private MigrationFolders() {}

    public static String[] of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String name = product.toLowerCase(Locale.ROOT);
        String vendor;
        if (name.contains("derby")) {
            vendor = "derby";
        } else if (name.contains("postgresql")) {
            vendor = "postgresql";
        } else {
            throw new IllegalStateException("no migrations for the database " + product);
        }
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }
}
