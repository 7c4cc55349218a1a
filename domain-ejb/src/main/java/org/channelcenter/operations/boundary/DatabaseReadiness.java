package org.channelcenter.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.channelcenter.operations.control.DatabaseState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness, part one: the database answers within a few seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @Inject
    DatabaseState database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(database.answers()).build();
    }
}
