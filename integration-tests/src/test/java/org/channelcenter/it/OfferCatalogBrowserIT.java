package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff keep the offer catalog on Staff › Offer catalog: bad input is answered at each field, a taken name and
 * an empty quantity range are refused, an offer is created, edited and deactivated; the audit log, filtered
 * by action, shows each step. A reseller's admin is refused the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@org.junit.jupiter.api.Tag("qa") // runs against a distributor's own server too: see QaSignIns
class OfferCatalogBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static String token() {
        return "Of" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /**
     * Waits for the field's message to read {@code expected}: the previous answer's message stays on screen
     * until the next one arrives, so the first non-blank text may be the old one.
     */
    private static void assertFieldMessage(PortalPage portal, String id, String expected) {
        try {
            portal.waiting().until(d -> expected.equals(d.findElement(By.id(id)).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, portal.driver().findElement(By.id(id)).getText(), id);
        }
    }

    private static String table(PortalPage portal, String id, String expected) {
        portal.waiting().until(d -> d.findElement(By.id(id)).getText().contains(expected));
        return portal.driver().findElement(By.id(id)).getText();
    }

    @Test
    void staffCreateEditAndDeactivateAnOfferAndTheAuditLogShowsEachStep() {
        String token = token();
        String name = token + " Suite";
        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(staffUser.login(), Fixtures.PASSWORD);
        PortalPage.press(browser, "menuForm:menuOffers");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/staff/offers.xhtml"));
        portal.waitForScripts();

        PortalPage.press(browser, "offersForm:newOffer");
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offerForm:name")));
        portal.type("offerForm:unitPrice", "-1").type("offerForm:currency", "U5D").type("offerForm:minQuantity", "0")
                .type("offerForm:maxQuantity", "");
        PortalPage.press(browser, "offerForm:saveOffer");
        assertFieldMessage(portal, "offerForm:nameMessage", "A value is required.");
        assertFieldMessage(portal, "offerForm:unitPriceMessage",
                "Enter a price of zero or more, with at most two decimals.");
        assertFieldMessage(portal, "offerForm:currencyMessage",
                "Enter a three-letter ISO 4217 currency code, such as USD.");
        assertFieldMessage(portal, "offerForm:minQuantityMessage", "Enter a whole number of at least 1.");
        assertFieldMessage(portal, "offerForm:maxQuantityMessage", "A value is required.");

        portal.type("offerForm:name", name).type("offerForm:description", "Mail and meetings, per user.")
                .type("offerForm:unitPrice", "12.50").type("offerForm:currency", "eur")
                .type("offerForm:minQuantity", "10").type("offerForm:maxQuantity", "5");
        browser.findElement(By.cssSelector("label[for='offerForm:billingCycle:1']")).click();
        PortalPage.press(browser, "offerForm:saveOffer");
        assertFieldMessage(portal, "offerForm:maxQuantityMessage",
                "The maximum quantity must not be below the minimum quantity.");
        portal.type("offerForm:maxQuantity", "50");
        PortalPage.press(browser, "offerForm:saveOffer");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("offerDialog")));
        browser.findElement(By.id("offersForm:offers:globalFilter")).sendKeys(token);
        String row = table(portal, "offersForm:offers", name);
        assertTrue(row.contains("Annual") && row.contains("12.50 EUR") && row.contains("10–50")
                && row.contains("Active"), row);

        // the same name again, in other letter case, is refused at the name
        PortalPage.press(browser, "offersForm:newOffer");
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("offerForm:name")));
        portal.type("offerForm:name", name.toUpperCase()).type("offerForm:unitPrice", "1.00")
                .type("offerForm:maxQuantity", "3");
        PortalPage.press(browser, "offerForm:saveOffer");
        assertFieldMessage(portal, "offerForm:nameMessage",
                "Another offer has this name already. Choose a different name.");
        PortalPage.press(browser, "offerForm:cancel");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("offerDialog")));

        PortalPage.press(browser, "offersForm:offers:0:edit");
        portal.waiting().until(d -> name.equals(d.findElement(By.id("offerForm:name")).getDomProperty("value")));
        portal.type("offerForm:unitPrice", "15.00");
        PortalPage.press(browser, "offerForm:saveOffer");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("offerDialog")));
        assertTrue(table(portal, "offersForm:offers", "15.00 EUR").contains(name));

        PortalPage.press(browser, "offersForm:offers:0:deactivate");
        table(portal, "offersForm:messages", "The offer " + name + " can no longer be ordered.");
        table(portal, "offersForm:offers", "No offers.");
        browser.findElement(By.cssSelector("#offersForm\\:showInactive .ui-chkbox-box")).click();
        String inactive = table(portal, "offersForm:offers", name);
        assertTrue(inactive.contains("Inactive"), inactive);
        assertTrue(portal.revealsNothingInternal());

        PortalPage.press(browser, "menuForm:menuAuditLog");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/staff/audit.xhtml"));
        portal.waitForScripts();
        browser.findElement(By.id("auditForm:events:globalFilter")).sendKeys(token);
        for (String[] step : new String[][] {{"OFFER_CREATED", "Offer created"}, {"OFFER_UPDATED", "Offer changed"},
                {"OFFER_DEACTIVATED", "Offer deactivated"}}) {
            portal.select("auditAction", step[0]);
            PortalPage.press(browser, "auditForm:applyFilters");
            portal.waiting().until(d -> d.findElements(By.id("auditForm:events:1:action")).isEmpty()
                    && step[1].equals(d.findElement(By.id("auditForm:events:0:action")).getText()));
            String event = browser.findElement(By.id("auditForm:events:0:target")).getText();
            assertTrue(event.contains(name), event);
            assertEquals(staffUser.login(), browser.findElement(By.id("auditForm:events:0:actor")).getText());
        }
        assertTrue(browser.findElement(By.id("auditForm:events:0:details")).getText().isEmpty(),
                "a deactivation has no details");

        // Export to CSV, posted from the page as its button does (a fetch, so the test can read the file)
        String download = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('auditForm');
                var button = document.getElementById('auditForm:exportCsv');
                fetch(form.action, {method: 'POST', credentials: 'same-origin',
                        body: new URLSearchParams(new FormData(form, button))})
                    .then(r => r.text().then(t => done(r.headers.get('content-type') + '\\n' + t)))
                    .catch(e => done('failed ' + e));""");
        String[] lines = download.split("\\R");
        assertTrue(lines[0].startsWith("text/csv"), lines[0]);
        // (the text decoder drops the byte-order mark the file starts with; AuditLogIT checks it is there)
        assertEquals("Time (UTC),Action,User,Target,Details,Address", lines[1]);
        assertEquals(3, lines.length, "the header and exactly the one filtered event: " + download);
        assertTrue(lines[2].contains(",Offer deactivated," + staffUser.login() + ",") && lines[2].contains(name),
                lines[2]);
    }

    @Test
    void aResellersAdminIsRefusedTheOfferCatalog() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertTrue(browser.findElements(By.id("menuForm:menuOffers")).isEmpty(), "no menu entry");

        portal.open("staff/offers.xhtml");

        assertEquals("Access denied", portal.text("errorTitle"));
        assertTrue(browser.findElements(By.id("offersForm:offers")).isEmpty());
        assertEquals(403, SignedInClient.signIn(reseller.login(), Fixtures.PASSWORD).status("staff/offers.xhtml"));
    }
}
