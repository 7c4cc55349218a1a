package org.channelcenter.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the application is deployed and its beans answer. Deliberately nothing more: a database that is down
 * makes the server not ready, but restarting the server would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    static final String NAME = "application";

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up(NAME);
    }
}
