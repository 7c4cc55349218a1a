package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.channelcenter.it.pages.AuditLogPage;
import org.channelcenter.it.pages.ErrorPage;
import org.channelcenter.it.pages.OffersPage;
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

    @Test
    void staffCreateEditAndDeactivateAnOfferAndTheAuditLogShowsEachStep() {
        String token = token();
        String name = token + " Suite";
        Fixtures.Created staffUser = Fixtures.organization("OPERATOR", "STAFF", 0);
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(staffUser.login(), Fixtures.PASSWORD);
        OffersPage offers = OffersPage.fromMenu(portal);

        offers.newOffer().unitPrice("-1").currency("U5D").minQuantity("0").maxQuantity("");
        offers.save();
        assertEquals("A value is required.", offers.fieldMessage("name", "A value is required."));
        assertEquals(
                "Enter a price of zero or more, with at most two decimals.",
                offers.fieldMessage("unitPrice", "Enter a price of zero or more, with at most two decimals."));
        assertEquals(
                "Enter a three-letter ISO 4217 currency code, such as USD.",
                offers.fieldMessage("currency", "Enter a three-letter ISO 4217 currency code, such as USD."));
        assertEquals(
                "Enter a whole number of at least 1.",
                offers.fieldMessage("minQuantity", "Enter a whole number of at least 1."));
        assertEquals("A value is required.", offers.fieldMessage("maxQuantity", "A value is required."));

        offers.name(name)
                .description("Mail and meetings, per user.")
                .unitPrice("12.50")
                .currency("eur")
                .minQuantity("10")
                .maxQuantity("5")
                .billingCycle("ANNUAL");
        offers.save();
        assertEquals(
                "The maximum quantity must not be below the minimum quantity.",
                offers.fieldMessage("maxQuantity", "The maximum quantity must not be below the minimum quantity."));
        offers.maxQuantity("50");
        offers.save();
        offers.awaitDialogClosed();
        offers.search(token);
        String row = offers.awaitOffers(name);
        assertTrue(
                row.contains("Annual") && row.contains("12.50 EUR") && row.contains("10–50") && row.contains("Active"),
                row);

        // the same name again, in other letter case, is refused at the name
        offers.newOffer().name(name.toUpperCase()).unitPrice("1.00").maxQuantity("3");
        offers.save();
        assertEquals(
                "Another offer has this name already. Choose a different name.",
                offers.fieldMessage("name", "Another offer has this name already. Choose a different name."));
        offers.cancel();

        offers.edit(name).unitPrice("15.00");
        offers.save();
        offers.awaitDialogClosed();
        assertTrue(offers.awaitOffers("15.00 EUR").contains(name));

        // Deactivate asks first, naming the offer; No changes nothing (issue 16)
        String question = offers.askDeactivate(name);
        assertTrue(question.contains(name), question);
        offers.answerNo();
        assertTrue(offers.offersDeactivate(name), "still active");
        offers.deactivate(name);
        offers.awaitMessages("The offer " + name + " can no longer be ordered.");
        offers.awaitOffers("No offers.");
        offers.toggleInactive();
        String inactive = offers.awaitOffers(name);
        assertTrue(inactive.contains("Inactive"), inactive);
        assertTrue(portal.revealsNothingInternal());

        AuditLogPage audit = AuditLogPage.fromMenu(portal);
        // the search matches the start of the user or the target ("offer 12 (name)"): this staff user's events
        audit.search(staffUser.login());
        for (String[] step : new String[][] {
            {"OFFER_CREATED", "Offer created"},
            {"OFFER_UPDATED", "Offer changed"},
            {"OFFER_DEACTIVATED", "Offer deactivated"}
        }) {
            audit.action(step[0]);
            audit.applyFilters();
            audit.awaitOnlyEvent(step[1]);
            String event = audit.firstTarget();
            assertTrue(event.contains(name), event);
            assertEquals(staffUser.login(), audit.firstActor());
        }
        assertTrue(audit.firstDetails().isEmpty(), "a deactivation has no details");

        // Export to CSV, posted from the page as its button does (a fetch, so the test can read the file)
        String download = audit.exportCsv();
        String[] lines = download.split("\\R");
        assertTrue(lines[0].startsWith("text/csv"), lines[0]);
        // (the text decoder drops the byte-order mark the file starts with; AuditLogIT checks it is there)
        assertEquals("Time (UTC),Action,User,Target,Details,Address", lines[1]);
        assertEquals(3, lines.length, "the header and exactly the one filtered event: " + download);
        assertTrue(
                lines[2].contains(",Offer deactivated," + staffUser.login() + ",") && lines[2].contains(name),
                lines[2]);
    }

    @Test
    void aResellersAdminIsRefusedTheOfferCatalog() {
        Fixtures.Created reseller = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        WebDriver browser = browsers.open("en");
        PortalPage portal = new PortalPage(browser);
        portal.signIn(reseller.login(), Fixtures.PASSWORD);
        assertTrue(!OffersPage.inMenu(portal), "no menu entry");

        OffersPage refused = OffersPage.openNow(portal);

        assertEquals("Access denied", new ErrorPage(portal).title());
        assertTrue(!refused.hasOffers());
        assertEquals(
                403, SignedInClient.signIn(reseller.login(), Fixtures.PASSWORD).status(OffersPage.PATH));
    }
}
