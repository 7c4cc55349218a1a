package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.pages.FindProviderPage;
import org.channelcenter.it.pages.ProviderListingsPage;
import org.channelcenter.it.support.Browsers;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.PortalPage;
import org.channelcenter.it.support.SignedInClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

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

    @Test
    void staffListAFreshProviderAndAResellerFindsItByCountryAndService() {
        String token = token();
        Fixtures.Created provider = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        WebDriver staff = browsers.open("en");
        PortalPage staffPortal = new PortalPage(staff);
        staffPortal.signIn(staffUser.login(), Fixtures.PASSWORD);
        ProviderListingsPage listings = ProviderListingsPage.fromMenu(staffPortal);

        listings.newListing().contactEmail("not-an-email");
        listings.save();
        assertEquals("Choose the provider this listing describes.", listings.fieldMessage("provider"));
        assertEquals("A value is required.", listings.fieldMessage("displayName"));
        assertEquals("Choose at least one country or region.", listings.fieldMessage("countries"));
        assertEquals("Enter a valid email address.", listings.fieldMessage("contactEmail"));

        listings.provider(provider.organizationId())
                .displayName(token + " Distribution")
                .countries("BR", "PT")
                .service("FINANCING_AND_CREDIT")
                .website("https://" + token.toLowerCase() + ".example")
                .contactEmail("partners@" + token.toLowerCase() + ".example");
        listings.save();
        listings.awaitDialogClosed();
        listings.search(token);
        String row = listings.awaitListings(token + " Distribution");
        assertTrue(
                row.contains("Brazil, Portugal")
                        && row.contains("Financing and credit terms")
                        && row.contains("Published"),
                row);

        Fixtures.Created resellerUser = Fixtures.organization("RESELLER", "HELPDESK_AGENT", 0);
        WebDriver reseller = browsers.open("en");
        PortalPage portal = new PortalPage(reseller);
        portal.signIn(resellerUser.login(), Fixtures.PASSWORD);
        FindProviderPage find = FindProviderPage.fromMenu(portal);
        assertEquals(
                "When you find a provider you want to partner with, contact them directly to discuss their"
                        + " reseller programs, level of support, and terms.",
                find.hint());

        find.name(token).country("BR");
        find.awaitListing(token + " Distribution");
        find.service("FINANCING_AND_CREDIT");
        // the name search reaches the server a moment after typing: wait until it is the only row
        find.awaitOnly(token + " Distribution");
        String found = find.awaitListing(token + " Distribution");
        assertTrue(found.contains("Brazil, Portugal") && found.contains("Financing and credit terms"), found);
        assertEquals("partners@" + token.toLowerCase() + ".example", find.contactEmail());
        assertEquals("mailto:partners@" + token.toLowerCase() + ".example", find.contactEmailLink());
        assertEquals("_blank", find.websiteLink("target"));
        assertEquals("noopener noreferrer", find.websiteLink("rel"));

        find.service("MARKETING_HELP");
        find.awaitListing("No provider matches.");
        find.service("");
        find.awaitListing(token + " Distribution");
        find.country("JP");
        find.awaitListing("No provider matches.");
        assertTrue(portal.revealsNothingInternal());
    }

    @Test
    void aProvidersUserIsRefusedFindAProvider() {
        Fixtures.Created providerUser = Fixtures.organization("PROVIDER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(providerUser.login(), Fixtures.PASSWORD);
        assertTrue(!FindProviderPage.inMenu(portal), "no menu entry");

        FindProviderPage refused = FindProviderPage.open(portal);

        assertEquals("Access denied", new ErrorPage(portal).title());
        assertTrue(!refused.hasListings());
        assertTrue(portal.revealsNothingInternal());
        assertEquals(
                403,
                SignedInClient.signIn(providerUser.login(), Fixtures.PASSWORD).status(FindProviderPage.PATH));
    }
}
