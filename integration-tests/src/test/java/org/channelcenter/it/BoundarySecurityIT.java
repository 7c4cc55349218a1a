package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.channelcenter.audit.boundary.AuditFilter;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.commerce.boundary.OfferCatalog;
import org.channelcenter.dashboard.boundary.Dashboards;
import org.channelcenter.directory.boundary.Callers;
import org.channelcenter.kernel.boundary.PageRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The boundaries refuse callers on their own, whatever the pages show: an unauthenticated caller gets a
 * refusal from staff and signed-in-only methods. (Signed-in refusals are shown by the browser tests.)
 */
@ExtendWith(ArquillianExtension.class)
class BoundarySecurityIT {

    @EJB
    AuditLog auditLog;

    @EJB
    Dashboards dashboards;

    @EJB
    OfferCatalog offerCatalog;

    @EJB
    Callers callers;

    @Test
    void staffListsRefuseAnonymousCallers() {
        assertThrows(EJBAccessException.class, () -> auditLog.find(PageRequest.of(0, 10)));
        assertThrows(EJBAccessException.class, () -> auditLog.count(null));
        assertThrows(EJBAccessException.class, () -> auditLog.countOwn(AuditFilter.none()));
        assertThrows(EJBAccessException.class, () -> offerCatalog.count(null, true));
        assertThrows(EJBAccessException.class, () -> offerCatalog.deactivate(1, 0));
    }

    @Test
    void dashboardAndPreferencesNeedASignedInUser() {
        assertThrows(EJBAccessException.class, () -> dashboards.tiles());
        assertThrows(EJBAccessException.class, () -> callers.changeLanguage(java.util.Locale.ENGLISH));
    }
}
