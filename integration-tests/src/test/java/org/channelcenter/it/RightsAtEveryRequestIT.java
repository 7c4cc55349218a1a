package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, point 3: a user's rights are those the database gives it at each request, not those of its sign-in.
 * Each case signs in with the rights, loses them in the database, and calls a boundary that needs them in the
 * same signed-in request (as a session kept from before the change would): refused. Boundaries that checked
 * only the container's roles (Staff › Enrollment applications, the registry) let such a caller in before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RightsAtEveryRequestIT {

    private static final String PROBE = "public/it-probe/stale-rights";

    @Test
    void staffWhoLostTheStaffRoleOrWereDeactivatedAreRefused() {
        Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        assertEquals("ok", call(staff, "enrollments").outcome(), "still staff: allowed");
        assertEquals(
                "denied", call(staff, "enrollments", "roles", "HELPDESK_AGENT").outcome());
        assertEquals(
                "denied", call(staff, "registry", "roles", "HELPDESK_AGENT").outcome());

        Created other = Fixtures.organization("OPERATOR", "STAFF", 0);
        assertEquals("denied", call(other, "registry", "active", "false").outcome());
    }

    @Test
    void anAdminDemotedToSalesAgentNoLongerManagesUsers() {
        Created admin = Fixtures.organization("RESELLER", "ADMIN_AGENT", 0);
        assertEquals("ok", call(admin, "users").outcome(), "still an admin: allowed");
        assertEquals("denied", call(admin, "users", "roles", "SALES_AGENT").outcome());
    }

    /** Signs in as the user, changes its row as given, then calls the boundary as that signed-in user. */
    private static ProbeAnswer call(Created user, String boundary, String... change) {
        String[] arguments = new String[change.length + 2];
        arguments[0] = "call";
        arguments[1] = boundary;
        System.arraycopy(change, 0, arguments, 2, change.length);
        ProbeAnswer answer = Fixtures.probe(PROBE, user.login(), "call", arguments);
        return answer;
    }
}
