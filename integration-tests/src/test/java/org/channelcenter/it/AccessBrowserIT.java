package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.pages.AuditLogPage;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.pages.Shell;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** Staff pages refuse other users with the 403 page, the refusal is audited, and errors reveal nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessBrowserIT {

    /** The test-only probe servlet that calls a staff boundary method as the signed-in user. */
    private static final String STAFF_BOUNDARY_PROBE = "it-probe/staff-boundary";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver reseller;
    private WebDriver staff;

    @Test
    void aResellerOpeningAStaffPageGetsThe403PageAndStaffSeeTheRefusalInTheAuditLog() {
        Fixtures.Created resellerUser = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        reseller = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(reseller);
        resellerPortal.signIn(resellerUser.login(), Fixtures.PASSWORD);

        AuditLogPage refused = AuditLogPage.openStaffNow(resellerPortal);

        assertEquals("Access denied", new ErrorPage(resellerPortal).title());
        assertTrue(!refused.hasEvents(), "no audit data for a reseller");
        assertTrue(resellerPortal.revealsNothingInternal(), "error pages reveal nothing internal");

        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        staff = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staff);
        staffPortal.signIn(staffUser.login(), Fixtures.PASSWORD);
        AuditLogPage audit = AuditLogPage.fromMenu(staffPortal);
        audit.search(resellerUser.login());
        audit.awaitEvents("Access denied");
        String rows = audit.events();
        assertTrue(rows.contains(resellerUser.login()), rows);
        assertTrue(rows.contains("Signed in"), rows);
    }

    @Test
    void anUnknownPageShowsTheLocalized404Page() {
        Fixtures.Created resellerUser = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        reseller = browsers.open("ru");
        PortalPage portal = new PortalPage(reseller);
        portal.signIn(resellerUser.login(), Fixtures.PASSWORD);

        portal.open(ErrorPage.UNKNOWN_PATH);

        assertEquals("Страница не найдена", new ErrorPage(portal).title());
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void staffBoundaryMethodsRefuseAResellerButServeStaff() {
        Fixtures.Created resellerUser = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        reseller = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(reseller);
        resellerPortal.signIn(resellerUser.login(), Fixtures.PASSWORD);
        resellerPortal.open(STAFF_BOUNDARY_PROBE);
        assertEquals("refused", new Shell(resellerPortal).probeAnswer().outcome());

        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        staff = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staff);
        staffPortal.signIn(staffUser.login(), Fixtures.PASSWORD);
        staffPortal.open(STAFF_BOUNDARY_PROBE);
        assertEquals("allowed", new Shell(staffPortal).probeAnswer().outcome(), "the probe itself works");
    }
}
