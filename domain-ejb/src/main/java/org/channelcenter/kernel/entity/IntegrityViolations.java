package org.channelcenter.kernel.entity;

import java.sql.SQLException;

/**
 * Tells a broken constraint (SQLState class 23: unique key, CHECK, foreign key) from every other database
 * failure. Only the first may be told to a user as a business refusal ("already assigned", "name taken"); a lock
 * timeout, a deadlock or a lost connection is a fault and must surface as one.
 */
public final class IntegrityViolations {

    private IntegrityViolations() {}

    /** Whether {@code failure} was caused by a statement that broke a constraint. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
