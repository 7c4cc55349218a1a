package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Staff pages refuse other users with the 403 page, the refusal is audited, and errors reveal nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessBrowserIT {

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

        resellerPortal.open("staff/audit.xhtml");

        assertEquals("Access denied", resellerPortal.text("errorTitle"));
        assertTrue(reseller.findElements(By.id("auditForm:events")).isEmpty(), "no audit data for a reseller");
        assertTrue(resellerPortal.revealsNothingInternal(), "error pages reveal nothing internal");

        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        staff = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staff);
        staffPortal.signIn(staffUser.login(), Fixtures.PASSWORD);
        PortalPage.press(staff, "menuForm:menuAuditLog");
        staffPortal.waiting().until(d -> d.getCurrentUrl().endsWith("/staff/audit.xhtml"));
        staffPortal.waitForScripts();
        staff.findElement(By.id("auditForm:events:globalFilter")).sendKeys(resellerUser.login());
        staffPortal.waiting().until(d -> d.findElement(By.id("auditForm:events")).getText().contains("Access denied"));
        String rows = staff.findElement(By.id("auditForm:events")).getText();
        assertTrue(rows.contains(resellerUser.login()), rows);
        assertTrue(rows.contains("Signed in"), rows);
    }

    @Test
    void anUnknownPageShowsTheLocalized404Page() {
        Fixtures.Created resellerUser = Fixtures.organization("RESELLER", "GLOBAL_ADMIN", 0);
        reseller = browsers.open("ru");
        PortalPage portal = new PortalPage(reseller);
        portal.signIn(resellerUser.login(), Fixtures.PASSWORD);

        portal.open("no-such-page.xhtml");

        assertEquals("Страница не найдена", portal.text("errorTitle"));
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void staffBoundaryMethodsRefuseAResellerButServeStaff() {
        Fixtures.Created resellerUser = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        reseller = browsers.open("en");
        PortalPage resellerPortal = new PortalPage(reseller);
        resellerPortal.signIn(resellerUser.login(), Fixtures.PASSWORD);
        resellerPortal.open("it-probe/staff-boundary");
        assertEquals("refused", reseller.findElement(By.tagName("body")).getText());

        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        staff = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staff);
        staffPortal.signIn(staffUser.login(), Fixtures.PASSWORD);
        staffPortal.open("it-probe/staff-boundary");
        assertEquals("allowed", staff.findElement(By.tagName("body")).getText(), "the probe itself works");
    }
}
