package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.CustomerRelations;
import org.channelcenter.it.support.Ordering;
import org.channelcenter.it.support.Partnering;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Every page renders in English, Brazilian Portuguese and Russian, in the browser's language, with no
 * missing text (Faces shows a missing bundle key as ???key???).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesInThreeLanguagesBrowserIT {

    private static final List<String> PUBLIC_PAGES = List.of("login.xhtml", "public/enroll.xhtml",
            "public/verify-contact.xhtml?token=unknown", "public/set-password.xhtml?token=unknown",
            "public/customer-invitation.xhtml?token=unknown");
    private static final List<String> RESELLER_PAGES = List.of("dashboard.xhtml", "account/users.xhtml",
            "enrollment/status.xhtml", "no-such-page.xhtml", "staff/audit.xhtml", "partners/find-provider.xhtml",
            "partners/providers.xhtml", "partners/authorize-provider.xhtml?token=unknown",
            "partners/shared-customers.xhtml?partnership=-1", "customers/customers.xhtml",
            "customers/customer.xhtml?customer=-1", "customers/invitations.xhtml", "customers/invite.xhtml?provider=-1",
            "account/audit.xhtml", "orders/orders.xhtml", "customers/invite.xhtml");
    private static final List<String> PROVIDER_PAGES = List.of("dashboard.xhtml", "partners/resellers.xhtml",
            "customers/customers.xhtml", "customers/order.xhtml?customer=-1", "orders/orders.xhtml",
            "partners/invite-reseller.xhtml");
    private static final List<String> CUSTOMER_ADMIN_PAGES = List.of("dashboard.xhtml", "account/audit.xhtml",
            "customer/partners.xhtml");
    private static final List<String> STAFF_PAGES = List.of("dashboard.xhtml", "staff/enrollments.xhtml",
            "staff/enrollment.xhtml?id=-1", "staff/audit.xhtml", "staff/registry.xhtml", "staff/outbox.xhtml",
            "staff/providers.xhtml", "staff/offers.xhtml");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver driver;



    private void assertComplete(PortalPage portal, String page, String language) {
        portal.open(page);
        portal.waitForScripts();
        String source = driver.getPageSource();
        assertFalse(source.contains("???"), () -> page + " in " + language + " misses a text");
        assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"), page);
        assertTrue(portal.revealsNothingInternal(), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "ru"})
    void everyPageHasAllItsTexts(String language) {
        driver = browsers.open(language);
        PortalPage portal = new PortalPage(driver);
        PUBLIC_PAGES.forEach(page -> assertComplete(portal, page, language));
        portal.open("public/enroll.xhtml").click("enrollForm:welcomeNext", "enrollForm:domainPrefix");
        assertFalse(driver.getPageSource().contains("???"), "wizard directory step in " + language);

        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 1);
        // a provider, a customer they share and an order (two subscriptions, one suspended), so that the Orders
        // page, the order history and the subscription actions with their dialog have rows to show
        Fixtures.Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Fixtures.Created shared = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        Partnering.partnership(provider.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(shared.organizationId(), reseller.organizationId(), reseller.organizationId());
        CustomerRelations.relationship(shared.organizationId(), provider.organizationId(), reseller.organizationId());
        Ordering.place(provider.login(), shared.organizationId(), reseller.organizationId(),
                Ordering.offer(1, 50, true) + ":4," + Ordering.offer(1, 50, true) + ":2");
        String[] suspended = Ordering.as(provider.login(), "subscriptions", "customer",
                Long.toString(shared.organizationId())).getProperty("rows").split(",")[0].split("\\|");
        Ordering.as(provider.login(), "suspend", "id", suspended[0], "version", suspended[3]);
        String sharedRecord = "customers/customer.xhtml?customer=" + shared.organizationId();

        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertComplete(portal, sharedRecord, language);
        assertEquals(2, driver.findElements(By.cssSelector("[id^='orderHistoryForm:orders:0:lines:']"
                + "[id$=':lineQuantity']")).size(), "the order history shows the order's lines in " + language);
        RESELLER_PAGES.forEach(page -> assertComplete(portal, page, language));
        // the last page is Request a reseller relationship: its draft, and the customer's page its link opens
        portal.type("inviteForm:recipientEmail", "customer@example.com").click("inviteForm:next", "inviteForm:draft:body");
        assertFalse(driver.getPageSource().contains("???"), "the customer draft email panel in " + language);
        String customerLink = Fixtures.linkIn(driver.findElement(By.id("inviteForm:draft:body")).getAttribute("value"));
        assertComplete(portal, customerLink.substring(customerLink.indexOf("public/")), language);
        assertTrue(driver.findElements(By.id("acceptForm:consent")).size() == 1, "the acceptance form in " + language);
        portal.signOut();

        portal.signIn(provider.login(), Fixtures.PASSWORD);
        assertComplete(portal, "orders/orders.xhtml", language);
        assertEquals(1, driver.findElements(By.cssSelector("[id$=':customerLink'][id^='ordersForm:orders:']")).size(),
                "the Orders page lists the order in " + language);
        assertComplete(portal, sharedRecord, language);
        assertEquals(1, driver.findElements(By.cssSelector("[id$=':reactivateSubscription']")).size(),
                "the suspended subscription offers Reactivate in " + language);
        PortalPage.press(driver, "subscriptions:0:cancelSubscription");
        portal.waiting().until(d -> d.findElement(By.id("cancelSubscriptionForm:confirmCancelSubscription")).isDisplayed());
        assertFalse(driver.findElement(By.id("cancelSubscriptionMeaning")).getText().isBlank());
        PROVIDER_PAGES.forEach(page -> assertComplete(portal, page, language));
        portal.type("inviteForm:recipientEmail", "someone@example.com").click("inviteForm:next", "inviteForm:draft:body");
        assertFalse(driver.getPageSource().contains("???"), "the draft email panel in " + language);
        assertTrue(driver.findElement(By.id("inviteForm:draft:body")).getAttribute("value").contains("token="));
        portal.signOut();

        // a customer's global admin, with one partner so that the Partners table shows a row
        Fixtures.Created customer = Fixtures.organization("CUSTOMER", "GLOBAL_ADMIN", 0);
        CustomerRelations.relationship(customer.organizationId(), reseller.organizationId(), reseller.organizationId());
        portal.signIn(customer.login(), Fixtures.PASSWORD);
        CUSTOMER_ADMIN_PAGES.forEach(page -> assertComplete(portal, page, language));
        assertFalse(driver.findElements(By.xpath("//tbody[@id='partnersForm:partners_data']//span[contains(@class,"
                + "'cc-relationship-status')]")).isEmpty(), "the Partners table has its row in " + language);
        portal.signOut();

        // the reseller's record of that customer: its users (the customer's admin listed), licenses and dialogs
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertComplete(portal, "customers/customer.xhtml?customer=" + customer.organizationId(), language);
        assertFalse(driver.findElements(By.cssSelector("[id='customerUsers_data'] .cc-customer-admin-tag")).isEmpty(),
                "the record's users table has the customer's admin in " + language);
        assertTrue(driver.findElements(By.id("addCustomerUser")).size() == 1
                && driver.findElements(By.id("licenseAssignments")).size() == 1, "users and licenses in " + language);
        portal.signOut();

        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        portal.signIn(staff.login(), Fixtures.PASSWORD);
        STAFF_PAGES.forEach(page -> assertComplete(portal, page, language));
    }
}
