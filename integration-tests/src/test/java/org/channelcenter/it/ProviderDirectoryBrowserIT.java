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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff list a fresh provider on Staff › Provider directory (bad input answered at each field); a reseller
 * finds it on Find a provider by name, country/region and service, with its contact email and website; a
 * provider's user is refused the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderDirectoryBrowserIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static String token() {
        return "Ui" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static WebElement visible(PortalPage portal, String id) {
        return portal.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static String fieldMessage(PortalPage portal, String id) {
        return portal.waiting().until(d -> {
            String text = d.findElement(By.id(id)).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** Picks a value in a PrimeFaces select menu through its widget and fires its change, as a person's pick does. */
    private static void choose(PortalPage portal, String widgetVar, String value) {
        portal.waitForScripts();
        ((JavascriptExecutor) portal.driver()).executeScript(
                "var menu = PF(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();", widgetVar, value);
    }

    private static String table(PortalPage portal, String id, String expected) {
        portal.waiting().until(d -> d.findElement(By.id(id)).getText().contains(expected));
        return portal.driver().findElement(By.id(id)).getText();
    }

    @Test
    void staffListAFreshProviderAndAResellerFindsItByCountryAndService() {
        String token = token();
        Fixtures.Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        WebDriver staff = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staff);
        staffPortal.signIn(staffUser.login(), Fixtures.PASSWORD);
        PortalPage.press(staff, "menuForm:menuProviderDirectory");
        staffPortal.waiting().until(d -> d.getCurrentUrl().endsWith("/staff/providers.xhtml"));
        staffPortal.waitForScripts();

        PortalPage.press(staff, "listingsForm:newListing");
        visible(staffPortal, "listingForm:displayName");
        staffPortal.type("listingForm:contactEmail", "not-an-email");
        PortalPage.press(staff, "listingForm:saveListing");
        assertEquals("Choose the provider this listing describes.", fieldMessage(staffPortal, "listingForm:providerMessage"));
        assertEquals("A value is required.", fieldMessage(staffPortal, "listingForm:displayNameMessage"));
        assertEquals("Choose at least one country or region.", fieldMessage(staffPortal, "listingForm:countriesMessage"));
        assertEquals("Enter a valid email address.", fieldMessage(staffPortal, "listingForm:contactEmailMessage"));

        choose(staffPortal, "listingProvider", Long.toString(provider.organizationId()));
        staffPortal.type("listingForm:displayName", token + " Distribution");
        ((JavascriptExecutor) staff).executeScript("PF('listingCountries').selectValue('BR');"
                + " PF('listingCountries').selectValue('PT');");
        staff.findElement(By.cssSelector("label[for='listingForm:services:3']")).click();
        staffPortal.type("listingForm:website", "https://" + token.toLowerCase() + ".example");
        staffPortal.type("listingForm:contactEmail", "partners@" + token.toLowerCase() + ".example");
        PortalPage.press(staff, "listingForm:saveListing");
        staffPortal.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("listingDialog")));
        staff.findElement(By.id("listingsForm:listings:globalFilter")).sendKeys(token);
        String row = table(staffPortal, "listingsForm:listings", token + " Distribution");
        assertTrue(row.contains("Brazil, Portugal") && row.contains("Financing and credit terms")
                && row.contains("Published"), row);

        Fixtures.Created resellerUser = Fixtures.organization("RESELLER", "HELPDESK_AGENT", 0);
        WebDriver reseller = browsers.open("en");
        PortalPage portal = new PortalPage(reseller);
        portal.signIn(resellerUser.login(), Fixtures.PASSWORD);
        PortalPage.press(reseller, "menuForm:menuFindProvider");
        portal.waiting().until(d -> d.getCurrentUrl().endsWith("/partners/find-provider.xhtml"));
        portal.waitForScripts();
        assertEquals("When you find a provider you want to partner with, contact them directly to discuss their"
                + " reseller programs, level of support, and terms.", portal.text("hint"));

        portal.type("findProviderForm:nameSearch", token);
        choose(portal, "countryFilter", "BR");
        table(portal, "findProviderForm:providers", token + " Distribution");
        choose(portal, "serviceFilter", "FINANCING_AND_CREDIT");
        // the name search reaches the server a moment after typing: wait until it is the only row
        portal.waiting().until(d -> d.findElements(By.id("findProviderForm:providers:1:name")).isEmpty()
                && (token + " Distribution").equals(d.findElement(By.id("findProviderForm:providers:0:name")).getText()));
        String found = table(portal, "findProviderForm:providers", token + " Distribution");
        assertTrue(found.contains("Brazil, Portugal") && found.contains("Financing and credit terms"), found);
        WebElement email = reseller.findElement(By.id("findProviderForm:providers:0:contactEmail"));
        assertEquals("partners@" + token.toLowerCase() + ".example", email.getText());
        assertEquals("mailto:partners@" + token.toLowerCase() + ".example", email.getDomAttribute("href"));
        WebElement website = reseller.findElement(By.id("findProviderForm:providers:0:website"));
        assertEquals("_blank", website.getDomAttribute("target"));
        assertEquals("noopener noreferrer", website.getDomAttribute("rel"));

        choose(portal, "serviceFilter", "MARKETING_HELP");
        table(portal, "findProviderForm:providers", "No provider matches.");
        choose(portal, "serviceFilter", "");
        table(portal, "findProviderForm:providers", token + " Distribution");
        choose(portal, "countryFilter", "JP");
        table(portal, "findProviderForm:providers", "No provider matches.");
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void aProvidersUserIsRefusedFindAProvider() {
        Fixtures.Created providerUser = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(providerUser.login(), Fixtures.PASSWORD);
        assertTrue(browser.findElements(By.id("menuForm:menuFindProvider")).isEmpty(), "no menu entry");

        portal.open("partners/find-provider.xhtml");

        assertEquals("Access denied", portal.text("errorTitle"));
        assertTrue(browser.findElements(By.id("findProviderForm:providers")).isEmpty());
        assertTrue(portal.revealsNothingInternal());
        assertEquals(403, SignedInClient.signIn(providerUser.login(), Fixtures.PASSWORD)
                .status("partners/find-provider.xhtml"));
    }
}
