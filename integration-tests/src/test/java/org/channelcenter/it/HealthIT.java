package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.support.ServerEndpoints;
import org.channelcenter.it.support.ServerEndpoints.Answer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's health endpoints, as a load balancer or an orchestrator calls them: no sign-in, no cookie. Readiness
 * names its two checks (the database answers; the migrations are applied) and says UP; liveness says UP; neither
 * says more than a name and a status.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Test
    void readinessIsUpWithItsChecksNamedAndNeedsNoSignIn() {
        Answer ready = ServerEndpoints.get("health/ready");

        assertEquals(200, ready.status(), ready::body);
        String body = ready.body().replace(" ", "").replace("\n", "");
        assertTrue(body.startsWith("{\"status\":\"UP\""), body);
        assertTrue(body.contains("{\"name\":\"database\",\"status\":\"UP\""), body);
        assertTrue(body.contains("{\"name\":\"migrations\",\"status\":\"UP\""), body);
        assertRevealsNothing(body);
    }

    @Test
    void livenessIsUpAndNeedsNoSignIn() {
        Answer live = ServerEndpoints.get("health/live");

        assertEquals(200, live.status(), live::body);
        String body = live.body().replace(" ", "").replace("\n", "");
        assertTrue(body.startsWith("{\"status\":\"UP\""), body);
        assertTrue(body.contains("{\"name\":\"application\",\"status\":\"UP\""), body);
        assertRevealsNothing(body);
    }

    /** Liberty adds an empty "data" object to every check; anything in one would come from a check. */
    private static void assertRevealsNothing(String body) {
        String withoutEmptyData = body.replace("\"data\":{}", "");
        assertFalse(withoutEmptyData.contains("\"data\""), body);
        assertFalse(withoutEmptyData.toLowerCase().contains("jdbc"), body);
    }
}
