package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.notification.boundary.Outboxes;
import org.channelcenter.notification.entity.MailStatus;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Outbox boundary refuses callers who are not signed-in staff, whatever the pages show. */
@ExtendWith(ArquillianExtension.class)
class OutboxesSecurityIT {

    @EJB
    Outboxes outboxes;

    @Test
    void anonymousCallersCanNeitherReadNorQueueMail() {
        assertThrows(EJBAccessException.class, () -> outboxes.find(PageRequest.of(0, 10), null));
        assertThrows(EJBAccessException.class, () -> outboxes.count(null, MailStatus.HELD));
        assertThrows(EJBAccessException.class, () -> outboxes.body(1L));
        assertThrows(EJBAccessException.class, () -> outboxes.sendTestMail("someone@example.test", null));
        assertThrows(EJBAccessException.class, () -> outboxes.isDeliveryConfigured());
    }
}
