package org.channelcenter.operations.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.channelcenter.kernel.boundary.SchemaMigration;

/**
 * What the readiness checks ask of the database. Each answer is a plain yes or no; why it is no goes to the server's
 * log (a one-line warning, since a probe asks every few seconds while the database is away), never to the open health
 * endpoint.
 */
@Dependent
public class DatabaseState {

    private static final Logger LOG = Logger.getLogger(DatabaseState.class.getName());

    /** Seconds a connection may take to prove it works before the database counts as not answering. */
    static final int VALID_WITHIN_SECONDS = 5;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    @EJB
    SchemaMigration schema;

    /** Whether a connection can be had and answers. */
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_WITHIN_SECONDS);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Readiness: the database does not answer: {0}", e.toString());
            return false;
        }
    }

    /** Whether every migration of this release is applied and none failed; false when the database does not answer. */
    public boolean migrated() {
        try {
            boolean upToDate = schema.isUpToDate();
            if (!upToDate) {
                LOG.warning("Readiness: the database has pending or failed migrations");
            }
            return upToDate;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness: the migration state cannot be read: {0}", e.toString());
            return false;
        }
    }
}
