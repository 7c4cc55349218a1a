package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.Fixtures.Created;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, point 3: only a global admin grants or removes Global admin, changes a global admin's roles or
 * deactivates one. An admin agent that tried each (as it could before) is refused, nothing changes, and every
 * attempt is audited; it still manages the other users.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GlobalAdminRulesIT {

    private static final String USERS = "public/it-probe/users";

    @Test
    void anAdminAgentCannotGrantRemoveOrDeactivateGlobalAdmin() {
        Created organization = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 2);
        String globalAdmin = organization.login();
        String domain = globalAdmin.substring(globalAdmin.indexOf('@') + 1);
        String agent = "user1@" + domain;
        String other = "user2@" + domain;

        // the global admin makes user1 an admin agent: allowed
        assertOk(Fixtures.probe(
                USERS,
                globalAdmin,
                "changeRoles",
                "id",
                id(globalAdmin, agent),
                "version",
                version(globalAdmin, agent),
                "roles",
                "ADMIN_AGENT"));
        assertEquals(
                "ADMIN_AGENT,BILLING_ADMIN,GLOBAL_ADMIN,HELPDESK_AGENT,SALES_AGENT",
                Fixtures.probe(USERS, globalAdmin, "assignable").value("roles"),
                "a partner's admins also give Billing admin (issue 17)");
        assertEquals(
                "ADMIN_AGENT,BILLING_ADMIN,HELPDESK_AGENT,SALES_AGENT",
                Fixtures.probe(USERS, agent, "assignable").value("roles"));

        // the admin agent gives itself Global admin, demotes the global admin, deactivates it, adds a global admin
        assertGlobalAdminOnly(Fixtures.probe(
                USERS,
                agent,
                "changeRoles",
                "id",
                id(agent, agent),
                "version",
                version(agent, agent),
                "roles",
                "ADMIN_AGENT,GLOBAL_ADMIN"));
        assertGlobalAdminOnly(Fixtures.probe(
                USERS,
                agent,
                "changeRoles",
                "id",
                id(agent, globalAdmin),
                "version",
                version(agent, globalAdmin),
                "roles",
                "SALES_AGENT"));
        assertGlobalAdminOnly(Fixtures.probe(
                USERS,
                agent,
                "changeRoles",
                "id",
                id(agent, globalAdmin),
                "version",
                version(agent, globalAdmin),
                "roles",
                "GLOBAL_ADMIN,HELPDESK_AGENT"));
        assertGlobalAdminOnly(Fixtures.probe(
                USERS, agent, "deactivate", "id", id(agent, globalAdmin), "version", version(agent, globalAdmin)));
        assertGlobalAdminOnly(Fixtures.probe(USERS, agent, "add", "userName", "sneaky", "roles", "GLOBAL_ADMIN"));

        // nothing changed, and each attempt is on record
        assertEquals("ADMIN_AGENT", roles(agent, agent));
        assertEquals("GLOBAL_ADMIN", roles(agent, globalAdmin));
        assertFalse(Fixtures.probe(USERS, agent, "users").values().keySet().stream()
                .anyMatch(login -> login.startsWith("sneaky@")));
        assertEquals(
                3,
                CustomerRelations.auditEvents("ACCESS_DENIED", "user " + id(agent, globalAdmin), "global admin only"));
        assertEquals(
                1, CustomerRelations.auditEvents("ACCESS_DENIED", "user " + id(agent, agent), "global admin only"));
        assertEquals(1, CustomerRelations.auditEvents("ACCESS_DENIED", "new user sneaky", "global admin only"));

        // what an admin agent may still do: manage the users who are not global admins
        assertOk(Fixtures.probe(
                USERS,
                agent,
                "changeRoles",
                "id",
                id(agent, other),
                "version",
                version(agent, other),
                "roles",
                "SALES_AGENT"));
        assertOk(Fixtures.probe(USERS, agent, "deactivate", "id", id(agent, other), "version", version(agent, other)));
        // and a global admin may do all of it
        assertOk(Fixtures.probe(
                USERS,
                globalAdmin,
                "changeRoles",
                "id",
                id(globalAdmin, agent),
                "version",
                version(globalAdmin, agent),
                "roles",
                "ADMIN_AGENT,GLOBAL_ADMIN"));
        assertEquals("GLOBAL_ADMIN,ADMIN_AGENT", roles(globalAdmin, agent));
    }

    private static void assertGlobalAdminOnly(ProbeAnswer answer) {
        assertEquals("refused", answer.outcome(), answer.toString());
        assertEquals("GLOBAL_ADMIN_ONLY", answer.reason(), answer.toString());
    }

    private static void assertOk(ProbeAnswer answer) {
        assertEquals("ok", answer.outcome(), answer.toString());
    }

    /** The user's id, version and roles as the caller's User management lists them. */
    private static String[] row(String caller, String user) {
        return Fixtures.probe(USERS, caller, "users").value(user).split(":");
    }

    private static String id(String caller, String user) {
        return row(caller, user)[0];
    }

    private static String version(String caller, String user) {
        return row(caller, user)[1];
    }

    private static String roles(String caller, String user) {
        return row(caller, user)[2];
    }
}
