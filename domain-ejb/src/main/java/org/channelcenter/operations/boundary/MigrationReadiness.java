package org.channelcenter.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.channelcenter.operations.control.DatabaseState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness, part two: the database holds every migration of this release, none pending and none failed. A server
 * started on a database another server is still migrating, or whose migration failed, takes no traffic.
 */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    static final String NAME = "migrations";

    @Inject
    DatabaseState database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(database.migrated()).build();
    }
}
