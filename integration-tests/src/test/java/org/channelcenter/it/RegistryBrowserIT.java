package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff keep the partner-network registry through its page: create an account with its first profile
 * (bad and duplicate input answered at the field), edit and deactivate the profile, import a CSV whose bad
 * row is reported while the good rows appear in the list. Other users get the 403 page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@org.junit.jupiter.api.Tag("qa") // runs against a distributor's own server too: see QaSignIns
class RegistryBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebDriver browser;
    private PortalPage portal;



    private static String networkId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private static String userName(String what) {
        return "ui-" + what + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private void signInAsStaff() {
        Fixtures.Created staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        browser = browsers.open("en");
        portal = new PortalPage(browser);
        portal.signIn(staff.login(), Fixtures.PASSWORD);
        PortalPage.press(browser, "menuForm:menuRegistry");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/staff/registry.xhtml"));
        portal.waitForScripts();
    }

    private WebElement visible(String id) {
        return portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void type(String id, String text) {
        WebElement input = visible(id);
        input.clear();
        input.sendKeys(text);
    }

    private void chooseCountry(String name) {
        PortalPage.press(browser, "profileForm:countryCode");
        visible("profileForm:countryCode_panel");
        // Typed into the menu's filter first: the long list scrolls inside the panel, out of a click's reach.
        visible("profileForm:countryCode_filter").sendKeys(name);
        portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#profileForm\\:countryCode_items li[data-label='" + name + "']"))).click();
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("profileForm:countryCode_panel")));
    }

    private void saveProfileAndExpectTheDialogToClose() {
        PortalPage.press(browser, "profileForm:save");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("profileDialog")));
    }

    private String fieldMessageAfterSave(String field) {
        PortalPage.press(browser, "profileForm:save");
        return portal.waiting().until(d -> {
            String text = d.findElement(By.id("profileForm:" + field + "Message")).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** Clicks an element of a table that ajax may be re-rendering right now, once it holds still. */
    private void clickInTable(String id) {
        portal.waiting().until(d -> {
            try {
                d.findElement(By.id(id)).click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false; // re-rendered under us: try again
            }
        });
    }

    /** Filters the list down to what matches {@code text} and answers the table's text once it shows it. */
    private String listFilteredBy(String text, String expected) {
        WebElement filter = visible("registryForm:profiles:globalFilter");
        if (!text.equals(filter.getDomProperty("value"))) {
            filter.clear();
            filter.sendKeys(text);
        }
        portal.waiting().until(d -> d.findElement(By.id("registryForm:profiles")).getText().contains(expected));
        return browser.findElement(By.id("registryForm:profiles")).getText();
    }

    @Test
    void staffCreateEditDeactivateAndImport() throws IOException {
        signInAsStaff();
        String member = userName("member");
        String networkId = networkId();

        PortalPage.press(browser, "registryForm:newAccount");
        type("profileForm:userName", member);
        type("profileForm:password", "Member#2026");
        type("profileForm:networkId", "12ab");
        type("profileForm:legalName", "Browser Member Ltd");
        chooseCountry("Brazil");
        assertEquals("A partner network ID has 6 to 10 digits.", fieldMessageAfterSave("networkId"));

        type("profileForm:password", "Member#2026");
        type("profileForm:networkId", networkId);
        saveProfileAndExpectTheDialogToClose();
        String row = listFilteredBy(networkId, "Browser Member Ltd");
        assertTrue(row.contains(member) && row.contains("Brazil") && row.contains("Active"), row);

        PortalPage.press(browser, "registryForm:newAccount");
        type("profileForm:userName", userName("copycat"));
        type("profileForm:password", "Copycat#2026");
        type("profileForm:networkId", networkId);
        type("profileForm:legalName", "Copycat Ltd");
        chooseCountry("Brazil");
        assertEquals("This partner network ID is already registered.", fieldMessageAfterSave("networkId"));
        PortalPage.press(browser, "profileForm:cancel");
        portal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("profileDialog")));

        clickInTable("registryForm:profiles:0:edit");
        portal.waiting().until(d -> networkId.equals(d.findElement(By.id("profileForm:networkId")).getDomProperty("value")));
        type("profileForm:legalName", "Browser Member Holding S.A.");
        chooseCountry("Portugal");
        saveProfileAndExpectTheDialogToClose();
        row = listFilteredBy(networkId, "Browser Member Holding S.A.");
        assertTrue(row.contains("Portugal"), row);

        clickInTable("registryForm:profiles:0:deactivate");
        portal.waiting().until(d -> d.findElement(By.id("registryForm:profiles:0:status")).getText().equals("Inactive"));
        assertTrue(browser.findElements(By.id("registryForm:profiles:0:deactivate")).isEmpty(),
                "an inactive profile offers no deactivation");

        String imported = userName("imported");
        String good1 = networkId();
        String good2 = networkId();
        Path csv = Files.createTempFile("registry-import", ".csv");
        Files.writeString(csv, "userName,password,networkId,legalName,countryCode,status\n"
                + imported + ",Import#2026," + good1 + ",Imported One Ltd,US,ACTIVE\n"
                + imported + ",," + networkId + ",Duplicate Ltd,US,ACTIVE\n"
                + imported + ",," + good2 + ",\"Imported Two, Inc.\",CA,INACTIVE\n", StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("#importForm input[type='file']")).sendKeys(csv.toString());
        PortalPage.press(browser, "importForm:upload");

        String summary = portal.waiting().until(d -> {
            var found = d.findElements(By.id("importForm:summary"));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0).getText();
        });
        assertEquals("Rows read: 3. Profiles imported: 2 (new accounts: 1). Rows not imported: 1.", summary);
        assertEquals("3", visible("importForm:importErrors:0:row").getText());
        assertEquals("This partner network ID is already registered.",
                browser.findElement(By.id("importForm:importErrors:0:reason")).getText());
        String list = listFilteredBy(imported, "Imported Two, Inc.");
        assertTrue(list.contains(good1) && list.contains(good2) && list.contains("Imported One Ltd"), list);
        assertTrue(!list.contains("Duplicate Ltd"), list);
        assertTrue(portal.revealsNothingInternal());
        Files.deleteIfExists(csv);
    }

    @Test
    void aResellerOpeningTheRegistryGetsThe403Page() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        browser = browsers.open("en");
        portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);

        assertTrue(browser.findElements(By.id("menuForm:menuRegistry")).isEmpty(), "no menu entry for a reseller");
        portal.open("staff/registry.xhtml");

        assertEquals("Access denied", portal.text("errorTitle"));
        assertTrue(browser.findElements(By.id("registryForm:profiles")).isEmpty());
        assertTrue(portal.revealsNothingInternal());
    }
}
