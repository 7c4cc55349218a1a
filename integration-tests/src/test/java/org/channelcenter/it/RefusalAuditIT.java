package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.channelcenter.it.pages.OutboxPage;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A role refusal by the container is audited (issue 15, point 6): a signed-in user without the role asking for a
 * staff page gets the 403 page, and the refusal is an ACCESS_DENIED event naming the address asked for. A
 * boundary's own role refusal (EJBAccessException) reaches the same page (web.xml maps it to 403), so it is
 * recorded the same way; the boundaries' organization-scope refusals record their own events.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalAuditIT {

    @Test
    void aContainerRoleRefusalIsAudited() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "ADMIN_AGENT", 0);
        SignedInClient client = SignedInClient.signIn(reseller.login(), Fixtures.PASSWORD);
        String target = "/" + OutboxPage.PATH;
        long before = CustomerRelations.auditEvents("ACCESS_DENIED", target);

        assertEquals(403, client.status(OutboxPage.PATH));

        assertEquals(before + 1, CustomerRelations.auditEvents("ACCESS_DENIED", target));
    }
}
